import { codeKey } from "../domain/indicator-catalogue";
import { startsWithWordChar } from "../domain/letters";
import { headerForms, normalizeText } from "../domain/text";
import type { IndicatorRule } from "./indicator-types";

/** Leading code of a header: «П3. Численность…» → { code: "п3", rest: "Численность…" }. */
function splitCode(header: string, code: string): string | null {
  const h = normalizeText(header).replace(/^p/, "п");
  const c = normalizeText(code).replace(/^p/, "п");
  if (!c) return null;
  if (codeKey(h) === codeKey(c)) return "";
  // «п3 …», «п 3 …» too: compare with the spaces inside the code removed.
  const compact = h.replace(/^(\S{1,3})\s(?=\d)/, "$1");
  const cc = c.replace(/\s+/g, "");
  if (!compact.startsWith(cc)) return null;
  const next = compact.slice(cc.length);
  // «п3.1» is another code than «п3»; «п3.», «п3 », «п3:», «п3 (чел.)» are this one.
  if (/^\.\d/.test(next) || startsWithWordChar(next)) return null;
  return next.replace(/^[\s.:)\-–—]+/, "").trim();
}

function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  const x = headerForms(a);
  const y = headerForms(b);
  if (x.full === y.full || x.bare === y.bare || x.bare === y.full || x.full === y.bare) return true;
  // «Численность … Кванториума, чел.»: the name followed by a unit.
  return y.bare.length >= 12 && (x.bare.startsWith(`${y.bare},`) || x.bare.startsWith(`${y.bare} `));
}

/**
 * The rule an indicator column's header names: by code («П3», «П3. Численность…») first,
 * then by the full name (case, ё, quotes, brackets and a trailing unit do not matter).
 */
export function matchIndicatorRule(header: string, rules: readonly IndicatorRule[]): IndicatorRule | null {
  for (const rule of rules) if (splitCode(header, rule.code) !== null) return rule;
  for (const rule of rules) if (sameName(header, rule.name)) return rule;
  return null;
}

/** The rule a «Не больше» cell points to: by code or by name. */
export function findRule(ref: string, rules: readonly IndicatorRule[]): IndicatorRule | null {
  const key = codeKey(ref);
  return rules.find((r) => codeKey(r.code) === key) ?? rules.find((r) => sameName(ref, r.name)) ?? null;
}
