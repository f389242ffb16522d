import { parseDeadlineText } from "./deadline-patterns";
import { recurrenceDates, resolveDay } from "./deadline-recurrence";
import type { Deadline, DeadlineContext, UnresolvedReason } from "./deadline-types";
import { MAX_DATE_SERIAL, MIN_DATE_SERIAL } from "./date-cell";
import { isDateFormat, serialToIso } from "./excel-serial";
import { addDays, formatRu, parseIso } from "./iso-date";
import { calendarCovers } from "./production-calendar";

export type {
  DayRef,
  Deadline,
  DeadlineContext,
  DeadlineKind,
  PeriodDueRule,
  Recurrence,
  ReportPeriod,
  UnresolvedReason,
  YearRef,
} from "./deadline-types";
export { DEADLINE_KINDS } from "./deadline-types";

/**
 * Parses a «Срок» text. Total: any input gives a Deadline, unknown text gives kind "unknown".
 * The context only decides the `approximate` flag here; years («к 1 сентября», «X - 1»)
 * are resolved later by deadlineOccurrences, so one parse serves every school's creation year.
 */
export function parseDeadline(text: string, ctx: DeadlineContext): Deadline {
  const d = parseDeadlineText(text);
  if (usesWorkingDays(d) && !(calendarCovers(ctx.roadmapYear) && calendarCovers(ctx.roadmapYear + 1))) {
    return { ...d, approximate: true };
  }
  return d;
}

/** A deadline from an explicit «Срок (дата)» cell; it wins over the text. */
export function deadlineFromDate(iso: string, text?: string): Deadline {
  const p = parseIso(iso);
  if (!p) return { kind: "unknown", text: text ?? String(iso), reason: "invalid-date" };
  return {
    kind: "date",
    text: text ?? iso,
    at: { year: { kind: "fixed", year: p.year }, month: p.month, day: p.day },
    shift: 0,
  };
}

/**
 * The deadline of a «Срок» cell as Excel holds it. A number is a real date when the cell has a
 * date format or the number is a plausible date serial (1950–2100); it then gets the text
 * the user sees («15.02.2024»). Other numbers («2024» typed as a number) are read as text;
 * a date-formatted number that is no calendar day (0, 60, negative) is an unknown deadline.
 */
export function deadlineFromCell(
  value: string | number | boolean | null,
  numFmt: string,
  ctx: DeadlineContext,
): Deadline {
  if (typeof value === "number") {
    const iso = Number.isFinite(value) ? serialToIso(value) : null;
    const plausible = value >= MIN_DATE_SERIAL && value < MAX_DATE_SERIAL + 1;
    if (iso && (isDateFormat(numFmt) || plausible)) return deadlineFromDate(iso, formatRu(iso));
    if (isDateFormat(numFmt)) return { kind: "unknown", text: String(value), reason: "invalid-date" };
    return parseDeadline(String(value), ctx);
  }
  if (typeof value === "string") return parseDeadline(value, ctx);
  // TRUE/FALSE are no deadline: shown as Excel writes them.
  if (typeof value === "boolean") return parseDeadline(value ? "TRUE" : "FALSE", ctx);
  return parseDeadline("", ctx);
}

/**
 * Resolved due dates, ascending. One-off deadlines give their single date whatever `until`
 * is; series give every occurrence up to `until` inclusive (and always the first one).
 * [] when the deadline cannot be resolved (schedule, condition, unknown X, unknown text).
 */
export function deadlineOccurrences(d: Deadline, ctx: DeadlineContext, until: string): string[] {
  return resolveDeadline(d, ctx, until).dates;
}

/** Like deadlineOccurrences, also saying whether working days were counted outside the official calendar. */
export function resolveDeadline(
  d: Deadline,
  ctx: DeadlineContext,
  until: string,
): { dates: string[]; approximate: boolean } {
  if (d.kind === "schedule" || d.kind === "conditional" || d.kind === "start" || d.kind === "unknown") {
    return { dates: [], approximate: false };
  }
  if (d.recurrence) {
    const r = recurrenceDates(d.recurrence, ctx, until) ?? { dates: [], approximate: false };
    // A one-off deadline worded as a period rule («один раз, не позднее 25 числа месяца, следующего за отчётным годом»).
    return d.kind === "recurring" ? r : { dates: r.dates.slice(0, 1), approximate: r.approximate };
  }
  if (!d.at) return { dates: [], approximate: false };
  const day = resolveDay(d.at, ctx);
  return { dates: day ? [addDays(day, d.shift ?? 0)] : [], approximate: false };
}

/** Why a deadline has no date for this context, or null when it resolves. */
export function unresolvedReason(d: Deadline, ctx: DeadlineContext): UnresolvedReason | null {
  switch (d.kind) {
    case "schedule":
    case "conditional":
    case "start":
    case "unknown":
      return d.kind;
    default:
      break;
  }
  if (needsCreationYear(d) && (ctx.creationYear === null || ctx.creationYear === undefined)) return "template-year";
  // A day that does not exist in the resolved year (29 февраля X) is as good as unknown.
  return deadlineOccurrences(d, ctx, "0000-01-01").length > 0 ? null : "unknown";
}

/** Whether the deadline mentions the creation year X («25 августа X - 1 года»). */
export function needsCreationYear(d: Deadline): boolean {
  if (d.at?.year.kind === "creation") return true;
  return d.recurrence?.kind === "step" && d.recurrence.first.year.kind === "creation";
}

function usesWorkingDays(d: Deadline): boolean {
  const r = d.recurrence;
  return r?.kind === "period" && (r.rule.kind === "working-day-of-month" || r.rule.kind === "working-days-after");
}
