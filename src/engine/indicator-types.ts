import type { IndicatorDefinition, IndicatorType } from "../domain/indicator-catalogue";
import type { Quarter } from "../domain/quarter";
import type { CellValue } from "../domain/snapshot";

export type { IndicatorType };

/** One row of «Правила показателей» (or the built-in catalogue). */
export interface IndicatorRule extends IndicatorDefinition {
  /** Where the rule came from: the workbook's sheet row (0-based) or the built-in catalogue. */
  source: { sheet: string; row: number } | "builtin";
}

/** Why a value could not be used as a number. */
export type ValueProblem = null | "not-number";

/** One indicator value cell, parsed. */
export interface IndicatorValue {
  sheet: string;
  row: number;
  col: number;
  school: string;
  schoolKey: string;
  municipality: string;
  /** Null when the row's «Отчётный период» could not be read. */
  quarter: Quarter | null;
  rule: IndicatorRule;
  raw: CellValue;
  /** Parsed number (percentages as fractions 0..1), null when empty or not a number. */
  value: number | null;
  empty: boolean;
  /** Why the value could not be read as a number. */
  problem: ValueProblem;
  /**
   * Percent indicators: the value was typed without a % mark and read as percent points
   * («85» → 85 %). Messages say so.
   */
  readAsPercentPoints?: boolean;
}

export interface IndicatorRow {
  sheet: string;
  row: number;
  school: string;
  schoolKey: string;
  municipality: string;
  quarter: Quarter | null;
  periodCol: number;
  schoolCol: number;
  /** The «Отчётный период» cell as typed (for messages when it is not a quarter). */
  periodRaw: CellValue;
  /** A later row for the same school and quarter: its values are checked but not reported twice. */
  duplicateOf?: number;
}

/** An indicator column of the indicators sheet matched to its rule. */
export interface IndicatorColumn {
  col: number;
  header: string;
  rule: IndicatorRule;
}

/** A cell of «Правила показателей» that should hold a number and does not. */
export interface RuleCellProblem {
  sheet: string;
  row: number;
  col: number;
  code: string;
  field: "min" | "max" | "plan";
  text: string;
}

export interface IndicatorModel {
  rules: IndicatorRule[];
  rulesSource: "workbook" | "builtin";
  rows: IndicatorRow[];
  values: IndicatorValue[];
  columns: IndicatorColumn[];
  /** Indicator columns whose header matched no rule. */
  unmatchedColumns: { sheet: string; col: number; header: string }[];
  ruleProblems: RuleCellProblem[];
}

export const EMPTY_INDICATORS: IndicatorModel = {
  rules: [],
  rulesSource: "builtin",
  rows: [],
  values: [],
  columns: [],
  unmatchedColumns: [],
  ruleProblems: [],
};
