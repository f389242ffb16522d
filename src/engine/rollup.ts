import type { DateCell } from "../domain/date-cell";
import type { Judgement } from "../domain/judge-status";
import { isDone, type Status } from "../domain/status";

/**
 * What the deadline judgement may trust in a done-date cell: invalid text and dates after
 * the as-of date are data errors (reported by their own rules), so they do not count as done.
 */
export function trustedDone(cell: DateCell, asOf: string): DateCell {
  if (cell.kind === "invalid") return { kind: "empty" };
  if (cell.kind === "dates") {
    // Most cells hold past dates only: keep the same object rather than copying it.
    if (cell.dates.every((d) => d <= asOf)) return cell;
    const dates = cell.dates.filter((d) => d <= asOf);
    return dates.length ? { kind: "dates", dates } : { kind: "empty" };
  }
  return cell;
}

/**
 * A per-school item's roadmap row shows the roll-up of its schools (PRODUCT.md §3):
 * overdue if any school is overdue, due-soon if any is due soon, done-on-time when all
 * are done on time, done-late when all are done and some late, done-undated when all are
 * done, none late and some without a date.
 */
export function rollUp(judgements: Judgement[], fallbackDue: string | null): Judgement {
  if (judgements.length === 0) return { status: fallbackDue ? "not-due" : "no-deadline", due: fallbackDue };
  const has = (s: Status) => judgements.some((j) => j.status === s);
  const firstDue = (s: Status) =>
    judgements
      .filter((j) => j.status === s && j.due)
      .map((j) => j.due as string)
      .sort()[0] ?? fallbackDue;
  if (has("overdue")) return { status: "overdue", due: firstDue("overdue") };
  if (has("due-soon")) return { status: "due-soon", due: firstDue("due-soon") };
  if (judgements.every((j) => isDone(j.status))) {
    const status = has("done-late") ? "done-late" : has("done-undated") ? "done-undated" : "done-on-time";
    return { status, due: fallbackDue };
  }
  if (judgements.every((j) => j.status === "no-deadline")) return { status: "no-deadline", due: null };
  return { status: "not-due", due: firstDue("not-due") };
}
