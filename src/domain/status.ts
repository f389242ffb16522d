/** Statuses of a roadmap item or a school's step (PRODUCT.md §3). */
export type Status = "done-on-time" | "done-late" | "done-undated" | "overdue" | "due-soon" | "not-due" | "no-deadline";

export const STATUSES: readonly Status[] = [
  "done-on-time",
  "done-late",
  "done-undated",
  "overdue",
  "due-soon",
  "not-due",
  "no-deadline",
];

/** Done in any way: on time, late, or marked done without its date. */
export function isDone(status: Status): boolean {
  return status === "done-on-time" || status === "done-late" || status === "done-undated";
}
