import type { Lang } from "./finding";

/**
 * Numbers as users type them into indicator cells (PRODUCT.md §2): real numbers, numbers
 * as text with spaces between thousands («1 234»), a decimal comma («12,5»), a percent
 * sign («85%») or a number with a % format (0.85 shown as 85%).
 *
 * `percent` says the user marked the value as a percentage (sign or format); the value
 * is then already a fraction (85% → 0.85).
 */
export type NumberRead =
  { kind: "empty" } | { kind: "number"; value: number; percent: boolean } | { kind: "not-number"; text: string };

/** Thousands separators people type: space, no-break space, narrow no-break space, apostrophe. */
const GROUP_SPACES = /[\s\u00a0\u2007\u202f']+/g;
const MINUS = /^[-\u2212\u2013]/;

/** Whether an Excel number format shows the value as a percentage (outside quoted text). */
export function isPercentFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt || !numFmt.includes("%")) return false;
  const code = numFmt.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return code.includes("%");
}

function parseDecimal(s: string): number | null {
  let t = s;
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    t = comma > dot ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  } else if (comma >= 0) {
    // A lone comma is the Russian decimal mark («12,5»); several commas group thousands.
    t = (t.match(/,/g) ?? []).length === 1 ? t.replace(",", ".") : t.replace(/,/g, "");
  } else if ((t.match(/\./g) ?? []).length > 1) {
    // «1.234.567»: dots grouping thousands.
    t = t.replace(/\./g, "");
  }
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A number typed as text; total: anything else is "not-number", blanks are "empty". */
export function parseNumberText(text: string): NumberRead {
  let s = text.replace(GROUP_SPACES, " ").trim();
  if (s === "") return { kind: "empty" };
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  const n = parseDecimal(s.replace(/ /g, ""));
  if (n === null) return { kind: "not-number", text: text.trim() };
  const value = sign * n;
  return { kind: "number", value: percent ? value / 100 : value, percent };
}

/** Reads one cell: a real number (with its format), text, or something that is not a number. */
export function readNumberCell(value: string | number | boolean | null, numFmt?: string | null): NumberRead {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "not-number", text: String(value) };
    return { kind: "number", value, percent: isPercentFormat(numFmt) };
  }
  if (typeof value === "boolean") return { kind: "not-number", text: value ? "ИСТИНА" : "ЛОЖЬ" };
  return parseNumberText(value);
}

/**
 * A share as a fraction 0..1. A value the user marked as a percentage is already one.
 * An unmarked number above 1 is read as percent points («85» in a percent column means
 * 85 %, nobody means 8500 %); 1 and below are fractions (0.3 = 30 %).
 */
export function asFraction(read: { value: number; percent: boolean }): number {
  if (read.percent) return read.value;
  return Math.abs(read.value) > 1 ? read.value / 100 : read.value;
}

/** Rounds away binary noise (0.1 + 0.2) before comparing or showing. */
export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function groupDigits(int: string, sep: string): string {
  if (int.length <= 3) return int;
  let i = int.length % 3 || 3;
  let out = int.slice(0, i);
  for (; i < int.length; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** «1 234,5» in Russian (no-break space groups, comma decimal), "1,234.5" in English. */
export function formatNumber(n: number, lang: Lang, maxDigits = 2): string {
  const r = roundTo(n, maxDigits);
  const group = lang === "ru" ? "\u00a0" : ",";
  const abs = Math.abs(r);
  let body: string;
  if (Number.isInteger(abs)) {
    body = groupDigits(String(abs), group);
  } else {
    const [int, frac] = abs.toFixed(maxDigits).split(".");
    const trimmed = (frac ?? "").replace(/0+$/, "");
    body = groupDigits(int, group) + (trimmed ? (lang === "ru" ? "," : ".") + trimmed : "");
  }
  return r < 0 ? `-${body}` : body;
}

/** A fraction as a percentage: 0.855 → «85,5%» / "85.5%". */
export function formatPercent(fraction: number, lang: Lang, maxDigits = 1): string {
  return `${formatNumber(fraction * 100, lang, maxDigits)}%`;
}
