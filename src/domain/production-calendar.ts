import data from "./data/production-calendar-ru.json";
import { addDays, isoFromParts, isoWeekday, parseIso } from "./iso-date";

/**
 * Russian production calendar: which days are working days. Official data is shipped for
 * the years in production-calendar-ru.json; elsewhere (and for provisional years, whose
 * transfer decree is not in the data) only weekends are known, so results say "approximate".
 */
interface YearData {
  holidays: string[];
  workingWeekends: string[];
  workingDays: number;
  provisional?: boolean;
}

const YEARS = data.years as Record<string, YearData>;
const HOLIDAYS = new Set<string>();
const WORKING_WEEKENDS = new Set<string>();
for (const y of Object.values(YEARS)) {
  y.holidays.forEach((d) => HOLIDAYS.add(d));
  y.workingWeekends.forEach((d) => WORKING_WEEKENDS.add(d));
}

export interface WorkingDayResult {
  iso: string;
  /** True when a year without official data was involved (weekends only, or no transfers). */
  approximate: boolean;
}

/** True when the official calendar for the year is in the data (provisional years are not). */
export function calendarCovers(year: number): boolean {
  const y = YEARS[String(year)];
  return y !== undefined && !y.provisional;
}

export function isWorkingDay(iso: string): boolean {
  if (HOLIDAYS.has(iso)) return false;
  if (WORKING_WEEKENDS.has(iso)) return true;
  return isoWeekday(iso) <= 5;
}

function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * The n-th working day after iso (before it for negative n). n = 0 gives iso itself.
 * «в течение 10 рабочих дней после 31.03» is addWorkingDays("2024-03-31", 10).
 */
export function addWorkingDays(iso: string, n: number): WorkingDayResult {
  if (!parseIso(iso) || !Number.isInteger(n)) return { iso, approximate: true };
  let approximate = !calendarCovers(yearOf(iso));
  let day = iso;
  const step = n >= 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0;) {
    day = addDays(day, step);
    if (!calendarCovers(yearOf(day))) approximate = true;
    if (isWorkingDay(day)) left--;
  }
  return { iso: day, approximate };
}

/** The n-th (1-based) working day of a month: «не позднее 5 рабочего дня месяца». */
export function nthWorkingDayOfMonth(year: number, month: number, n: number): WorkingDayResult {
  const first = isoFromParts(year, month, 1);
  if (!first || !Number.isInteger(n) || n < 1) return { iso: first ?? "", approximate: true };
  const start = isWorkingDay(first) ? first : addWorkingDays(first, 1).iso;
  const r = n === 1 ? { iso: start, approximate: false } : addWorkingDays(start, n - 1);
  return { iso: r.iso, approximate: !calendarCovers(year) || r.approximate };
}

/** Working days in a year per the data (a checksum against the published calendar). */
export function workingDaysInYear(year: number): number {
  let count = 0;
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

/** Years with official data, ascending. */
export function coveredYears(): number[] {
  return Object.keys(YEARS)
    .map(Number)
    .filter(calendarCovers)
    .sort((a, b) => a - b);
}

/** The published count of working days for a year (from the data), or null. */
export function publishedWorkingDays(year: number): number | null {
  return YEARS[String(year)]?.workingDays ?? null;
}
