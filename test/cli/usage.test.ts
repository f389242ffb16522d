import { main } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/commands";
import type { CliCommand } from "../../src/cli/command-types";
import { suggest } from "../../src/cli/args";
import { DATE } from "../../src/cli/option-values";
import { io } from "./capture-io";

async function run(argv: string[]) {
  const t = io();
  const code = await main(argv, t);
  return { code, out: t.out, err: t.err, lines: t.err.trimEnd().split("\n") };
}

const CHECK_USAGE =
  "Как вызвать: kvantorium-monitor check <книга.xlsx> [--as-of ДД.ММ.ГГГГ] [--out файл.xlsx] [--json файл.json|-] [--quarter ГГГГ-QN] [--window дней]";

describe("the command line's help", () => {
  it("prints the help to stderr and exits 1 when given no arguments (PRODUCT.md §6)", async () => {
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^Кванториум-Монитор/);
    for (const c of COMMANDS) expect(r.err).toContain(`kvantorium-monitor ${c.name}`);
  });

  it("prints the help to stdout and exits 0 for --help and for help", async () => {
    for (const argv of [["--help"], ["-h"], ["help"]]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.err).toBe("");
      expect(r.out).toMatch(/^Кванториум-Монитор.*\n\nКоманды:\n {2}check/);
    }
  });

  it.each(COMMANDS.map((c) => [c.name]))("gives %s its own help with every option", async (name) => {
    const cmd = COMMANDS.find((c) => c.name === name)!;
    for (const argv of [
      [name, "--help"],
      ["help", name],
      [name, "-h", "--lang", "en"],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.out.split("\n")[0]).toMatch(new RegExp(`^kvantorium-monitor ${name} — `));
      for (const option of Object.keys(cmd.options)) expect(r.out).toContain(`--${option}`);
    }
  });

  it("speaks English with --lang en, placeholders included", async () => {
    const r = await run(["--help", "--lang", "en"]);
    expect(r.out).toContain("kvantorium-monitor check <book.xlsx> [--as-of DD.MM.YYYY]");
    expect(r.out).not.toMatch(/[а-яё]/i);
  });

  it("writes the usage in Russian with no English placeholder", async () => {
    const r = await run(["--help"]);
    expect(r.out).not.toMatch(/<in\.xlsx>|YYYY/);
  });
});

describe("the command line's usage errors", () => {
  it.each([
    [["check"], "Не указана книга мониторинга (.xlsx).", CHECK_USAGE],
    [["report", "a.xlsx"], "Не указан обязательный параметр --out.", "Как вызвать: kvantorium-monitor report"],
    [
      ["template"],
      "Не указан обязательный параметр --out.",
      "Как вызвать: kvantorium-monitor template --out файл.xlsx",
    ],
    [["check", "a.xlsx", "--bogus"], "У команды check нет параметра --bogus.", CHECK_USAGE],
    [
      ["check", "a.xlsx", "--asof", "01.10.2024"],
      "У команды check нет параметра --asof. Может быть, --as-of?",
      CHECK_USAGE,
    ],
    [["check", "a.xlsx", "--out"], "После --out укажите значение.", CHECK_USAGE],
    [
      ["check", "a.xlsx", "b.xlsx"],
      "Лишний аргумент «b.xlsx». Если в имени файла есть пробелы, возьмите его в кавычки.",
      CHECK_USAGE,
    ],
    [
      ["check", "a.xlsx", "--as-of", "30.02.2024"],
      "Неверное значение --as-of «30.02.2024»: укажите существующую дату в виде ДД.ММ.ГГГГ, например 01.10.2024 (можно и ГГГГ-ММ-ДД).",
      CHECK_USAGE,
    ],
    [
      ["check", "a.xlsx", "--as-of", "2024-13-01"],
      "Неверное значение --as-of «2024-13-01»: укажите существующую дату в виде ДД.ММ.ГГГГ, например 01.10.2024 (можно и ГГГГ-ММ-ДД).",
      CHECK_USAGE,
    ],
    [
      ["check", "a.xlsx", "--as-of", "10/01/2024"],
      "Неверное значение --as-of «10/01/2024»: укажите существующую дату в виде ДД.ММ.ГГГГ, например 01.10.2024 (можно и ГГГГ-ММ-ДД).",
      CHECK_USAGE,
    ],
    [
      ["report", "a.xlsx", "--out", "r.xlsx", "--quarter", "III"],
      "Неверное значение --quarter «III»: укажите год и номер квартала, например 2024-Q3.",
      "Как вызвать: kvantorium-monitor report",
    ],
    [["check", "a.xlsx", "--window", "-3"], "После --window укажите значение.", CHECK_USAGE],
    [
      ["check", "a.xlsx", "--window", "400"],
      "Неверное значение --window «400»: укажите целое число дней от 0 до 365.",
      CHECK_USAGE,
    ],
    [
      ["template", "--out", "n.xlsx", "--year", "24"],
      "Неверное значение --year «24»: укажите год от 2000 до 2100, например 2024.",
      "Как вызвать: kvantorium-monitor template",
    ],
    [["check", "a.xlsx", "--lang", "de"], "Неверное значение --lang «de»: укажите ru или en.", CHECK_USAGE],
    [
      ["check", "a.xlsx", "--out", "x.xlsx", "--json", "x.xlsx"],
      "--json «x.xlsx» совпадает с --out. Укажите для них разные файлы.",
      CHECK_USAGE,
    ],
  ])("refuses %j with exit 1, the reason and that command's usage", async (argv, reason, usage) => {
    const r = await run(argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toBe(reason);
    expect(r.lines[1].startsWith(usage)).toBe(true);
  });

  it("suggests the nearest command for a typo and lists none for nonsense", async () => {
    const typo = await run(["chek", "a.xlsx"]);
    expect(typo.code).toBe(1);
    expect(typo.err.trim()).toBe("Нет команды «chek». Может быть, «check»? Список команд: kvantorium-monitor --help");
    const far = await run(["frobnicate", "x"]);
    expect(far.err.trim()).toBe("Нет команды «frobnicate». Список команд: kvantorium-monitor --help");
    const en = await run(["reprot", "--lang", "en"]);
    expect(en.err.trim()).toBe(
      "There is no command “reprot”. Did you mean “report”? List of commands: kvantorium-monitor --help",
    );
  });

  it("tells English usage errors in English", async () => {
    const r = await run(["check", "--lang", "en"]);
    expect(r.lines).toEqual([
      "The monitoring workbook (.xlsx) is missing.",
      "Usage: kvantorium-monitor check <book.xlsx> [--as-of DD.MM.YYYY] [--out file.xlsx] [--json file.json|-] [--quarter YYYY-QN] [--window days]",
    ]);
    const date = await run(["check", "a.xlsx", "--as-of", "13/01/2024", "--lang", "en"]);
    expect(date.lines[0]).toBe(
      "Wrong value for --as-of “13/01/2024”: give a real date as DD.MM.YYYY, e.g. 01.10.2024 (YYYY-MM-DD works too).",
    );
  });

  it("finds the command after options such as --lang en or --as-of", async () => {
    const r = await run(["--lang", "en", "--as-of", "01.10.2024", "chek"]);
    expect(r.err.trim()).toMatch(/^There is no command “chek”\. Did you mean “check”\?/);
  });
});

describe("dates typed on the command line", () => {
  it.each([
    ["01.10.2024", "2024-10-01"],
    ["1.10.2024", "2024-10-01"],
    ["29.02.2024", "2024-02-29"],
    ["2024-10-01", "2024-10-01"],
  ])("reads %s as %s", (raw, iso) => {
    expect(DATE.parse(raw)).toEqual({ ok: true, value: iso });
  });

  it.each(["29.02.2023", "01.13.2024", "2024-1-1", "10/01/2024", "сегодня", ""])("refuses %j", (raw) => {
    expect(DATE.parse(raw).ok).toBe(false);
  });

  it("runs a check with a ДД.ММ.ГГГГ as-of date", async () => {
    const t = io();
    const sample = `${__dirname}/../../assets/sample-monitoring.xlsx`;
    expect(await main(["check", sample, "--as-of", "01.10.2024"], t)).toBe(0);
    expect(t.out).toMatch(/^Проверка на 01\.10\.2024:/);
    // Deadlines in the table are ДД.ММ.ГГГГ too, never ISO.
    expect(t.out).toMatch(/\n1 {4}29\.12\.2023 /);
    expect(t.out).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("the command table", () => {
  it("lets a command be added as one entry, with help, usage errors and its run", async () => {
    const seen: string[] = [];
    const extra: CliCommand = {
      name: "deadline",
      summary: { ru: "разобрать срок", en: "read a deadline" },
      positionals: [
        { name: { ru: "срок", en: "deadline" }, missing: { ru: "Не указан срок", en: "No deadline given" } },
      ],
      options: { "as-of": { value: DATE, help: { ru: "дата", en: "date" } } },
      async run(input, ctx) {
        seen.push(`${input.positionals[0]}|${String(input.options["as-of"])}`);
        ctx.io.stdout("ok\n");
      },
    };
    // The real «deadline» command is replaced by this stand-in, so the test sees only the table's wiring.
    const table = [...COMMANDS.filter((c) => c.name !== "deadline"), extra];
    const t = io();
    expect(await main(["deadline", "до 15 марта", "--as-of", "01.03.2024"], t, table)).toBe(0);
    expect(seen).toEqual(["до 15 марта|2024-03-01"]);
    const missing = io();
    expect(await main(["deadline"], missing, table)).toBe(1);
    expect(missing.err).toBe("Не указан срок.\nКак вызвать: kvantorium-monitor deadline <срок> [--as-of ДД.ММ.ГГГГ]\n");
    const typo = io();
    await main(["dedline"], typo, table);
    expect(typo.err).toMatch(/Может быть, «deadline»\?/);
    const help = io();
    expect(await main([], help, table)).toBe(1);
    expect(help.err).toContain("  deadline  разобрать срок");
  });

  it("gives every command a summary, an example in both languages and a distinct name", () => {
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.summary.ru).toMatch(/[а-яё]/);
      expect(c.summary.en).not.toMatch(/[а-яё]/i);
      expect(c.example?.ru.startsWith(`${c.name} `)).toBe(true);
      expect(c.example?.en.startsWith(`${c.name} `)).toBe(true);
    }
  });

  it.each([
    ["chek", "check"],
    ["repot", "report"],
    ["templat", "template"],
    ["check", "check"],
    ["xyz", undefined],
    ["c", undefined],
  ])("suggests for %s: %s", (typed, expected) => {
    expect(
      suggest(
        typed,
        COMMANDS.map((c) => c.name),
      ),
    ).toBe(expected);
  });
});
