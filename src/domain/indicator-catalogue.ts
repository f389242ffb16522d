import catalogue from "./data/indicator-catalogue.json";

export type IndicatorType = "integer" | "number" | "percent" | "date" | "text";

/**
 * One indicator as «Правила показателей» describes it (PRODUCT.md §2). Percent values
 * (min, max, plan) are fractions: 0.3 = 30 %.
 */
export interface IndicatorDefinition {
  code: string;
  name: string;
  unit: string;
  type: IndicatorType;
  min: number | null;
  max: number | null;
  /** «Целевое значение»: the annual plan per school. */
  plan: number | null;
  /** Code of the indicator this one may not exceed (a part of a whole). */
  notAbove: string | null;
  /** Accumulates over the year: may not go down from quarter to quarter. */
  cumulative: boolean;
  /**
   * For a share: the indicator it is a share of, so totals are weighted by it
   * (П4 «Доля обучающихся…» is a share of П1). Null when unknown.
   */
  base: string | null;
}

/** The built-in catalogue: used when the workbook has no «Правила показателей» sheet. */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = (catalogue.indicators as IndicatorDefinition[]).map(
  (d) => Object.freeze({ ...d }),
);

export const INDICATOR_CATALOGUE_SOURCE: string = catalogue.source;

/** «П 3», «п3.», "P3" → «п3»: codes compared without case, spaces, a trailing dot or Latin look-alikes. */
export function codeKey(code: string): string {
  return code
    .toLowerCase()
    .replace(/p/g, "п")
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[.:]+$/, "");
}

export function catalogueIndicator(code: string): IndicatorDefinition | undefined {
  const key = codeKey(code);
  return INDICATOR_CATALOGUE.find((d) => codeKey(d.code) === key);
}

/** Russian words for the types, as the rules sheet writes them. */
export const INDICATOR_TYPE_LABEL: Readonly<Record<IndicatorType, string>> = {
  integer: "целое",
  number: "число",
  percent: "процент",
  date: "дата",
  text: "текст",
};

/** «целое», «процент», «%», «дробное»… → a type; null for text we do not know. */
export function parseIndicatorType(text: string): IndicatorType | null {
  const t = text.toLowerCase().replace(/ё/g, "е").trim();
  if (t === "") return null;
  if (/^(цел|integer|int\b)/.test(t)) return "integer";
  if (/^(процент|доля|%|percent)/.test(t)) return "percent";
  if (/^(дата|date)/.test(t)) return "date";
  if (/^(текст|строка|text)/.test(t)) return "text";
  if (/^(числ|дробн|вещественн|десятичн|number|decimal)/.test(t)) return "number";
  return null;
}
