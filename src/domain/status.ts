/** Statuses of a roadmap item or a school's step (PRODUCT.md §3). */
export type Status = "done-on-time" | "done-late" | "overdue" | "due-soon" | "not-due" | "no-deadline";

export const STATUSES: readonly Status[] = [
  "done-on-time",
  "done-late",
  "overdue",
  "due-soon",
  "not-due",
  "no-deadline",
];
