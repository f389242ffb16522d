import { extractDates } from "./deadline-dates";
import type { FoundDate } from "./deadline-dates";
import type { DayRef, Deadline, DeadlineKind, PeriodDueRule, Recurrence, ReportPeriod } from "./deadline-types";
import { monthFromWord, MONTH_WORD, normalizeRuText } from "./russian-dates";

/**
 * The deadline grammar (PRODUCT.md §3). Works on a skeleton where every date is a
 * placeholder «§n», tried from the most specific form to the least; anything not
 * recognised is { kind: "unknown" } — never a guess.
 */
export function parseDeadlineText(text: string): Deadline {
  const raw = typeof text === "string" ? text : "";
  const { skeleton, dates } = extractDates(prepare(raw));
  const inclusive = INCLUSIVE.test(skeleton);
  const k = tidy(skeleton);
  const base = { text: raw };
  if (k === "") return { ...base, kind: "unknown", reason: "empty" };
  if (dates.some((d) => d.impossible)) return { ...base, kind: "unknown", reason: "impossible-date" };
  if (/график/.test(k)) return { ...base, kind: "schedule" };

  if (RECURRING.test(k)) return recurring(k, dates, raw, inclusive);
  if (CONDITIONAL.test(k)) return { ...base, kind: "conditional" };
  return oneOff(k, dates, raw, inclusive) ?? during(k, raw) ?? { ...base, kind: "unknown", reason: "no-pattern" };
}

/**
 * «до 25.08.2024 включительно», «до 15 февраля 2024 года (включительно)»: the named day itself
 * still counts, so «до» loses its day-before shift. Only right after a date, so an
 * explanation such as «(с 1 по 10 класс включительно)» does not change the deadline.
 */
const INCLUSIVE = /§\d+\s*,?\s*\(?\s*включительно/;

function prepare(text: string): string {
  return normalizeRuText(text)
    .replace(/(?<![а-яa-z])х(?=\s*[-+]\s*\d|\s+год)/g, "x")
    .replace(/\s*\(\s*x\s*([-+])\s*(\d+)\s*\)/g, " x $1 $2");
}

/** Drops explanations in brackets without dates, trailing punctuation and «включительно» (read before by INCLUSIVE). */
function tidy(skeleton: string): string {
  return skeleton
    .replace(/\([^()§]*\)/g, " ")
    .replace(/\s*включительно/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, "")
    .trim();
}

const RECURRING =
  /ежекварт|ежемесячн|ежегодн|ежеполугод|раз в (?:квартал|полугоди|год|месяц)|кажд[а-я]* (?:квартал|месяц|год|полугоди)|далее|следующ[а-я]* за отчетн|после (?:окончания|завершения|истечения) (?:отчетного )?(?:квартала|месяца|года|полугодия|периода)|по (?:итогам|окончании) (?:каждого )?(?:квартала|месяца|полугодия)/;

const CONDITIONAL =
  /со дня|с даты|с момента|после (?:получени|заключени|подписани|поступлени|утверждени|вступлени|проведени|доведени|предоставлени)|по мере|при (?:условии|наличии|поступлени)|в случае|рабоч[а-я]* дн|календарн[а-я]* дн|(?:^|\s)\d+ дн(?:я|ей)(?:\s|$)/;

const REL_NOT_LATER = String.raw`(?:в срок\s+)?(?:не позднее|не позже|по|в срок по)`;
const REL_BEFORE = String.raw`(?:в срок\s+)?до`;

interface OneOffForm {
  re: RegExp;
  kind: DeadlineKind;
  shift: number;
}

const ONE_OFF: readonly OneOffForm[] = [
  { re: new RegExp(String.raw`^(?:срок\s*:?\s*)?§0$`), kind: "date", shift: 0 },
  { re: new RegExp(String.raw`^${REL_NOT_LATER}\s+§0$`), kind: "not-later-than", shift: 0 },
  { re: new RegExp(String.raw`^${REL_BEFORE}\s+§0$`), kind: "before", shift: -1 },
  { re: /^к\s+§0$/, kind: "by", shift: 0 },
];

/** Forms with one date: plain, «не позднее», «до», «к»; template years; starts; ranges. */
function oneOff(k: string, dates: FoundDate[], text: string, inclusive = false): Deadline | null {
  if (dates.length === 2 && /^(?:с\s+|в период с\s+)?§0\s*(?:-|по|до)\s*§1$/.test(k)) {
    return withTemplate({ kind: "range", text, at: dates[1].ref, shift: 0 }, dates);
  }
  const years = /^(?:в\s+|в течение\s+|в период\s+)?(\d{4})\s*-\s*(\d{4})\s*(?:гг?\.?|годы|годов|годах|года)?$/.exec(k);
  if (years) return { kind: "range", text, at: { year: fixedYear(Number(years[2])), month: 12, day: 31 }, shift: 0 };
  if (dates.length !== 1) return null;
  if (/^(?:начиная\s+)?с\s+§0$/.test(k)) return { kind: "start", text, startsAt: dates[0].ref };
  for (const form of ONE_OFF) {
    if (!form.re.test(k)) continue;
    // «до … включительно» is «не позднее …».
    const upTo = inclusive && form.kind === "before";
    const kind = upTo ? "not-later-than" : form.kind;
    return withTemplate({ kind, text, at: dates[0].ref, shift: upTo ? 0 : form.shift }, dates);
  }
  return null;
}

/** A date written with X («25 августа X - 1 года») makes the deadline a template. */
function withTemplate(d: Deadline, dates: FoundDate[]): Deadline {
  return dates.some((x) => x.ref.year.kind === "creation") ? { ...d, kind: "template" } : d;
}

const ORDINAL_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, перв: 1, втор: 2, трет: 3, четверт: 4 };
const YEAR_OR_THIS = String.raw`(?:\s+(\d{4}|этого|текущего|отчетного)(?:\s*(?:года|году|год|г\.?))?)?`;
const DURING_LEAD = String.raw`(?:в течение|в|во|до конца|до окончания|на протяжении|по итогам|не позднее конца|к концу)`;

/** «В течение 2024 года», «до конца года», «в марте 2024 года», «в I квартале», «в 1 полугодии». */
function during(k: string, text: string): Deadline | null {
  // A bare year («2024», «2024 год») means the whole year.
  let m = new RegExp(String.raw`^(?:${DURING_LEAD}\s+)?(\d{4})\s*(?:года|году|год|г\.?)?$`).exec(k);
  if (m) return endOf(text, { year: fixedYear(Number(m[1])), month: 12, day: 31 });
  m = new RegExp(
    String.raw`^${DURING_LEAD}\s+(?:этого\s+|текущего\s+|отчетного\s+|календарного\s+)?(?:года|году)$`,
  ).exec(k);
  if (m) return endOf(text, { year: { kind: "roadmap" }, month: 12, day: 31 });
  m = /^(?:в|в течение) (?:этом|текущем|отчетном) году$/.exec(k);
  if (m) return endOf(text, { year: { kind: "roadmap" }, month: 12, day: 31 });

  // «в марте 2024 года», «до конца марта», and a bare «Август 2024 г.»
  m = new RegExp(String.raw`^(?:${DURING_LEAD}\s+)?(${MONTH_WORD})(?![а-я])${YEAR_OR_THIS}$`).exec(k);
  if (m) {
    const month = monthFromWord(m[1]);
    if (month !== null) return endOf(text, { year: yearOf(m[2]), month, day: "last" });
  }
  m = new RegExp(
    String.raw`^(?:${DURING_LEAD}\s+)?(iv|i{1,3}|[1-4]|перв|втор|трет|четверт)[а-я]*\s*(?:-?[а-я]{1,2}\s+)?(?:квартал[а-я]*|кв\.?)${YEAR_OR_THIS}$`,
  ).exec(k);
  if (m) {
    const q = ORDINAL_QUARTER[m[1]] ?? Number(m[1]);
    return endOf(text, { year: yearOf(m[2]), month: q * 3, day: "last" });
  }
  m = new RegExp(
    String.raw`^(?:${DURING_LEAD}\s+)?(ii|i|[12]|перв|втор)[а-я]*\s*(?:-?[а-я]{1,2}\s+)?полугоди[а-я]*${YEAR_OR_THIS}$`,
  ).exec(k);
  if (m) {
    const h = m[1] === "ii" || m[1] === "2" || m[1] === "втор" ? 2 : 1;
    return endOf(text, { year: yearOf(m[2]), month: h * 6, day: "last" });
  }
  return null;
}

function endOf(text: string, at: DayRef): Deadline {
  return { kind: "during", text, at, shift: 0 };
}

function yearOf(word: string | undefined): DayRef["year"] {
  return word && /^\d{4}$/.test(word) ? fixedYear(Number(word)) : { kind: "roadmap" };
}

function fixedYear(year: number): DayRef["year"] {
  return { kind: "fixed", year };
}

const ORDINAL_MONTH: Record<string, number> = { первого: 1, второго: 2, третьего: 3 };

/** Series: «…, далее ежеквартально», reports per period, fixed dates every year. */
function recurring(k: string, dates: FoundDate[], text: string, inclusive: boolean): Deadline {
  const unknown: Deadline = { kind: "unknown", text, reason: "recurrence" };
  const series = (recurrence: Recurrence): Deadline => ({ kind: "recurring", text, recurrence });

  const further = /^(.*?)[,;.]?\s*(?:а\s+)?далее\s+(.*)$/.exec(k);
  if (further) {
    const head = oneOff(tidy(further[1]), dates, text, inclusive) ?? during(tidy(further[1]), text);
    const stepMonths = stepOf(further[2]);
    if (!head?.at || stepMonths === null) return unknown;
    return series({ kind: "step", first: head.at, shift: head.shift ?? 0, stepMonths });
  }

  const shift = /(?:^|[\s,])до\s+(?:\d|§)/.test(k) && !/не позднее/.test(k) && !inclusive ? -1 : 0;
  const period = periodOf(k);

  let m =
    /(\d{1,2})\s*(?:-?го\s*)?(?:рабоч[а-я]*\s+)?дн[а-я]*\s+(?:(первого|второго|третьего)\s+)?месяца,?\s+следующ/.exec(
      k,
    );
  if (m && /рабоч/.test(k) && period) {
    const monthsAfter = m[2] ? ORDINAL_MONTH[m[2]] : 1;
    return series({
      kind: "period",
      period,
      rule: { kind: "working-day-of-month", monthsAfter, n: Number(m[1]), shift },
    });
  }
  m = /(\d{1,2})\s*(?:-?го\s*)?числа\s+(?:(первого|второго|третьего)\s+)?месяца,?\s+следующ/.exec(k);
  if (m && period) {
    const monthsAfter = m[2] ? ORDINAL_MONTH[m[2]] : 1;
    return series({ kind: "period", period, rule: { kind: "day-of-month", monthsAfter, day: Number(m[1]), shift } });
  }
  m =
    /(?:в течение|не позднее|не позже)\s+(\d{1,3})\s+(рабоч[а-я]*\s+|календарн[а-я]*\s+)?дн[а-я]*\s+(?:после|по|с|со)\s+(?:дня\s+)?(?:окончани|завершени|истечени)/.exec(
      k,
    );
  if (m && period) {
    const n = Number(m[1]);
    const rule: PeriodDueRule = m[2]?.startsWith("рабоч")
      ? { kind: "working-days-after", n, shift: 0 }
      : { kind: "days-after", n, shift: 0 };
    return series({ kind: "period", period, rule });
  }
  // «ежегодно в срок до 01 февраля года, следующего за отчетным»
  if (dates.length === 1 && !dates[0].hasYear && /§0\s+года,?\s+следующ[а-я]*\s+за\s+отчетн/.test(k)) {
    const rule: PeriodDueRule = { kind: "day-of-month", monthsAfter: dates[0].ref.month, day: dayOf(dates[0]), shift };
    return series({ kind: "period", period: "year", rule });
  }
  if (dates.length >= 1 && dates.every((d) => !d.hasYear)) return fixedDates(dates, shift, series, unknown);
  return unknown;
}

/** «до 10 января и 10 июля» twice a year is a half-year report due on the 10th of the next month. */
function fixedDates(
  dates: FoundDate[],
  shift: number,
  series: (r: Recurrence) => Deadline,
  unknown: Deadline,
): Deadline {
  const list = dates.map((d) => ({ month: d.ref.month, day: dayOf(d) })).sort((a, b) => a.month - b.month);
  const count = list.length;
  const periodByCount: Record<number, ReportPeriod> = { 2: "half", 4: "quarter", 12: "month" };
  const period = periodByCount[count];
  if (period) {
    const span = 12 / count;
    const even = list.every((d, i) => d.day === list[0].day && d.month === list[0].month + i * span);
    if (even) {
      const monthsAfter = ((list[0].month - 1) % span) + 1;
      return series({ kind: "period", period, rule: { kind: "day-of-month", monthsAfter, day: list[0].day, shift } });
    }
  }
  if (list.some((d) => d.day === 0)) return unknown;
  return series({ kind: "yearly-dates", dates: list, shift });
}

function dayOf(d: FoundDate): number {
  return typeof d.ref.day === "number" ? d.ref.day : 0;
}

function stepOf(tail: string): number | null {
  if (/ежекварт|квартал/.test(tail)) return 3;
  if (/полугод|полгода/.test(tail)) return 6;
  if (/ежемесяч|месяц/.test(tail)) return 1;
  if (/ежегодн|год/.test(tail)) return 12;
  return null;
}

function periodOf(k: string): ReportPeriod | null {
  if (/квартал|ежекварт/.test(k)) return "quarter";
  if (/полугод/.test(k)) return "half";
  if (/ежегодн|года,? следующ[а-я]* за отчетн|отчетн[а-я]* год|по итогам года|окончани[а-я]* года/.test(k))
    return "year";
  if (/ежемесяч|месяц/.test(k)) return "month";
  return null;
}
