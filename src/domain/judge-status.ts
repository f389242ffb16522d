import type { DateCell } from "./date-cell";
import { addDays, diffDays } from "./iso-date";
import type { Status } from "./status";

/**
 * Status of one deadline against one done-date cell (PRODUCT.md §3).
 *
 * Decisions beyond the table:
 * - An "invalid" or "empty" cell counts as not done (the date-invalid rule reports the former).
 * - A mark («да», «+») is done with an unknown date: done-undated, whatever the deadline,
 *   since lateness cannot be judged without the date; done-without-date reports it.
 * - An occurrence due today (A = D) is not yet overdue: it is due-soon until the day is over.
 * - Recurring: each date fulfils at most one occurrence. A date in (previous due, own due]
 *   fulfils it on time; failing that, the earliest unused date in (own due, next due] fulfils
 *   it late.
 */
export interface JudgeInput {
  /** Resolved due dates, ascending (deadlineOccurrences). */
  occurrences: string[];
  done: DateCell;
  asOf: string;
  windowDays: number;
  /** False for schedule/conditional/unknown/template-year deadlines. */
  resolvable: boolean;
}

export interface Judgement {
  status: Status;
  /** First unfulfilled past occurrence, else the next upcoming one, else the last. */
  due: string | null;
  /** Days late (done-late) or days past due (overdue). */
  lateDays?: number;
  /** The occurrence that is overdue. */
  missed?: string;
  /** Latest date in the done cell. */
  doneDate?: string;
}

const NO_DATES: readonly string[] = [];

// This runs for every step cell of every school (70,000 at 10,000 schools): no closures,
// spreads or filtered copies per call, and the due-soon threshold of a date computed once.
export function judgeStatus(input: JudgeInput): Judgement {
  const { occurrences, done, asOf, windowDays } = input;
  const dates = done.kind === "dates" ? done.dates : NO_DATES;
  const doneDate = dates.length > 0 ? dates[dates.length - 1] : undefined;

  const resolvable = input.resolvable && occurrences.length > 0;
  let upcoming: string | undefined;
  if (resolvable)
    for (const d of occurrences)
      if (d >= asOf) {
        upcoming = d;
        break;
      }

  if (done.kind === "mark") {
    return { status: "done-undated", due: resolvable ? (upcoming ?? occurrences[occurrences.length - 1]) : null };
  }
  if (!resolvable) return withDone({ status: "no-deadline", due: null }, doneDate);
  if (occurrences.length === 1) return withDone(judgeSingle(occurrences[0], doneDate, asOf, windowDays), doneDate);
  let pastCount = 0;
  for (const d of occurrences) if (d < asOf) pastCount++;
  return withDone(judgeSeries(occurrences, dates, asOf, windowDays, upcoming, pastCount), doneDate);
}

/** The latest done date on a judgement just made (a new object, so it is set in place). */
function withDone(j: Judgement, doneDate: string | undefined): Judgement {
  if (doneDate) j.doneDate = doneDate;
  return j;
}

/** addDays(due, -windowDays), remembered: the roadmap has a few dozen distinct due dates. */
const soonFromCache = new Map<number, Map<string, string>>();
function soonFrom(due: string, windowDays: number): string {
  let byDue = soonFromCache.get(windowDays);
  if (!byDue || byDue.size > 10_000) soonFromCache.set(windowDays, (byDue = new Map()));
  let from = byDue.get(due);
  if (from === undefined) byDue.set(due, (from = addDays(due, -windowDays)));
  return from;
}

function judgeSingle(due: string, doneDate: string | undefined, asOf: string, windowDays: number): Judgement {
  if (doneDate) {
    return doneDate <= due
      ? { status: "done-on-time", due }
      : { status: "done-late", due, lateDays: diffDays(doneDate, due) };
  }
  if (asOf > due) return { status: "overdue", due, missed: due, lateDays: diffDays(asOf, due) };
  return { status: asOf >= soonFrom(due, windowDays) ? "due-soon" : "not-due", due };
}

interface Fulfilment {
  due: string;
  /** "on-time", "late" (with days) or "open" (nothing yet). */
  state: "on-time" | "late" | "open";
  lateDays?: number;
}

/** Matches dates to occurrences in order; each date is used once. */
export function matchOccurrences(occurrences: readonly string[], dates: readonly string[]): Fulfilment[] {
  const used = new Set<number>();
  const firstUnused = (after: string | null, upTo: string | null): number =>
    dates.findIndex((d, i) => !used.has(i) && (after === null || d > after) && (upTo === null || d <= upTo));

  return occurrences.map((due, i) => {
    const prev = i > 0 ? occurrences[i - 1] : null;
    const next = i + 1 < occurrences.length ? occurrences[i + 1] : null;
    const onTime = firstUnused(prev, due);
    if (onTime >= 0) {
      // Extra dates in the same window stay unused but can never reach a later window.
      used.add(onTime);
      return { due, state: "on-time" };
    }
    const late = firstUnused(due, next);
    if (late >= 0) {
      used.add(late);
      return { due, state: "late", lateDays: diffDays(dates[late], due) };
    }
    return { due, state: "open" };
  });
}

function judgeSeries(
  occurrences: string[],
  dates: readonly string[],
  asOf: string,
  windowDays: number,
  upcoming: string | undefined,
  pastCount: number,
): Judgement {
  const matched = matchOccurrences(occurrences, dates);
  const past = matched.slice(0, pastCount);
  const last = occurrences[occurrences.length - 1];

  const missed = past.find((f) => f.state === "open");
  if (missed) return { status: "overdue", due: missed.due, missed: missed.due, lateDays: diffDays(asOf, missed.due) };

  const next = upcoming !== undefined ? matched[pastCount] : undefined;
  if (next && next.state !== "on-time" && asOf >= soonFrom(next.due, windowDays)) {
    return { status: "due-soon", due: next.due };
  }
  const due = upcoming ?? last;
  const late = past.filter((f) => f.state === "late");
  if (late.length > 0) return { status: "done-late", due, lateDays: Math.max(...late.map((f) => f.lateDays ?? 0)) };
  if (past.length > 0) return { status: "done-on-time", due };
  return { status: next?.state === "on-time" ? "done-on-time" : "not-due", due };
}
