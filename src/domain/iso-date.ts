/**
 * Calendar dates as ISO "YYYY-MM-DD" strings. All arithmetic is on integer day numbers
 * (days since 1970-01-01, proleptic Gregorian), so no time zone or DST can shift a date.
 */

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "YYYY-MM-DD" for valid parts, null for impossible dates such as 31.02 or month 13. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function parseIso(iso: string): DateParts | null {
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isoFromParts(year, month, day) ? { year, month, day } : null;
}

export function isValidIso(s: unknown): s is string {
  return typeof s === "string" && parseIso(s) !== null;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for any Gregorian date.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number (days since 1970-01-01) of a valid ISO date; NaN for an invalid one. */
export function isoToDays(iso: string): number {
  const p = parseIso(iso);
  return p ? daysFromCivil(p.year, p.month, p.day) : NaN;
}

export function daysToIso(days: number): string {
  const p = civilFromDays(days);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/** The date n days after iso (n may be negative); an invalid input comes back unchanged. */
export function addDays(iso: string, n: number): string {
  const d = isoToDays(iso);
  return Number.isNaN(d) ? iso : daysToIso(d + n);
}

/** a − b in whole days; NaN when either is not a valid ISO date. */
export function diffDays(a: string, b: string): number {
  return isoToDays(a) - isoToDays(b);
}

/** Negative, zero or positive like Array.sort expects; ISO strings sort lexically. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds months, keeping the day but clamping it to the end of a shorter month (31.01 + 1 → 29.02). */
export function addMonths(iso: string, n: number): string {
  const p = parseIso(iso);
  if (!p) return iso;
  const index = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoFromParts(year, month, Math.min(p.day, daysInMonth(year, month))) as string;
}

/**
 * The same day one year later (29.02 → 28.02 of a common year); the input unchanged when it
 * is not ISO. The horizon of a series' `occurrences` (PRODUCT.md §5: up to one year after as-of).
 */
export function oneYearAfter(iso: string): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return isoFromParts(p.year + 1, p.month, Math.min(p.day, daysInMonth(p.year + 1, p.month))) ?? iso;
}

/** The local calendar date of a Date (what the user's clock shows), as ISO. */
export function todayIso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Last day of the month as ISO. */
export function endOfMonth(year: number, month: number): string {
  return isoFromParts(year, month, daysInMonth(year, month)) as string;
}

/** 1 = Monday … 7 = Sunday (ISO weekday). 1970-01-01 was a Thursday. */
export function isoWeekday(iso: string): number {
  const d = isoToDays(iso);
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

/** "15.02.2024", the way Russian documents write dates; the input unchanged when it is not ISO. */
export function formatRu(iso: string): string {
  const p = parseIso(iso);
  if (!p) return iso;
  return `${pad(p.day, 2)}.${pad(p.month, 2)}.${pad(p.year, 4)}`;
}
