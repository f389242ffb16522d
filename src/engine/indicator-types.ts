import type { Quarter } from "../domain/quarter";
import type { CellValue } from "../domain/snapshot";

export type IndicatorType = "integer" | "number" | "percent" | "date" | "text";

/** One row of «Правила показателей» (or the built-in catalogue). */
export interface IndicatorRule {
  code: string;
  name: string;
  unit: string;
  type: IndicatorType;
  min: number | null;
  max: number | null;
  plan: number | null;
  notAbove: string | null;
  cumulative: boolean;
  /** Where the rule came from: the workbook's sheet row (0-based) or the built-in catalogue. */
  source: { sheet: string; row: number } | "builtin";
}

/** One indicator value cell, parsed. */
export interface IndicatorValue {
  sheet: string;
  row: number;
  col: number;
  school: string;
  schoolKey: string;
  municipality: string;
  quarter: Quarter;
  rule: IndicatorRule;
  raw: CellValue;
  /** Parsed number (percentages as fractions 0..1), null when empty or not a number. */
  value: number | null;
  empty: boolean;
  /** Why the value could not be read as a number. */
  problem: null | "not-number";
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
}

export interface IndicatorModel {
  rules: IndicatorRule[];
  rulesSource: "workbook" | "builtin";
  rows: IndicatorRow[];
  values: IndicatorValue[];
  /** Indicator columns whose header matched no rule. */
  unmatchedColumns: { sheet: string; col: number; header: string }[];
}

export const EMPTY_INDICATORS: IndicatorModel = {
  rules: [],
  rulesSource: "builtin",
  rows: [],
  values: [],
  unmatchedColumns: [],
};
