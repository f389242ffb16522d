import type { DayRef, DeadlineContext, PeriodDueRule, Recurrence, ReportPeriod, YearRef } from "./deadline-types";
import { addDays, daysInMonth, isoFromParts } from "./iso-date";
import { addWorkingDays, nthWorkingDayOfMonth } from "./production-calendar";

/** Resolved due dates of a series, with whether any needed working days outside the official calendar. */
export interface Resolved {
  dates: string[];
  approximate: boolean;
}

/** Guards against runaway loops on a far-away `until`. */
const MAX_OCCURRENCES = 2000;

export function resolveYear(ref: YearRef, ctx: DeadlineContext): number | null {
  if (ref.kind === "fixed") return ref.year;
  if (ref.kind === "roadmap") return Number.isInteger(ctx.roadmapYear) ? ctx.roadmapYear + (ref.offset ?? 0) : null;
  return ctx.creationYear !== null && ctx.creationYear !== undefined && Number.isInteger(ctx.creationYear)
    ? ctx.creationYear + ref.offset
    : null;
}

/** ISO of a day reference (before the «до» shift); null when its year is unknown or the day does not exist. */
export function resolveDay(ref: DayRef, ctx: DeadlineContext): string | null {
  const year = resolveYear(ref.year, ctx);
  if (year === null) return null;
  return isoFromParts(year, ref.month, ref.day === "last" ? daysInMonth(year, ref.month) : ref.day);
}

/** Month index (year·12 + month − 1) → ISO of that month's day, clamped to its length. */
function dayInMonthIndex(index: number, day: number | "last"): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const dim = daysInMonth(year, month);
  return isoFromParts(year, month, day === "last" ? dim : Math.min(day, dim)) as string;
}

const PERIOD_MONTHS: Record<ReportPeriod, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/**
 * Due dates of a series up to `until` (inclusive), always at least the first one so a
 * series never looks like "no deadline" just because `until` is early.
 */
export function recurrenceDates(r: Recurrence, ctx: DeadlineContext, until: string): Resolved | null {
  const dates: string[] = [];
  let approximate = false;
  const push = (iso: string): boolean => {
    if (dates.length > 0 && (iso > until || dates.length >= MAX_OCCURRENCES)) return false;
    if (dates.length === 0 || iso > dates[dates.length - 1]) dates.push(iso);
    return true;
  };

  if (r.kind === "step") {
    const first = resolveDay(r.first, ctx);
    if (!first) return null;
    const year = Number(first.slice(0, 4));
    const index = year * 12 + r.first.month - 1;
    let i = 0;
    while (push(addDays(dayInMonthIndex(index + i * r.stepMonths, r.first.day), r.shift))) i++;
    return { dates, approximate };
  }

  if (r.kind === "period") {
    const start = resolveYear({ kind: "roadmap" }, ctx);
    if (start === null) return null;
    const span = PERIOD_MONTHS[r.period];
    for (let i = 0; ; i++) {
      const endIndex = start * 12 + (i + 1) * span - 1;
      const due = periodDue(endIndex, r.rule);
      if (!push(due.iso)) break;
      if (due.approximate) approximate = true;
    }
    return { dates, approximate };
  }

  if (r.kind === "weekly") {
    const start = resolveYear({ kind: "roadmap" }, ctx);
    if (start === null || r.weekday < 1 || r.weekday > 7) return null;
    // 1 January's weekday, Monday = 1 (Date.getUTCDay() is 0 for Sunday).
    const jan1 = isoFromParts(start, 1, 1) as string;
    const dow = new Date(`${jan1}T00:00:00Z`).getUTCDay() || 7;
    let day = addDays(jan1, (r.weekday - dow + 7) % 7);
    while (push(day)) day = addDays(day, 7);
    return { dates, approximate };
  }

  const start = resolveYear({ kind: "roadmap" }, ctx);
  if (start === null || r.dates.length === 0) return null;
  for (let year = start; ; year++) {
    let more = true;
    for (const d of r.dates) {
      const iso = isoFromParts(year, d.month, d.day === "last" ? daysInMonth(year, d.month) : d.day);
      if (iso && !(more = push(addDays(iso, r.shift)))) break;
    }
    if (!more || year > start + MAX_OCCURRENCES) break;
  }
  return { dates, approximate };
}

function periodDue(endIndex: number, rule: PeriodDueRule): { iso: string; approximate: boolean } {
  const periodEnd = dayInMonthIndex(endIndex, "last");
  switch (rule.kind) {
    case "day-of-month":
      return { iso: addDays(dayInMonthIndex(endIndex + rule.monthsAfter, rule.day), rule.shift), approximate: false };
    case "working-day-of-month": {
      const target = endIndex + rule.monthsAfter;
      const year = Math.floor(target / 12);
      const r = nthWorkingDayOfMonth(year, target - year * 12 + 1, rule.n);
      return { iso: addDays(r.iso, rule.shift), approximate: r.approximate };
    }
    case "working-days-after": {
      const r = addWorkingDays(periodEnd, rule.n);
      return { iso: addDays(r.iso, rule.shift), approximate: r.approximate };
    }
    case "days-after":
      return { iso: addDays(periodEnd, rule.n + rule.shift), approximate: false };
  }
}
