import type { Finding, Lang } from "../domain/finding";
import { ruleById } from "../rules";

/** Short reasons for the report's «не учтено» marks; other rules fall back to their description. */
const REASON: Readonly<Record<string, Record<Lang, string>>> = {
  "value-not-number": { ru: "не число", en: "not a number" },
  "value-negative": { ru: "отрицательное", en: "negative" },
  "value-not-integer": { ru: "не целое", en: "not a whole number" },
  "percent-out-of-range": { ru: "вне 0–100 %", en: "outside 0–100 %" },
  "indicator-exceeds-total": { ru: "часть больше целого", en: "part larger than its whole" },
  "indicator-decreased": { ru: "меньше, чем в прошлом квартале", en: "lower than last quarter" },
};

export function excludedReason(finding: Pick<Finding, "rule"> | undefined, lang: Lang): string {
  if (!finding) return lang === "ru" ? "недопустимое значение" : "invalid value";
  const short = REASON[finding.rule]?.[lang];
  if (short) return short;
  const d = ruleById(finding.rule)?.meta.description[lang];
  return d ? d.charAt(0).toLowerCase() + d.slice(1) : finding.rule;
}
