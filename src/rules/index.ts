import { dateInFuture } from "./date-in-future";
import { dateInvalid } from "./date-invalid";
import { deadlineDoneLate } from "./deadline-done-late";
import { deadlineDueSoon } from "./deadline-due-soon";
import { deadlineMissing } from "./deadline-missing";
import { deadlineOverdue } from "./deadline-overdue";
import { documentMissing } from "./document-missing";
import { doneWithoutDate } from "./done-without-date";
import type { Rule } from "./rule-types";
import { schoolDuplicate } from "./school-duplicate";
import { schoolUnknown } from "./school-unknown";
import { structureMissingColumn } from "./structure-missing-column";
import { structureMissingSheet } from "./structure-missing-sheet";

export type { Rule, RuleMeta, RuleCategory, MessageTemplate } from "./rule-types";

/** The explicit registry of rules, sorted by id. A meta-test checks every file is listed here. */
export const RULES: readonly Rule[] = [
  dateInFuture,
  dateInvalid,
  deadlineDoneLate,
  deadlineDueSoon,
  deadlineMissing,
  deadlineOverdue,
  documentMissing,
  doneWithoutDate,
  schoolDuplicate,
  schoolUnknown,
  structureMissingColumn,
  structureMissingSheet,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
