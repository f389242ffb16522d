import type { DayRef, Deadline, YearRef } from "./deadline-types";
import { monthFromWord, MONTH_WORD } from "./russian-dates";

/**
 * Deadlines named by a period rather than a day (PRODUCT.md §3 «during»): a year, a school year,
 * a quarter, a half-year or a month, due on its last day; plus month ranges and «до ноября».
 * Works on the tidied skeleton (dates already replaced by «§n»); null when no form fits.
 */
export function periodDeadline(k: string, text: string): Deadline | null {
  return yearForms(k, text) ?? schoolYear(k, text) ?? monthForms(k, text) ?? partForms(k, text);
}

const YEAR_WORDS = String.raw`(?:года|году|год|гг?\.?)`;
const LEAD = String.raw`(?:в течение|в|во|до конца|до окончания|на протяжении|по итогам|не позднее конца|к концу|за|на)`;
/** A year after a period: «2024 года», «этого года», «следующего года». */
const YEAR_OR_NAME = String.raw`(?:\s+(\d{4}|этого|текущего|отчетного|следующего|очередного)(?:\s*${YEAR_WORDS})?)?`;

// Built once: the grammar runs for every roadmap row and every school's copy of it.
const BARE_YEAR = new RegExp(String.raw`^(?:${LEAD}\s+)?(\d{4})\s*${YEAR_WORDS}?$`);
const NAMED_YEAR = new RegExp(
  String.raw`^${LEAD}\s+(?:(этого|текущего|отчетного|календарного|следующего|очередного)\s+)?(?:года|году)$`,
);
const THIS_YEAR =
  /^(?:в|в течение) (этом|текущем|отчетном|следующем) году$|^на (текущий|этот|следующий|очередной) год$/;

function yearForms(k: string, text: string): Deadline | null {
  // A bare year («2024», «2024 год») means the whole year.
  let m = BARE_YEAR.exec(k);
  if (m) return endOf(text, { year: fixedYear(Number(m[1])), month: 12, day: 31 });
  m = NAMED_YEAR.exec(k);
  if (m) return endOf(text, { year: namedYear(m[1]), month: 12, day: 31 });
  m = THIS_YEAR.exec(k);
  if (m) return endOf(text, { year: namedYear(m[1] ?? m[2]), month: 12, day: 31 });
  return null;
}

/** «в течение 2024/2025 учебного года» ends on 31 August of its second year; «к началу 2012/2013 учебного года» is 1 September. */
const SCHOOL_YEAR = new RegExp(
  String.raw`^(к началу\s+)?(?:${LEAD}\s+)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s+учебн[а-я]*\s+год[а-я]*$`,
);

function schoolYear(k: string, text: string): Deadline | null {
  const m = SCHOOL_YEAR.exec(k);
  if (!m) return null;
  const first = Number(m[2]);
  const second = m[3].length === 2 ? Math.floor(first / 100) * 100 + Number(m[3]) : Number(m[3]);
  if (second !== first + 1) return null;
  if (m[1]) return { kind: "by", text, at: { year: fixedYear(first), month: 9, day: 1 }, shift: 0 };
  return endOf(text, { year: fixedYear(second), month: 8, day: 31 });
}

const MONTH = String.raw`(${MONTH_WORD})(?![а-я])`;
const MONTH_ANYWHERE = new RegExp(MONTH_WORD);
const IN_MONTH = new RegExp(String.raw`^(?:${LEAD}\s+)?${MONTH}${YEAR_OR_NAME}$`);
const BEFORE_MONTH = new RegExp(String.raw`^(?:в срок\s+)?до\s+${MONTH}${YEAR_OR_NAME}$`);
const MONTH_RANGE = new RegExp(String.raw`^(?:с\s+|в период\s+|в\s+)?${MONTH}\s*(?:-|по)\s*${MONTH}${YEAR_OR_NAME}$`);
const FROM_MONTH = new RegExp(String.raw`^(?:начиная\s+)?с\s+${MONTH}${YEAR_OR_NAME}$`);

function monthForms(k: string, text: string): Deadline | null {
  // Every form names a month word; most texts name none.
  if (!MONTH_ANYWHERE.test(k)) return null;
  // «в марте 2024 года», «до конца марта», «за август», a bare «Август 2024 г.»
  let m = IN_MONTH.exec(k);
  if (m) {
    const mo = monthFromWord(m[1]);
    if (mo !== null) return endOf(text, { year: yearOf(m[2]), month: mo, day: "last" });
  }
  // «до ноября текущего года»: before the month starts.
  m = BEFORE_MONTH.exec(k);
  if (m) {
    const mo = monthFromWord(m[1]);
    if (mo !== null) return { kind: "before", text, at: { year: yearOf(m[2]), month: mo, day: 1 }, shift: -1 };
  }
  // «сентябрь-декабрь 2023 г», «январь - май 2024г.», «с июня по август»
  m = MONTH_RANGE.exec(k);
  if (m) {
    const from = monthFromWord(m[1]);
    const to = monthFromWord(m[2]);
    if (from !== null && to !== null && from < to) {
      return { kind: "range", text, at: { year: yearOf(m[3]), month: to, day: "last" }, shift: 0 };
    }
  }
  // «с сентября 2022 года»: a start, not a deadline.
  m = FROM_MONTH.exec(k);
  if (m) {
    const mo = monthFromWord(m[1]);
    if (mo !== null) return { kind: "start", text, startsAt: { year: yearOf(m[2]), month: mo, day: 1 } };
  }
  return null;
}

const ORDINAL_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, перв: 1, втор: 2, трет: 3, четверт: 4 };

const QUARTER = new RegExp(
  String.raw`^(?:${LEAD}\s+)?(iv|i{1,3}|[1-4]|перв|втор|трет|четверт)[а-я]*\s*(?:-?[а-я]{1,2}\s+)?(?:квартал[а-я]*|кв\.?)${YEAR_OR_NAME}$`,
);
const HALF = new RegExp(
  String.raw`^(?:${LEAD}\s+)?(ii|i|[12]|перв|втор)[а-я]*\s*(?:-?[а-я]{1,2}\s+)?полугоди[а-я]*${YEAR_OR_NAME}$`,
);

/** «в I квартале», «IV кв. 2024», «за 2-е полугодие», «во втором полугодии следующего года». */
function partForms(k: string, text: string): Deadline | null {
  let m = QUARTER.exec(k);
  if (m) {
    const q = ORDINAL_QUARTER[m[1]] ?? Number(m[1]);
    return endOf(text, { year: yearOf(m[2]), month: q * 3, day: "last" });
  }
  m = HALF.exec(k);
  if (m) {
    const h = m[1] === "ii" || m[1] === "2" || m[1] === "втор" ? 2 : 1;
    return endOf(text, { year: yearOf(m[2]), month: h * 6, day: "last" });
  }
  return null;
}

function endOf(text: string, at: DayRef): Deadline {
  return { kind: "during", text, at, shift: 0 };
}

/** The year a period names: digits, or a word relative to the roadmap year. */
export function yearOf(word: string | undefined): YearRef {
  return word && /^\d{4}$/.test(word) ? fixedYear(Number(word)) : namedYear(word);
}

function namedYear(word: string | undefined): YearRef {
  return word && /^(?:следующ|очередн)/.test(word) ? { kind: "roadmap", offset: 1 } : { kind: "roadmap" };
}

export function fixedYear(year: number): YearRef {
  return { kind: "fixed", year };
}
