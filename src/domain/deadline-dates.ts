import { daysInMonth } from "./iso-date";
import type { DayRef, YearRef } from "./deadline-types";
import { expandYear, monthFromWord, MONTH_WORD } from "./russian-dates";

/**
 * Finds the dates inside normalised deadline text and replaces each with a placeholder
 * «§0», «§1», … so the deadline grammar can be written over a short skeleton
 * («не позднее §0, далее ежеквартально») instead of repeating date patterns everywhere.
 */
export interface ExtractedDates {
  skeleton: string;
  dates: FoundDate[];
}

export interface FoundDate {
  ref: DayRef;
  /** The year was written (a number or X ± n), not implied. */
  hasYear: boolean;
  /** Day/month do not exist (31.02.2024, 31 июня). */
  impossible: boolean;
}

const YEAR_WORD = String.raw`(?:\s*(?:гг?\.?|года|году|год)(?![а-я]))?`;
const NUMERIC = String.raw`(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)` + YEAR_WORD;
const ISO = String.raw`(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)`;
// «25 августа 2024 года», «1 октября X - 1 года», «1-го марта», «1 марта» (no year).
// A year named by a word («1 марта текущего года», «до 1 марта следующего года»).
const YEAR_NAME = String.raw`текущего|этого|настоящего|отчетного|следующего|очередного`;
const WORDY =
  String.raw`(\d{1,2})(?:-?го)?\s*(` +
  MONTH_WORD +
  String.raw`)(?![а-я])(?:\s*(\d{4}|[xх](?:\s*[-+]\s*\d{1,2})?|(?:${YEAR_NAME})(?:\s+(?:финансового|календарного))?(?=\s+года?(?![а-я])))(?![\dа-яa-z])` +
  YEAR_WORD +
  ")?";

// The leading group stands in for a lookbehind (not a digit or a dot before the date), which
// old webviews (EdgeHTML, Safari 11–12) cannot parse; the replacement puts it back.
const DATE_RE = new RegExp(`(^|[^\\d.])(?:${NUMERIC}|${ISO}|${WORDY})`, "g");

export function extractDates(s: string): ExtractedDates {
  const dates: FoundDate[] = [];
  const skeleton = s.replace(DATE_RE, (...m: (string | undefined)[]) => {
    const lead = m[1] as string;
    const g = m.slice(1);
    let found: FoundDate;
    if (g[1] !== undefined) found = make(fixed(expandYear(g[3] as string)), Number(g[2]), Number(g[1]));
    else if (g[4] !== undefined) found = make(fixed(Number(g[4])), Number(g[5]), Number(g[6]));
    else {
      const month = monthFromWord(g[8] as string) ?? 0;
      found = make(yearRef(g[9]), month, Number(g[7]), g[9] !== undefined);
    }
    dates.push(found);
    return `${lead}§${dates.length - 1}`;
  });
  return { skeleton, dates };
}

function fixed(year: number): YearRef {
  return { kind: "fixed", year };
}

function yearRef(text: string | undefined): YearRef {
  if (text === undefined) return { kind: "roadmap" };
  if (/^\d{4}$/.test(text)) return fixed(Number(text));
  if (/^(?:следующего|очередного)/.test(text)) return { kind: "roadmap", offset: 1 };
  if (/^[а-я]/.test(text)) return { kind: "roadmap" };
  const m = /([-+])\s*(\d+)/.exec(text);
  return { kind: "creation", offset: m ? (m[1] === "-" ? -1 : 1) * Number(m[2]) : 0 };
}

function make(year: YearRef, month: number, day: number, hasYear = true): FoundDate {
  // Unknown years (X, the roadmap's) are checked against a leap year: 29 февраля may exist.
  const y = year.kind === "fixed" ? year.year : 2000;
  const impossible =
    month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month) || (year.kind === "fixed" && y < 1900);
  return { ref: { year, month, day }, hasYear, impossible };
}
