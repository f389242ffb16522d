import { parseArgs } from "node:util";
import { parseDeadline } from "../domain/deadline";
import { deadlineKindName, describeReading, readDeadline } from "../domain/deadline-describe";
import type { Lang } from "../domain/finding";
import { formatRu, isValidIso, oneYearAfter, todayIso } from "../domain/iso-date";
import { judgeStatus } from "../domain/judge-status";

/**
 * `kvantorium-monitor deadline "<срок>" [--year 2024] [--as-of …] [--json] [--lang ru|en]`:
 * how one «Срок» text is read — kind, due date, occurrences — with the words the pane shows,
 * or (--json) the `deadline` object of the JSON contract (PRODUCT.md §5).
 */
export interface DeadlineCommand {
  text: string;
  year: number;
  asOf: string;
  json: boolean;
  lang: Lang;
}

export interface DeadlineIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  now: () => Date;
}

/** The `deadline` object of the JSON contract for one text (no done date: `due` is the first occurrence still open). */
export function deadlineJson(cmd: DeadlineCommand): {
  text: string;
  kind: string;
  due: string | null;
  occurrences: string[];
} {
  const ctx = { roadmapYear: cmd.year };
  const horizon = oneYearAfter(cmd.asOf);
  const d = parseDeadline(cmd.text, ctx);
  const r = readDeadline(d, ctx, horizon);
  const judged = judgeStatus({
    occurrences: r.dates,
    done: { kind: "empty" },
    asOf: cmd.asOf,
    windowDays: 14,
    resolvable: r.unresolved === null,
  });
  return { text: cmd.text, kind: d.kind, due: judged.due, occurrences: r.dates.filter((x) => x <= horizon) };
}

/** Runs the command; returns the exit code (0 when it ran, 1 on a bad argument). */
export function deadlineMain(argv: string[], io: DeadlineIo): number {
  // Known before parsing, so even an argument error is in the asked-for language.
  const lang: Lang = argv[argv.indexOf("--lang") + 1] === "en" || argv.includes("--lang=en") ? "en" : "ru";
  const cmd = parse(argv, io.now());
  if (typeof cmd === "string") {
    io.stderr(`${usageError(cmd, lang)}\n`);
    return 1;
  }
  const json = deadlineJson(cmd);
  if (cmd.json) {
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const ctx = { roadmapYear: cmd.year };
  const reading = readDeadline(parseDeadline(cmd.text, ctx), ctx, oneYearAfter(cmd.asOf));
  const w = LABELS[cmd.lang];
  const none = cmd.lang === "ru" ? "нет" : "none";
  const lines = [
    [w.text, cmd.text],
    [w.kind, `${deadlineKindName(json.kind as typeof reading.kind, cmd.lang)} (${json.kind})`],
    [w.reading, describeReading(reading, cmd.lang)],
    [w.due, json.due ? formatRu(json.due) : none],
    [w.occurrences, json.occurrences.length ? json.occurrences.map(formatRu).join(", ") : none],
    [w.context, w.contextValue(cmd.year, formatRu(cmd.asOf))],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  io.stdout(`${lines.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`).join("\n")}\n`);
  return 0;
}

const LABELS = {
  ru: {
    text: "Срок",
    kind: "Вид",
    reading: "Прочтение",
    due: "Ближайший срок",
    occurrences: "Даты",
    context: "Расчёт",
    contextValue: (year: number, asOf: string) => `год дорожной карты ${year}, на дату ${asOf}, даты на год вперёд`,
  },
  en: {
    text: "Deadline",
    kind: "Kind",
    reading: "Reading",
    due: "Due",
    occurrences: "Dates",
    context: "Computed",
    contextValue: (year: number, asOf: string) => `roadmap year ${year}, as of ${asOf}, dates one year ahead`,
  },
} as const;

/** The command, or the offending argument. */
function parse(argv: string[], now: Date): DeadlineCommand | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        year: { type: "string" },
        "as-of": { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
      },
    });
  } catch (e) {
    const m = /'([^']+)'/.exec((e as Error).message);
    return m ? m[1] : argv.join(" ");
  }
  const v = parsed.values;
  if (v.lang !== undefined && v.lang !== "ru" && v.lang !== "en") return `--lang ${v.lang}`;
  if (parsed.positionals.length !== 1)
    return parsed.positionals.length ? parsed.positionals.slice(1).join(" ") : "<срок>";
  const asOf = v["as-of"] === undefined ? todayIso(now) : isoOf(v["as-of"]);
  if (!asOf) return `--as-of ${v["as-of"]}`;
  const year = v.year === undefined ? Number(asOf.slice(0, 4)) : Number(v.year);
  if (!(Number.isInteger(year) && year >= 2000 && year <= 2100)) return `--year ${v.year}`;
  return { text: parsed.positionals[0], year, asOf, json: v.json === true, lang: v.lang === "en" ? "en" : "ru" };
}

/** ГГГГ-ММ-ДД or ДД.ММ.ГГГГ (PRODUCT.md §6). */
function isoOf(s: string): string | null {
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  const iso = ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : s;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isValidIso(iso) ? iso : null;
}

function usageError(what: string, lang: Lang): string {
  return lang === "ru"
    ? `Неверный параметр: ${what}. Пример: kvantorium-monitor deadline "не позднее 15 февраля 2024 года" --year 2024 --as-of 2024-10-01`
    : `Invalid argument: ${what}. Example: kvantorium-monitor deadline "не позднее 15 февраля 2024 года" --year 2024 --as-of 2024-10-01`;
}
