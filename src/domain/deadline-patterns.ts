import { extractDates } from "./deadline-dates";
import type { FoundDate } from "./deadline-dates";
import { fixedYear, periodDeadline } from "./deadline-periods";
import { prepareDeadlineText } from "./deadline-prepare";
import { seriesDeadline } from "./deadline-series";
import type { Deadline, DeadlineKind } from "./deadline-types";

/**
 * The deadline grammar (PRODUCT.md §3). The text is brought to a canonical spelling
 * (deadline-prepare), every date becomes a placeholder «§n» (deadline-dates), and the short
 * skeleton left («не позднее §0, далее ежеквартально») is matched against the forms from the
 * most specific to the least. Anything not fully accounted for is { kind: "unknown" } — never a guess.
 */
export function parseDeadlineText(text: string): Deadline {
  const raw = typeof text === "string" ? text : "";
  const { skeleton, dates } = extractDates(prepareDeadlineText(raw));
  const inclusive = INCLUSIVE.test(skeleton);
  let k = tidy(skeleton);
  const base = { text: raw };
  if (k === "") return { ...base, kind: "unknown", reason: "empty" };
  if (dates.some((d) => d.impossible)) return { ...base, kind: "unknown", reason: "impossible-date" };
  if (/график/.test(k)) return { ...base, kind: "schedule" };
  if (EVENT.test(k)) return { ...base, kind: "conditional" };

  // «один раз, не позднее 25 числа месяца, следующего за отчетным годом»: a period rule used once.
  const once = /^один раз\s*,\s*/.exec(k);
  if (once) k = k.slice(once[0].length);
  const head = (s: string): Deadline | null => {
    const t = tidy(s);
    return oneOff(t, dates, raw, inclusive) ?? periodDeadline(t, raw);
  };
  if (once || RECURRING.test(k)) {
    const d = seriesDeadline(k, dates, raw, inclusive, head, skeleton);
    // Without a word of repetition, «… года, следующего за отчетным» is one date in the year after the roadmap's.
    const single = once || (d.recurrence?.kind === "period" && d.recurrence.period === "year" && !REPEATS.test(k));
    return single && d.kind === "recurring" ? { ...d, kind: oneOffKind(k, d) } : d;
  }
  if (UNTIL_PERIOD_END.test(k)) return { ...base, kind: "unknown", reason: "no-pattern" };
  if (CONDITIONAL.test(k)) return { ...base, kind: "conditional" };
  return (
    oneOff(k, dates, raw, inclusive) ?? periodDeadline(k, raw) ?? { ...base, kind: "unknown", reason: "no-pattern" }
  );
}

/** The kind of a series used once: «до» is before, «не позднее»/«в течение» not later than, a bare date a date. */
function oneOffKind(k: string, d: Deadline): DeadlineKind {
  const r = d.recurrence;
  const shift = r?.kind === "period" ? r.rule.shift : 0;
  if (shift < 0) return "before";
  return /^§0/.test(k) ? "date" : "not-later-than";
}

/**
 * «до 25.08.2024 включительно», «до 15 февраля 2024 года (включительно)»: the named day itself
 * still counts, so «до» loses its day-before shift. Only right after a date, so an
 * explanation such as «(с 1 по 10 класс включительно)» does not change the deadline.
 */
const INCLUSIVE = /§\d+\s*,?\s*\(?\s*включительно/;

/**
 * Drops explanations in brackets without dates, trailing punctuation and «включительно» (read
 * before by INCLUSIVE); spells «идущего за», «после отчетного» as «следующего за отчетным».
 */
function tidy(skeleton: string): string {
  return skeleton
    .replace(/\([^()§]*\)/g, " ")
    .replace(/\s*включительно/g, "")
    .replace(/идущ([а-я]*) за/g, "следующ$1 за")
    .replace(/месяца после отчетного(?![а-я])/g, "месяца, следующего за отчетным")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, "")
    .trim();
}

/** Words that make a «года, следующего за отчетным» rule repeat. */
const REPEATS = /ежегодн|ежекварт|ежемесяч|ежеполугод|еженедел|раза? в |кажд|далее/;

const RECURRING =
  /ежекварт|ежемесячн|ежегодн|ежеполугод|еженедел|раза? в (?:квартал|полугоди|год|месяц)|кажд[а-я]* (?:квартал|месяц|год|полугоди|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен)|далее|следующ[а-я]* за отчетн|после (?:окончания|завершения|истечения) (?:отчетного )?(?:квартала|месяца|года|полугодия|периода)|(?:со дня|с) окончани[а-я]* (?:соответствующего )?(?:отчетного )?(?:квартала|месяца|года|полугодия|периода)|по (?:итогам|окончании) (?:каждого )?(?:квартала|месяца|полугодия)/;

/**
 * Deadlines counted from an event (a subsidy received, an agreement signed, a fact): no date
 * until the event's date is known. Checked before the series, since «ежегодно до 01 марта года,
 * следующего за годом получения субсидии» names a period but depends on the subsidy.
 */
const EVENT =
  /со дня(?! окончани)|с даты|с момента|после (?:получени|заключени|подписани|поступлени|утверждени|вступлени|проведени|доведени|предоставлени|издани|принятия)|по факту|по мере|при (?:условии|наличии|поступлени)|в случае|через \d+ (?:дн|недел|месяц|рабоч|календарн)|(?:предоставлени|получени)[а-я]* субсиди/;

/** Days counted from something the text leaves implicit («в течение трех календарных дней»). */
const CONDITIONAL = /рабоч[а-я]* дн|календарн[а-я]* дн|(?:^|\s)\d+ дн(?:я|ей)(?:\s|$)/;

/** «не позднее чем за 20 дней до истечения текущего квартала»: counted back from a period's end, not a form we read. */
const UNTIL_PERIOD_END = /за \d+ (?:дн|недел|месяц)[а-я]* до (?:истечени|окончани)/;

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
    if (!inOrder(dates[0], dates[1])) return null;
    return withTemplate({ kind: "range", text, at: dates[1].ref, shift: 0 }, dates);
  }
  const years =
    /^(?:в\s+|в течение\s+|в период\s+|на\s+|на период\s+|с\s+)?(\d{4})\s*(?:гг?\.?|года?)?\s*(?:-|по)\s*(\d{4})\s*(?:гг?\.?|годы|годов|годах|года|год)?$/.exec(
      k,
    );
  if (years && Number(years[2]) > Number(years[1])) {
    return { kind: "range", text, at: { year: fixedYear(Number(years[2])), month: 12, day: 31 }, shift: 0 };
  }
  if (dates.length !== 1) return null;
  // «с 23 по 30 июня 2024 г.», «24–25 мая», «01.06 - 31.08.2024»: a range whose start shares the end's month or year.
  const days = /^(?:с\s+)?(\d{1,2})(?:\.(\d{1,2}))?\s*(?:-|по)\s*§0$/.exec(k);
  if (days) {
    const end = dates[0].ref;
    const startMonth = days[2] ? Number(days[2]) : end.month;
    const endDay = typeof end.day === "number" ? end.day : 31;
    const ordered = startMonth < end.month || (startMonth === end.month && Number(days[1]) < endDay);
    if (!ordered || startMonth < 1 || startMonth > 12) return null;
    return withTemplate({ kind: "range", text, at: end, shift: 0 }, dates);
  }
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

/**
 * A range's end must not come before its start. When both are in the same implied year, an end
 * earlier in the calendar («с 30 декабря по 12 января») means the next year — which the text
 * does not say, so the range is not read.
 */
function inOrder(from: FoundDate, to: FoundDate): boolean {
  const a = from.ref;
  const b = to.ref;
  if (a.year.kind === "fixed" && b.year.kind === "fixed" && a.year.year !== b.year.year)
    return a.year.year < b.year.year;
  if (a.year.kind !== "fixed" && b.year.kind === "fixed") return true;
  const day = (d: number | "last") => (d === "last" ? 31 : d);
  return a.month < b.month || (a.month === b.month && day(a.day) <= day(b.day));
}

/** A date written with X («25 августа X - 1 года») makes the deadline a template. */
function withTemplate(d: Deadline, dates: FoundDate[]): Deadline {
  return dates.some((x) => x.ref.year.kind === "creation") ? { ...d, kind: "template" } : d;
}
