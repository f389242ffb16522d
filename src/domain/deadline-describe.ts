import { resolveDeadline, unresolvedReason } from "./deadline";
import type { Deadline, DeadlineContext, DeadlineKind, Recurrence, UnresolvedReason } from "./deadline";
import type { Lang } from "./finding";
import { addDays, formatRu } from "./iso-date";

/**
 * How a «Срок» was read, in a form the pane, the CLI, «Замечания» and the report all show with
 * the same words (describeReading): the kind, the resolved due dates, how often a series comes
 * back, and why there is no date when there is none.
 */
export interface DeadlineReading {
  kind: DeadlineKind;
  /** Resolved due dates (ISO), ascending. */
  dates: string[];
  /** How often a series repeats; `timesAYear` for fixed dates every year. */
  every?: "week" | "month" | "quarter" | "half" | "year";
  timesAYear?: number;
  /** Why there is no date (schedule, conditional, template-year, unknown, start), or null. */
  unresolved: UnresolvedReason | null;
  /** Working days counted outside the official production calendar. */
  approximate: boolean;
  /** «С 1 августа»: when the activity starts (ISO), if its year is known. */
  startsAt?: string;
  /** The text was empty. */
  empty?: boolean;
}

/** The reading of a deadline for a context, with due dates up to `until`. */
export function readDeadline(d: Deadline, ctx: DeadlineContext, until: string): DeadlineReading {
  const { dates, approximate } = resolveDeadline(d, ctx, until);
  return deadlineReading(d, dates, unresolvedReason(d, ctx), approximate || d.approximate === true, ctx);
}

/** The reading from what the engine already resolved (its occurrences and unresolved reason). */
export function deadlineReading(
  d: Deadline,
  dates: string[],
  unresolved: UnresolvedReason | null,
  approximate: boolean,
  ctx?: DeadlineContext,
): DeadlineReading {
  const reading: DeadlineReading = { kind: d.kind, dates: unresolved ? [] : dates, unresolved, approximate };
  if (d.kind === "recurring" && d.recurrence) Object.assign(reading, everyOf(d.recurrence));
  if (d.kind === "unknown" && d.text.trim() === "") reading.empty = true;
  if (d.kind === "start" && d.startsAt && ctx) {
    const y = d.startsAt.year;
    const year = y.kind === "fixed" ? y.year : y.kind === "roadmap" ? ctx.roadmapYear + (y.offset ?? 0) : null;
    const day = d.startsAt.day === "last" ? 1 : d.startsAt.day;
    if (year !== null) reading.startsAt = `${year}-${pad(d.startsAt.month)}-${pad(day)}`;
  }
  return reading;
}

function everyOf(r: Recurrence): Pick<DeadlineReading, "every" | "timesAYear"> {
  switch (r.kind) {
    case "step":
      return { every: ({ 1: "month", 3: "quarter", 6: "half", 12: "year" } as const)[r.stepMonths as 1 | 3 | 6 | 12] };
    case "period":
      return { every: r.period };
    case "weekly":
      return { every: "week" };
    case "yearly-dates":
      return { every: "year", timesAYear: r.dates.length };
  }
}

/** How many due dates a series shows before «…». */
const SHOWN = 3;

const WORDS = {
  ru: {
    notLater: "не позднее",
    before: (named: string, due: string) => `до ${named}, то есть не позднее ${due}`,
    by: "к",
    during: (due: string) => `до конца периода, не позднее ${due}`,
    range: (due: string) => `период по ${due}`,
    template: (due: string) => `не позднее ${due} (по году создания X)`,
    every: {
      week: "еженедельно",
      month: "ежемесячно",
      quarter: "ежеквартально",
      half: "раз в полугодие",
      year: "ежегодно",
    },
    times: (n: number) => `${n} раза в год`,
    series: "повторяется",
    fill: "впишите «Срок (дата)»",
    schedule: "срок не определён: по графику",
    conditional: "срок не определён: зависит от события (дата станет известна позже)",
    templateYear: "срок не определён: неизвестен год создания X — укажите «Год создания» в реестре или",
    start: (from: string) => `это начало работ, а не срок${from ? ` (с ${from})` : ""}`,
    unknown: "срок не распознан",
    empty: "срок не указан",
    approximate: "приблизительно: рабочие дни вне официального производственного календаря",
  },
  en: {
    notLater: "not later than",
    before: (named: string, due: string) => `before ${named}, i.e. by ${due}`,
    by: "by",
    during: (due: string) => `by the end of the period, ${due}`,
    range: (due: string) => `period ending ${due}`,
    template: (due: string) => `not later than ${due} (from the creation year X)`,
    every: { week: "weekly", month: "monthly", quarter: "quarterly", half: "every half-year", year: "yearly" },
    times: (n: number) => `${n} times a year`,
    series: "repeats",
    fill: "fill in «Срок (дата)»",
    schedule: "no deadline yet: set by a schedule",
    conditional: "no deadline yet: depends on an event (its date comes later)",
    templateYear: "no deadline yet: the creation year X is unknown — set «Год создания» in the registry or",
    start: (from: string) => `this is when the work starts, not a deadline${from ? ` (from ${from})` : ""}`,
    unknown: "the deadline text was not understood",
    empty: "no deadline given",
    approximate: "approximate: working days outside the official production calendar",
  },
} as const;

/**
 * The reading in plain words: «ежеквартально: 01.10.2024, 01.01.2025, 01.04.2025…», «не позднее
 * 15.02.2024», «срок не определён: по графику — впишите «Срок (дата)»». Dates as ДД.ММ.ГГГГ.
 */
export function describeReading(r: DeadlineReading, lang: Lang): string {
  const w = WORDS[lang];
  const text = mainText(r, w);
  return r.approximate && r.dates.length > 0 ? `${text} (${w.approximate})` : text;
}

/** describeReading over readDeadline, for one «Срок» and a context. */
export function describeDeadline(d: Deadline, ctx: DeadlineContext, until: string, lang: Lang): string {
  return describeReading(readDeadline(d, ctx, until), lang);
}

function mainText(r: DeadlineReading, w: (typeof WORDS)[Lang]): string {
  switch (r.unresolved) {
    case "schedule":
      return `${w.schedule} — ${w.fill}`;
    case "conditional":
      return `${w.conditional} — ${w.fill}`;
    case "template-year":
      return `${w.templateYear} ${w.fill}`;
    case "start":
      return `${w.start(r.startsAt ? formatRu(r.startsAt) : "")} — ${w.fill}`;
    case "unknown":
      return `${r.empty ? w.empty : w.unknown} — ${w.fill}`;
    default:
      break;
  }
  const first = r.dates[0];
  if (!first) return `${w.unknown} — ${w.fill}`;
  const due = formatRu(first);
  switch (r.kind) {
    case "recurring": {
      const how = r.timesAYear && r.timesAYear > 1 ? w.times(r.timesAYear) : r.every ? w.every[r.every] : w.series;
      const shown = r.dates.slice(0, SHOWN).map(formatRu).join(", ");
      return `${how}: ${shown}${r.dates.length > SHOWN ? "…" : ""}`;
    }
    case "not-later-than":
      return `${w.notLater} ${due}`;
    case "before":
      return w.before(formatRu(addDays(first, 1)), due);
    case "by":
      return `${w.by} ${due}`;
    case "during":
      return w.during(due);
    case "range":
      return w.range(due);
    case "template":
      return w.template(due);
    default:
      return due;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const KIND_NAMES: Record<Lang, Record<DeadlineKind, string>> = {
  ru: {
    date: "дата",
    "not-later-than": "не позднее даты",
    before: "до даты (накануне)",
    by: "к дате",
    during: "в течение периода",
    recurring: "повторяющийся",
    template: "шаблон с годом X",
    schedule: "по графику",
    conditional: "по событию",
    start: "начало работ",
    range: "период",
    unknown: "не распознан",
  },
  en: {
    date: "date",
    "not-later-than": "not later than",
    before: "before a date",
    by: "by",
    during: "during a period",
    recurring: "recurring",
    template: "template year X",
    schedule: "schedule",
    conditional: "conditional",
    start: "start",
    range: "range",
    unknown: "not understood",
  },
};

/** The kind of a deadline in plain words («повторяющийся», «по графику»). */
export function deadlineKindName(kind: DeadlineKind, lang: Lang): string {
  return KIND_NAMES[lang][kind];
}
