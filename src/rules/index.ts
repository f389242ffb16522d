import { dateInFuture } from "./date-in-future";
import { dateInvalid } from "./date-invalid";
import { deadlineDoneLate } from "./deadline-done-late";
import { deadlineDueSoon } from "./deadline-due-soon";
import { deadlineMissing } from "./deadline-missing";
import { deadlineOverdue } from "./deadline-overdue";
import { documentMissing } from "./document-missing";
import { doneWithoutDate } from "./done-without-date";
import { indicatorBelowTarget } from "./indicator-below-target";
import { indicatorDecreased } from "./indicator-decreased";
import { indicatorExceedsTotal } from "./indicator-exceeds-total";
import { indicatorMissing } from "./indicator-missing";
import { indicatorPlanDefault } from "./indicator-plan-default";
import { percentOutOfRange } from "./percent-out-of-range";
import type { Rule } from "./rule-types";
import { schoolDuplicate } from "./school-duplicate";
import { schoolUnknown } from "./school-unknown";
import { structureMissingColumn } from "./structure-missing-column";
import { structureMissingSheet } from "./structure-missing-sheet";
import { valueNegative } from "./value-negative";
import { valueNotInteger } from "./value-not-integer";
import { valueNotNumber } from "./value-not-number";

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
  indicatorBelowTarget,
  indicatorDecreased,
  indicatorExceedsTotal,
  indicatorMissing,
  indicatorPlanDefault,
  percentOutOfRange,
  schoolDuplicate,
  schoolUnknown,
  structureMissingColumn,
  structureMissingSheet,
  valueNegative,
  valueNotInteger,
  valueNotNumber,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
