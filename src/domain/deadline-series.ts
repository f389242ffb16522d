import type { FoundDate } from "./deadline-dates";
import type { Deadline, PeriodDueRule, Recurrence, ReportPeriod } from "./deadline-types";
import { monthFromWord, MONTH_WORD } from "./russian-dates";

/**
 * Series (PRODUCT.md §3 «recurring»): reports per period («ежеквартально, не позднее 15 числа
 * месяца, следующего за отчетным кварталом», «ежемесячно до 5 числа»), fixed dates every year
 * («ежегодно до 1 марта», «два раза в год: до 15 июля и до 15 января»), weekdays («каждый
 * понедельник»). `head` reads the part before «далее» of a step series. Unknown when the
 * period or the due day cannot be told.
 */
export function seriesDeadline(
  k: string,
  dates: FoundDate[],
  text: string,
  inclusive: boolean,
  head: (k: string) => Deadline | null,
  untidied: string,
): Deadline {
  const unknown: Deadline = { kind: "unknown", text, reason: "recurrence" };
  const series = (recurrence: Recurrence): Deadline => ({ kind: "recurring", text, recurrence });

  const further = /^(.*?)[,;.]?\s*(?:а\s+)?далее\s+(.*)$/.exec(k);
  if (further) {
    const first = head(further[1]);
    const stepMonths = stepOf(further[2]);
    if (!first?.at || stepMonths === null) return unknown;
    return series({ kind: "step", first: first.at, shift: first.shift ?? 0, stepMonths });
  }

  const weekday = WEEKDAY.exec(k);
  if (weekday && dates.length === 0) {
    const day = WEEKDAYS.findIndex((w) => weekday[1].startsWith(w)) + 1;
    return day > 0 ? series({ kind: "weekly", weekday: day }) : unknown;
  }

  const shift = /(?:^|[\s,])до\s+(?:\d|§)/.test(k) && !/не позднее|не позже/.test(k) && !inclusive ? -1 : 0;
  const period = periodOf(k);
  const rule = period ? periodRule(k, period, shift) : null;
  if (period && rule) return series({ kind: "period", period, rule });

  // «ежегодно в срок до 01 февраля года, следующего за отчетным»
  if (dates.length === 1 && !dates[0].hasYear && /§0\s+года,?\s+следующ[а-я]*\s+за\s+отчетн/.test(k)) {
    const r: PeriodDueRule = { kind: "day-of-month", monthsAfter: dates[0].ref.month, day: dayOf(dates[0]), shift };
    return series({ kind: "period", period: "year", rule: r });
  }
  if (dates.length >= 1 && dates.every((d) => !d.hasYear)) return fixedDates(dates, shift, series, unknown);
  // «два раза в год (январь, июль)»: by the end of each named month.
  if (dates.length === 0 && /раза? в (?:год|полугоди)/.test(k)) return namedMonths(untidied, k, series, unknown);
  return unknown;
}

const ORDINAL_MONTH: Record<string, number> = { первого: 1, второго: 2, третьего: 3 };

/** The due day of each period's report, or null when the text names none this grammar knows. */
function periodRule(k: string, period: ReportPeriod, shift: number): PeriodDueRule | null {
  let m = /(\d{1,2})\s*(?:рабоч[а-я]*\s+)?дн[а-я]*\s+(?:(первого|второго|третьего)\s+)?месяца,?\s+следующ/.exec(k);
  if (m && /рабоч/.test(k)) {
    return { kind: "working-day-of-month", monthsAfter: m[2] ? ORDINAL_MONTH[m[2]] : 1, n: Number(m[1]), shift };
  }
  // «в течение первых 5 рабочих дней года, следующего за отчетным»
  m = /первых\s+(\d{1,2})\s+рабоч[а-я]*\s+дн[а-я]*\s+(?:года|месяца|квартала),?\s+следующ/.exec(k);
  if (m) return { kind: "working-day-of-month", monthsAfter: 1, n: Number(m[1]), shift: 0 };
  m = /(\d{1,2})\s*числа\s+(?:кажд[а-я]*\s+)?(?:(первого|второго|третьего)\s+)?месяца,?\s+следующ/.exec(k);
  if (m) return { kind: "day-of-month", monthsAfter: m[2] ? ORDINAL_MONTH[m[2]] : 1, day: Number(m[1]), shift };
  // «ежеквартально, не позднее 25-го числа последнего месяца» (of the quarter itself)
  m = /(\d{1,2})\s*числа\s+последнего\s+месяца$/.exec(k);
  if (m && period !== "month") return { kind: "day-of-month", monthsAfter: 0, day: Number(m[1]), shift };
  m =
    /(?:в течение|не позднее|не позже)\s+(\d{1,3})\s+(рабоч[а-я]*\s+|календарн[а-я]*\s+)?дн[а-я]*\s+(?:после|по|с|со)\s+(?:дня\s+)?(?:окончани|завершени|истечени)/.exec(
      k,
    );
  if (m) {
    const n = Number(m[1]);
    return m[2]?.startsWith("рабоч")
      ? { kind: "working-days-after", n, shift: 0 }
      : { kind: "days-after", n, shift: 0 };
  }
  // «ежемесячно до 5 числа», «ежеквартально до 10» (the day of the month after the period)
  m = /^(?:ежемесячно|ежеквартально)\s*,?\s*(?:в срок\s+)?(?:до|не позднее|не позже)\s+(\d{1,2})(?:\s+числа)?$/.exec(k);
  if (m && (period === "month" || period === "quarter")) {
    return { kind: "day-of-month", monthsAfter: 1, day: Number(m[1]), shift };
  }
  return null;
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

/** Months named without a day («в январе и июле», «(январь, июль)»): due on each one's last day; the count must agree. */
function namedMonths(untidied: string, k: string, series: (r: Recurrence) => Deadline, unknown: Deadline): Deadline {
  const months: number[] = [];
  const re = new RegExp(String.raw`(?:^|[^а-я])(${MONTH_WORD})(?![а-я])`, "g");
  for (let m = re.exec(untidied); m; m = re.exec(untidied)) {
    const mo = monthFromWord(m[1]);
    if (mo !== null && !months.includes(mo)) months.push(mo);
  }
  const times = /(\d+)\s+раза? в год/.exec(k);
  const expected = times ? Number(times[1]) : /раз в полугоди/.test(k) ? 2 : 1;
  if (months.length < 2 || months.length !== expected) return unknown;
  months.sort((a, b) => a - b);
  return series({ kind: "yearly-dates", dates: months.map((month) => ({ month, day: "last" as const })), shift: 0 });
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

/**
 * The reporting period a series is about. «месяца, следующего за отчетным периодом» alone does
 * not tell which period (the month only names where the due day lies), so a month needs its own word.
 */
export function periodOf(k: string): ReportPeriod | null {
  if (/квартал|ежекварт/.test(k)) return "quarter";
  if (/полугод/.test(k)) return "half";
  if (
    /ежегодн|раза? в год|года,? следующ[а-я]* за отчетн|отчетн[а-я]* (?:финансов[а-я]* )?год|по итогам года|окончани[а-я]* года/.test(
      k,
    )
  )
    return "year";
  if (/ежемесяч|отчетн[а-я]* месяц|кажд[а-я]* месяц|месяц[а-я]* после/.test(k)) return "month";
  return null;
}

const WEEKDAYS = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"];
const WEEKDAY =
  /^(?:еженедельно\s*,?\s*)?(?:кажд[а-я]*|по)\s+(понедельник|вторник|сред|четверг|пятниц|суббот|воскресен)[а-я]*$/;
