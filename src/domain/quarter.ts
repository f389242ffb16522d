import { MAX_DATE_SERIAL, MIN_DATE_SERIAL } from "./date-cell";
import { isDateFormat, serialToIso } from "./excel-serial";
import { endOfMonth, isoFromParts, parseIso } from "./iso-date";
import { normalizeRuText, parseDateText } from "./russian-dates";

/** A calendar quarter: the reporting period of the indicators sheet. */
export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

const ROMAN = ["I", "II", "III", "IV"] as const;
const ROMAN_VALUE: Record<string, 1 | 2 | 3 | 4> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

function quarter(year: number, q: number): Quarter | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  return q >= 1 && q <= 4 && Number.isInteger(q) ? { year, q: q as Quarter["q"] } : null;
}

const QUARTER_NUM = String.raw`(iv|i{1,3}|[1-4])`;
const QUARTER_WORD = String.raw`(?:-?[а-я]{1,2}\s*)?(?:квартал[а-я]*|кв-л|кварт\.?|кв\.?)`;
const YEAR_TAIL = String.raw`(?:\s*(?:г\.?|года|год|году))?`;

const FORMS: readonly { re: RegExp; year: number; q: number }[] = [
  // «III квартал 2024», «3 кв. 2024», «3-й квартал 2024 г.», «за 3 квартал 2024 года»
  { re: new RegExp(String.raw`^(?:за\s+)?${QUARTER_NUM}\s*${QUARTER_WORD}\s*(\d{4})${YEAR_TAIL}$`), year: 2, q: 1 },
  // «2024 III квартал», «2024 г. 3 кв.»
  { re: new RegExp(String.raw`^(\d{4})${YEAR_TAIL}[\s,]*${QUARTER_NUM}\s*${QUARTER_WORD}$`), year: 1, q: 2 },
  // «2024-Q3», «2024 Q3», «2024Q3», «2024/Q3»
  { re: /^(\d{4})\s*[-/ ]?\s*q\s*([1-4])$/, year: 1, q: 2 },
  // «Q3 2024», «Q3-2024»
  { re: /^q\s*([1-4])\s*[-/ ]?\s*(\d{4})$/, year: 2, q: 1 },
  // «3/2024»
  { re: /^([1-4])\s*\/\s*(\d{4})$/, year: 2, q: 1 },
];

/**
 * A reporting quarter as users type it; a date (text or serial) means the quarter it falls in.
 * Null when the value is not a quarter.
 */
export function parseQuarter(value: string | number | boolean | null, numFmt?: string): Quarter | null {
  if (typeof value === "number") {
    // A bare number is a quarter only when it is a date: date-formatted or a plausible serial.
    const iso = serialToIso(value);
    if (!iso) return null;
    const inRange = value >= MIN_DATE_SERIAL && value < MAX_DATE_SERIAL + 1;
    return isDateFormat(numFmt) || inRange ? quarterOf(iso) : null;
  }
  if (typeof value !== "string") return null;
  const s = normalizeRuText(value).replace(/\.$/, "");
  if (s === "") return null;
  for (const form of FORMS) {
    const m = form.re.exec(s);
    if (!m) continue;
    const raw = m[form.q];
    return quarter(Number(m[form.year]), ROMAN_VALUE[raw] ?? Number(raw));
  }
  const date = parseDateText(s);
  return date.kind === "date" ? quarterOf(date.iso) : null;
}

/** "2024-Q3" — the key used in settings, the CLI (--quarter) and JSON. */
export function quarterKey(q: Quarter): string {
  return `${q.year}-Q${q.q}`;
}

export function parseQuarterKey(key: string): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(typeof key === "string" ? key.trim() : "");
  return m ? quarter(Number(m[1]), Number(m[2])) : null;
}

export function quarterStart(q: Quarter): string {
  return isoFromParts(q.year, q.q * 3 - 2, 1) as string;
}

export function quarterEnd(q: Quarter): string {
  return endOfMonth(q.year, q.q * 3);
}

/** The quarter a date falls in; null for an invalid date. */
export function quarterOf(iso: string): Quarter | null {
  const p = parseIso(iso);
  return p ? { year: p.year, q: (Math.floor((p.month - 1) / 3) + 1) as Quarter["q"] } : null;
}

export function previousQuarter(q: Quarter): Quarter {
  return q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter["q"] };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.q === 4 ? { year: q.year + 1, q: 1 } : { year: q.year, q: (q.q + 1) as Quarter["q"] };
}

export function compareQuarter(a: Quarter, b: Quarter): number {
  return a.year !== b.year ? a.year - b.year : a.q - b.q;
}

/** «III квартал 2024». */
export function quarterLabelRu(q: Quarter): string {
  return `${ROMAN[q.q - 1]} квартал ${q.year}`;
}

/** "Q3 2024". */
export function quarterLabelEn(q: Quarter): string {
  return `Q${q.q} ${q.year}`;
}
