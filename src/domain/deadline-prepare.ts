import { normalizeRuText } from "./russian-dates";

/**
 * Brings a «Срок» text to the canonical spelling the deadline grammar is written for:
 * normalised Russian (lower case, ё→е, one kind of dash and space), the template year as «x»,
 * number words as digits («пяти рабочих дней» → «5 рабочих дней»), ordinal endings dropped
 * («10-го», «2-е», «2024-го», «20-ти»), «г.г.» as «гг.», a label in front («Срок исполнения:»)
 * and brackets around the whole text removed. Every pattern here is plain ES2017 (no lookbehind):
 * where one is needed a leading group is captured and put back.
 */
export function prepareDeadlineText(text: string): string {
  let s = normalizeRuText(text)
    .replace(/(^|[^а-яa-z])х(?=\s*[-+]\s*\d|\s+год)/g, "$1x")
    .replace(/\s*\(\s*x\s*([-+])\s*(\d+)\s*\)/g, " x $1 $2")
    .replace(/г\.\s*г\./g, "гг.")
    .replace(NUMBER_WORD_RE, (_m, lead: string, word: string) => `${lead}${NUMBER_WORDS[word]}`)
    // «10-го», «2-е», «20-ти», «3-х», «2024-го» and the same after the digit/letter split («5 го»).
    .replace(/(\d)(?:-|\s)(?:го|ого|ое|ой|ый|ий|ти|ми|х|е|м|й)(?![а-я])/g, "$1");
  s = s.replace(LABEL_RE, "").trim();
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed && !/[()]/.test(bracketed[1])) s = bracketed[1].trim();
  return s;
}

/** «Срок -», «Срок исполнения:», «Сроки реализации –» in front of the deadline itself. */
const LABEL_RE =
  /^срок(?:и)?(?:\s+(?:исполнения|выполнения|реализации|представления|предоставления|проведения))?\s*[-:]\s*|^срок(?:и)?\s+(?:исполнения|выполнения|реализации)\s+(?=[а-я\d])/;

/** Number words as the acts write counts of days, months and times («в течение пяти рабочих дней», «два раза в год»). */
const NUMBER_WORDS: Record<string, string> = {
  два: "2",
  двух: "2",
  три: "3",
  трех: "3",
  четырех: "4",
  пяти: "5",
  шести: "6",
  семи: "7",
  восьми: "8",
  девяти: "9",
  десяти: "10",
  двенадцати: "12",
  четырнадцати: "14",
  пятнадцати: "15",
  двадцати: "20",
  тридцати: "30",
};

const NUMBER_WORD_RE = new RegExp(
  String.raw`(^|[^а-я])(${Object.keys(NUMBER_WORDS).join("|")})(?=\s+(?:рабоч|календарн|дн|месяц|недел|раз(?![а-я])|раза))`,
  "g",
);
