import { main } from "../../src/cli/main";
import { io } from "./capture-io";

async function run(...argv: string[]) {
  const t = io();
  const code = await main(["deadline", ...argv], t);
  return { code, out: t.out, err: t.err };
}

describe("kvantorium-monitor deadline", () => {
  it("prints the reading of a series in Russian: kind, due and occurrences", async () => {
    const r = await run(
      "не позднее 1 октября 2024 года, далее ежеквартально",
      "--year",
      "2024",
      "--as-of",
      "2024-10-01",
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain("Вид:");
    expect(r.out).toContain("повторяющийся (recurring)");
    expect(r.out).toContain("ежеквартально: 01.10.2024, 01.01.2025, 01.04.2025…");
    expect(r.out).toMatch(/Ближайший срок:\s+01\.10\.2024/);
    expect(r.out).toMatch(/Даты:\s+01\.10\.2024, 01\.01\.2025, 01\.04\.2025, 01\.07\.2025, 01\.10\.2025\n/);
  });

  it("gives with --json the `deadline` object of the JSON contract", async () => {
    const r = await run("не позднее 15 февраля 2024 года", "--as-of", "2024-10-01", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      text: "не позднее 15 февраля 2024 года",
      kind: "not-later-than",
      due: "2024-02-15",
      occurrences: ["2024-02-15"],
    });
  });

  it("lists occurrences up to one year after the as-of date, due the first still open", async () => {
    const r = await run("ежеквартально до 10-го", "--year", "2024", "--as-of", "2024-05-01", "--json");
    expect(JSON.parse(r.out)).toEqual({
      text: "ежеквартально до 10-го",
      kind: "recurring",
      due: "2024-04-09",
      occurrences: ["2024-04-09", "2024-07-09", "2024-10-09", "2025-01-09", "2025-04-09"],
    });
  });

  it("takes the roadmap year from --year for a date without a year, the as-of year by default", async () => {
    expect(JSON.parse((await run("к 1 сентября", "--year", "2025", "--as-of", "2024-10-01", "--json")).out).due).toBe(
      "2025-09-01",
    );
    expect(JSON.parse((await run("к 1 сентября", "--as-of", "01.10.2024", "--json")).out).due).toBe("2024-09-01");
  });

  it("says why a deadline has no date, and what to do", async () => {
    const r = await run("Согласно графику, направляемому федеральным оператором");
    expect(r.code).toBe(0);
    expect(r.out).toContain("по графику (schedule)");
    expect(r.out).toContain("срок не определён: по графику — впишите «Срок (дата)»");
    expect(r.out).toMatch(/Ближайший срок:\s+нет/);
    const json = JSON.parse((await run("по факту поставки", "--json")).out);
    expect(json).toEqual({ text: "по факту поставки", kind: "conditional", due: null, occurrences: [] });
  });

  it("prints in English with --lang en", async () => {
    const r = await run("до 1 февраля 2024 года", "--lang", "en", "--as-of", "2024-10-01");
    expect(r.out).toContain("Kind:");
    expect(r.out).toContain("before a date (before)");
    expect(r.out).toContain("before 01.02.2024, i.e. by 31.01.2024");
  });

  it.each([
    [["--year", "20x4", "к 1 сентября"], "Неверное значение --year «20x4»: укажите год от 2000 до 2100"],
    [["--as-of", "2024-02-31", "к 1 сентября"], "Неверное значение --as-of «2024-02-31»: укажите существующую дату"],
    [[], "Не указан текст срока."],
    [["к 1 сентября", "лишнее"], "Лишний аргумент «лишнее»."],
    [["к 1 сентября", "--out", "x.xlsx"], "У команды deadline нет параметра --out."],
  ])("refuses %p with the reason and the command's usage, exit code 1", async (argv, reason) => {
    const r = await run(...argv);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const [first, second, ...rest] = r.err.split("\n");
    expect(first.startsWith(reason)).toBe(true);
    expect(second).toBe("Как вызвать: kvantorium-monitor deadline <срок> [--year ГГГГ] [--as-of ДД.ММ.ГГГГ] [--json]");
    expect(rest).toEqual([""]);
  });

  it("is listed in the help", async () => {
    const t = io();
    await main(["help"], t);
    expect(t.out).toContain("deadline");
    expect(t.out).toContain("показать, как прочитан «Срок»: вид, ближайший срок, даты");
  });
});
