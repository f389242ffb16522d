/** Deadline kinds of PRODUCT.md §3; also the `kind` of the JSON contract (§5). */
export type DeadlineKind =
  | "date"
  | "not-later-than"
  | "before"
  | "by"
  | "during"
  | "recurring"
  | "template"
  | "schedule"
  | "conditional"
  | "start"
  | "range"
  | "unknown";

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  "date",
  "not-later-than",
  "before",
  "by",
  "during",
  "recurring",
  "template",
  "schedule",
  "conditional",
  "start",
  "range",
  "unknown",
];

export interface DeadlineContext {
  /** The roadmap's year: «к 1 сентября», «до конца года», first reporting period of a series. */
  roadmapYear: number;
  /** X of «25 августа X - 1 года» (the Kvantorium's creation year); null/absent = unknown. */
  creationYear?: number | null;
}

/** A year as written: explicit, implied by the roadmap, or relative to the creation year X. */
export type YearRef =
  | { kind: "fixed"; year: number }
  /** The roadmap year, or the one after it («следующего года», «года, следующего за отчётным»: offset 1). */
  | { kind: "roadmap"; offset?: number }
  | { kind: "creation"; offset: number };

export interface DayRef {
  year: YearRef;
  month: number;
  /** "last" = the last day of the month («до конца марта», quarter ends). */
  day: number | "last";
}

export type ReportPeriod = "month" | "quarter" | "half" | "year";

/**
 * When the report for a period is due, relative to the period's end. `shift` is −1 for «до»
 * (work is due the day before the named date) and 0 for «не позднее».
 */
export type PeriodDueRule =
  /** «15 числа месяца, следующего за отчетным» (monthsAfter 1); «01 февраля года, следующего» (2). */
  | { kind: "day-of-month"; monthsAfter: number; day: number; shift: number }
  /** «5 рабочего дня месяца, следующего за отчетным кварталом». */
  | { kind: "working-day-of-month"; monthsAfter: number; n: number; shift: number }
  /** «в течение 10 рабочих дней после окончания квартала». */
  | { kind: "working-days-after"; n: number; shift: number }
  /** «в течение 15 дней после окончания квартала». */
  | { kind: "days-after"; n: number; shift: number };

export type Recurrence =
  /** A first date, then every `stepMonths` months («…, далее ежеквартально»). */
  | { kind: "step"; first: DayRef; shift: number; stepMonths: number }
  /** A report per period, starting with the roadmap year's first period. */
  | { kind: "period"; period: ReportPeriod; rule: PeriodDueRule }
  /** The same calendar dates every year from the roadmap year on («ежегодно до 1 марта»). */
  | { kind: "yearly-dates"; dates: { month: number; day: number | "last" }[]; shift: number }
  /** Every week on one weekday («каждый понедельник»), 1 = Monday … 7 = Sunday, from the roadmap year on. */
  | { kind: "weekly"; weekday: number };

export interface Deadline {
  kind: DeadlineKind;
  /** The text as written (or the explicit date's text). */
  text: string;
  /** Working days were counted outside the official production calendar. */
  approximate?: boolean;
  /** One-off due date (date, not-later-than, before, by, during, range, template). */
  at?: DayRef;
  /** Days added to `at` (−1 for «до»). */
  shift?: number;
  /**
   * A series; for a one-off kind (not-later-than, before) only its first occurrence counts
   * («один раз, не позднее 25 числа месяца, следующего за отчётным годом»).
   */
  recurrence?: Recurrence;
  /** For «С 1 августа»: when the activity starts (not a deadline). */
  startsAt?: DayRef;
  /** Short machine tag for what was (not) understood, e.g. "impossible-date", "no-pattern". */
  reason?: string;
}

export type UnresolvedReason = "schedule" | "conditional" | "template-year" | "unknown" | "start";
