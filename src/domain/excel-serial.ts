import { daysToIso, isoToDays } from "./iso-date";

/**
 * Excel date serials (1900 date system). Serial 1 is 1900-01-01; Excel also counts a
 * fictitious 29.02.1900 as serial 60 (a Lotus 1-2-3 compatibility bug), so from serial 61
 * (1900-03-01) on every serial is one more than the real day count.
 */

/** Day number (days since 1970-01-01) of 1899-12-30, the zero of serials ≥ 61. */
const EPOCH_AFTER_BUG = -25569;
/** Serials 1..59 are one day "later" in the count because 29.02.1900 does not exist. */
const EPOCH_BEFORE_BUG = -25568;
/** 9999-12-31, the largest date Excel can show. */
const MAX_SERIAL = 2958465;

/**
 * The calendar date of a serial; a fractional part (the time) is dropped.
 * Null for 0, negatives, non-finite numbers, serial 60 (29.02.1900 never existed) and
 * serials past 9999-12-31.
 */
export function serialToIso(n: number): string | null {
  if (typeof n !== "number" || !Number.isFinite(n)) return null;
  const whole = Math.floor(n);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  return daysToIso(whole + (whole < 60 ? EPOCH_BEFORE_BUG : EPOCH_AFTER_BUG));
}

/** The serial Excel stores for a date; NaN for an invalid ISO date or one before 1900-01-01. */
export function isoToSerial(iso: string): number {
  const days = isoToDays(iso);
  if (Number.isNaN(days)) return NaN;
  const afterBug = days - EPOCH_AFTER_BUG;
  if (afterBug >= 61) return afterBug;
  const beforeBug = days - EPOCH_BEFORE_BUG;
  return beforeBug >= 1 ? beforeBug : NaN;
}

/**
 * Whether an Excel number format shows a date: it has day, month or year codes outside
 * quoted text, escapes and [brackets]. Pure time formats ("h:mm", "[h]:mm:ss") are not
 * dates; "m" next to h or s means minutes. Localised Russian codes (ДД.ММ.ГГГГ) are accepted too.
 */
export function isDateFormat(numFmt: string | null | undefined): boolean {
  if (!numFmt) return false;
  // First section only: "dd.mm.yyyy;@" is a date, the text section does not matter.
  const section = firstSection(numFmt);
  const code = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "")
    .replace(/general/gi, "")
    .toLowerCase()
    .replace(/[дгмчс]/g, (ch) => CYRILLIC_CODES[ch]);
  if (/[dy]/.test(code)) return true;
  if (!/m/.test(code)) return false;
  // Only "m" codes left: a month unless every m sits in a time ("h:mm", "mm:ss").
  const withoutMinutes = code.replace(/h+\s*:?\s*m+|m+\s*:?\s*s+/g, "");
  return /m/.test(withoutMinutes);
}

const CYRILLIC_CODES: Record<string, string> = { д: "d", г: "y", м: "m", ч: "h", с: "s" };

function firstSection(fmt: string): string {
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === "\\") i++;
    else if (ch === ";" && !inQuote) return fmt.slice(0, i);
  }
  return fmt;
}
