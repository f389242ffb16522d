import { parseDeadline } from "../../domain/deadline";
import { deadlineKindName, describeReading, readDeadline } from "../../domain/deadline-describe";
import type { DeadlineKind } from "../../domain/deadline";
import type { Lang } from "../../domain/finding";
import { formatRu, oneYearAfter, todayIso } from "../../domain/iso-date";
import { judgeStatus } from "../../domain/judge-status";
import type { CliCommand } from "../command-types";
import { YEAR } from "../option-values";
import { AS_OF } from "./shared-options";

/** The `deadline` object of the JSON contract (PRODUCT.md §5) for one «Срок» text. */
export interface DeadlineJson {
  text: string;
  kind: DeadlineKind;
  due: string | null;
  occurrences: string[];
}

/**
 * How one «Срок» reads for a roadmap year on an as-of date: occurrences up to one year after
 * it and, with no done date, `due` the first occurrence still open — as `check --json` gives it.
 */
export function deadlineJson(text: string, year: number, asOf: string): DeadlineJson {
  const ctx = { roadmapYear: year };
  const horizon = oneYearAfter(asOf);
  const d = parseDeadline(text, ctx);
  const r = readDeadline(d, ctx, horizon);
  const judged = judgeStatus({
    occurrences: r.dates,
    done: { kind: "empty" },
    asOf,
    windowDays: 14,
    resolvable: r.unresolved === null,
  });
  return { text, kind: d.kind, due: judged.due, occurrences: r.dates.filter((x) => x <= horizon) };
}

const LABELS = {
  ru: {
    text: "Срок",
    kind: "Вид",
    reading: "Прочтение",
    due: "Ближайший срок",
    occurrences: "Даты",
    none: "нет",
    context: "Расчёт",
    contextValue: (year: number, asOf: string) => `год дорожной карты ${year}, на ${asOf}, даты на год вперёд`,
  },
  en: {
    text: "Deadline",
    kind: "Kind",
    reading: "Reading",
    due: "Due",
    occurrences: "Dates",
    none: "none",
    context: "Computed",
    contextValue: (year: number, asOf: string) => `roadmap year ${year}, as of ${asOf}, dates one year ahead`,
  },
} as const;

/** The reading as a small two-column table, with the words the pane shows. */
export function formatDeadline(text: string, year: number, asOf: string, lang: Lang): string {
  const json = deadlineJson(text, year, asOf);
  const ctx = { roadmapYear: year };
  const reading = readDeadline(parseDeadline(text, ctx), ctx, oneYearAfter(asOf));
  const w = LABELS[lang];
  const lines: [string, string][] = [
    [w.text, text],
    [w.kind, `${deadlineKindName(json.kind, lang)} (${json.kind})`],
    [w.reading, describeReading(reading, lang)],
    [w.due, json.due ? formatRu(json.due) : w.none],
    [w.occurrences, json.occurrences.length ? json.occurrences.map(formatRu).join(", ") : w.none],
    [w.context, w.contextValue(year, formatRu(asOf))],
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  return lines.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`).join("\n");
}

export const deadlineCommand: CliCommand = {
  name: "deadline",
  summary: {
    ru: "показать, как прочитан «Срок»: вид, ближайший срок, даты",
    en: "show how a deadline text is read: kind, due date, dates",
  },
  positionals: [
    {
      name: { ru: "срок", en: "deadline" },
      missing: { ru: "Не указан текст срока", en: "The deadline text is missing" },
    },
  ],
  options: {
    year: {
      value: YEAR,
      help: {
        ru: "год дорожной карты (по умолчанию год даты проверки)",
        en: "the roadmap year (default: the as-of date's year)",
      },
    },
    "as-of": AS_OF,
    json: { help: { ru: "вывести объект deadline из JSON", en: "print the JSON deadline object" } },
  },
  example: {
    ru: 'deadline "не позднее 1 октября 2024 года, далее ежеквартально" --year 2024',
    en: 'deadline "не позднее 1 октября 2024 года, далее ежеквартально" --year 2024',
  },
  async run(input, { io, lang }) {
    const [text] = input.positionals;
    const asOf = typeof input.options["as-of"] === "string" ? input.options["as-of"] : todayIso(io.now());
    const year = typeof input.options.year === "number" ? input.options.year : Number(asOf.slice(0, 4));
    if (input.options.json === true) io.stdout(`${JSON.stringify(deadlineJson(text, year, asOf), null, 2)}\n`);
    else io.stdout(`${formatDeadline(text, year, asOf, lang)}\n`);
  },
};
