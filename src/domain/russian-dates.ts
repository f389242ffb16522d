import { isoFromParts } from "./iso-date";

/**
 * Dates as Russian users type them: «15.02.2024», «15.02.24», «15/02/2024», «2024-02-15»,
 * «15 февраля 2024 г.», «15 февраля 2024года», «1 марта» (with a default year),
 * «10 ноября 2020* года» (footnote marks). A total parser: a tagged result, never a throw.
 */
export type DateTextResult = { kind: "date"; iso: string } | { kind: "invalid"; reason: "impossible" | "unparsed" };

export interface DateTextOptions {
  /** Year for forms without one («1 марта»); without it such text is unparsed. */
  defaultYear?: number;
}

/** Years a typed date may plausibly have; outside it a well-formed date is «impossible». */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/**
 * Lower case, ё→е, footnote marks and quotes removed, dashes and odd spaces unified, and a
 * space put between digits and letters so «2024года» reads like «2024 года».
 */
export function normalizeRuText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\r\n]+/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[*¹²³⁴⁵⁶⁷⁸⁹⁰]/g, "")
    .replace(/[«»"„“”']/g, "")
    .replace(/(\d)([а-я])/g, "$1 $2")
    .replace(/([а-я])(\d)/g, "$1 $2")
    .replace(/ {2,}/g, " ")
    .trim();
}

interface MonthForm {
  month: number;
  re: RegExp;
}

// Every case form of every month plus the usual abbreviations («янв.», «сент.»).
const MONTHS: readonly MonthForm[] = [
  { month: 1, re: /^(январ(ь|я|ю|ем|е)|янв)$/ },
  { month: 2, re: /^(феврал(ь|я|ю|ем|е)|фев|февр)$/ },
  { month: 3, re: /^(март(а|у|ом|е)?|мар)$/ },
  { month: 4, re: /^(апрел(ь|я|ю|ем|е)|апр)$/ },
  { month: 5, re: /^(ма(й|я|ю|ем|е))$/ },
  { month: 6, re: /^(июн(ь|я|ю|ем|е)?)$/ },
  { month: 7, re: /^(июл(ь|я|ю|ем|е)?)$/ },
  { month: 8, re: /^(август(а|у|ом|е)?|авг)$/ },
  { month: 9, re: /^(сентябр(ь|я|ю|ем|е)|сен|сент)$/ },
  { month: 10, re: /^(октябр(ь|я|ю|ем|е)|окт)$/ },
  { month: 11, re: /^(ноябр(ь|я|ю|ем|е)|ноя|нояб)$/ },
  { month: 12, re: /^(декабр(ь|я|ю|ем|е)|дек)$/ },
];

/** Regex source matching any month word (for embedding in bigger patterns). */
export const MONTH_WORD =
  "(?:январ[ьяюе]м?|янв|феврал[ьяюе]м?|февр?|март[аеу]?|мартом|мар|апрел[ьяюе]м?|апр|ма[йяюе]|маем|июн[ьяюе]?|июнем|июл[ьяюе]?|июлем|август[аеу]?|августом|авг|сентябр[ьяюе]м?|сент?|октябр[ьяюе]м?|окт|ноябр[ьяюе]м?|нояб?|декабр[ьяюе]м?|дек)\\.?";

/** Month number of a Russian month word in any case, or an abbreviation; null otherwise. */
export function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, "е").replace(/\.$/, "");
  for (const m of MONTHS) if (m.re.test(w)) return m.month;
  return null;
}

/** Year words after a date: «г.», «г», «года», «год», «году», «гг.». */
const YEAR_TAIL = /\s*(?:г\.?|гг\.?|года|год|году)?\s*\.?$/;

const NUMERIC_DMY = /^(\d{1,2})\s*([./])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const NUMERIC_DMY_DASH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/;
const WORDY = /^(\d{1,2})\s*([а-я]+\.?)(?:\s*(\d{4}))?$/;

export function parseDateText(text: string, opts: DateTextOptions = {}): DateTextResult {
  if (typeof text !== "string") return unparsed();
  const s = normalizeRuText(text).replace(YEAR_TAIL, "").trim();
  if (s === "") return unparsed();

  let m = NUMERIC_DMY.exec(s);
  if (m) return fromParts(expandYear(m[4]), Number(m[3]), Number(m[1]));
  m = NUMERIC_DMY_DASH.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_LIKE.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDY.exec(s);
  if (m) {
    const month = monthFromWord(m[2]);
    if (month === null) return unparsed();
    const year = m[3] !== undefined ? Number(m[3]) : opts.defaultYear;
    if (year === undefined) return unparsed();
    return fromParts(year, month, Number(m[1]));
  }
  return unparsed();
}

/**
 * «24» → 2024, «98» → 1998. Excel's pivot: 00–29 → 2000–2029, 30–99 → 1930–1999, so a
 * typed «15.02.35» means the same day here as in the user's Excel.
 */
export function expandYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function fromParts(year: number, month: number, day: number): DateTextResult {
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: "invalid", reason: "impossible" };
  const iso = isoFromParts(year, month, day);
  return iso ? { kind: "date", iso } : { kind: "invalid", reason: "impossible" };
}

function unparsed(): DateTextResult {
  return { kind: "invalid", reason: "unparsed" };
}
