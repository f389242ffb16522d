import type { Lang } from "../domain/finding";
import { formatNumber, formatPercent } from "../domain/number-text";
import { quarterLabelEn, quarterLabelRu, type Quarter } from "../domain/quarter";
import { cellText } from "../domain/text";
import type { IndicatorModel, IndicatorRow, IndicatorRule, IndicatorValue } from "./indicator-types";

/** A number of an indicator in the user's language: «1 234», «12,5», «85%». */
export function showNumber(n: number, rule: Pick<IndicatorRule, "type">, lang: Lang): string {
  return rule.type === "percent" ? formatPercent(n, lang) : formatNumber(n, lang);
}

/** A value for a message: the parsed number in the user's language, else the text as typed. */
export function showValue(v: IndicatorValue, lang: Lang): string {
  return v.value !== null ? showNumber(v.value, v.rule, lang) : cellText(v.raw);
}

export function quarterLabel(q: Quarter, lang: Lang): string {
  return lang === "ru" ? quarterLabelRu(q) : quarterLabelEn(q);
}

const EPS = 1e-9;

/**
 * Whether a number passes the type checks (value-negative, value-not-integer,
 * percent-out-of-range). A value that fails them is reported once, by its type rule,
 * and not compared with targets, wholes or earlier quarters: 12,5 pupils in П1 would
 * otherwise make every part "larger than the whole" as well.
 */
export function typeValid(v: Pick<IndicatorValue, "value" | "rule">): boolean {
  const n = v.value;
  if (n === null) return false;
  if (v.rule.type === "percent") return n >= -EPS && n <= 1 + EPS;
  if (n < 0) return false;
  return v.rule.type !== "integer" || Math.abs(n - Math.round(n)) <= EPS;
}

/** Values that count: a valid number in the first row of its school and quarter (later duplicates are skipped). */
export function isUsable(v: IndicatorValue, duplicates: ReadonlySet<number>): v is IndicatorValue & { value: number } {
  return v.value !== null && v.problem === null && v.quarter !== null && !duplicates.has(v.row) && typeValid(v);
}

export function duplicateRows(rows: readonly IndicatorRow[]): Set<number> {
  return new Set(rows.filter((r) => r.duplicateOf !== undefined).map((r) => r.row));
}

export type UsableValue = IndicatorValue & { value: number; quarter: Quarter };

/**
 * Usable values by sheet row, then by indicator code. A school's quarter is one row: later
 * rows for the same school and quarter are duplicates and are left out.
 */
export function usableByRow(model: IndicatorModel): Map<number, Map<string, UsableValue>> {
  const dup = duplicateRows(model.rows);
  const out = new Map<number, Map<string, UsableValue>>();
  for (const v of model.values) {
    if (!isUsable(v, dup)) continue;
    let row = out.get(v.row);
    if (!row) out.set(v.row, (row = new Map()));
    row.set(v.rule.code, v as UsableValue);
  }
  return out;
}

/** Usable values of one quarter by school key, then by indicator code. */
export function usableForQuarter(model: IndicatorModel, q: Quarter): Map<string, Map<string, UsableValue>> {
  const dup = duplicateRows(model.rows);
  const out = new Map<string, Map<string, UsableValue>>();
  for (const v of model.values) {
    if (!v.quarter || v.quarter.year !== q.year || v.quarter.q !== q.q || !isUsable(v, dup)) continue;
    let school = out.get(v.schoolKey);
    if (!school) out.set(v.schoolKey, (school = new Map()));
    if (!school.has(v.rule.code)) school.set(v.rule.code, v as UsableValue);
  }
  return out;
}
