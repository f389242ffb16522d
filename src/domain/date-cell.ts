import { isDateFormat, isoToSerial, serialToIso } from "./excel-serial";
import { formatRu } from "./iso-date";
import { normalizeRuText, parseDateText } from "./russian-dates";

/**
 * What a «Дата исполнения» cell says. Decisions (PRODUCT.md §2):
 * - «-», «—», «нет», «не выполнено», FALSE count as empty: the user says "not done yet",
 *   which is exactly what a blank cell means, so no data error is raised.
 * - «да», «+», «выполнено», «исполнено», «✓», «v», TRUE are a mark: done, date unknown.
 * - Several dates in one cell (recurring reports) are split on «;», «,», new lines and «и»;
 *   a mark word next to dates («выполнено 15.02.2024») is ignored in favour of the dates.
 * - If any part is not a date the whole cell is invalid: silently dropping a part could
 *   hide a typo in a report date.
 * - Text dates obey the same 1950–2100 bounds as serials; outside them the cell is
 *   invalid («impossible»).
 */
export type DateCell =
  | { kind: "empty" }
  | { kind: "dates"; dates: string[] }
  | { kind: "mark"; text: string }
  | { kind: "invalid"; text: string; reason: "impossible" | "unparsed" | "not-a-date-number" };

/** Done dates may plausibly lie in 1950-01-01 … 2100-12-31, typed as a serial or as text. */
export const MIN_DATE_ISO = "1950-01-01";
export const MAX_DATE_ISO = "2100-12-31";
export const MIN_DATE_SERIAL = isoToSerial(MIN_DATE_ISO);
export const MAX_DATE_SERIAL = isoToSerial(MAX_DATE_ISO);

const MARK_WORDS = new Set([
  "да",
  "+",
  "✓",
  "✔",
  "☑",
  "v",
  "выполнено",
  "выполнен",
  "выполнена",
  "исполнено",
  "исполнен",
  "исполнена",
  "сделано",
  "готово",
  "true",
  "истина",
]);

const EMPTY_WORDS = new Set([
  "-",
  "--",
  "нет",
  "не выполнено",
  "не выполнен",
  "не выполнена",
  "не исполнено",
  "не исполнен",
  "не исполнена",
  "false",
  "ложь",
]);

const SEPARATORS = /\s*[;,\n\r]\s*|\s+и\s+/;
/** «выполнено 15.02.2024»: a mark word written before a date. */
const MARK_PREFIX = /^(?:да|выполнено|выполнен|выполнена|исполнено|исполнен|исполнена|сделано)\s+(?=\d)/;

/**
 * Cells read are shared where they can be: a registry repeats a few hundred dates over tens
 * of thousands of cells, and nothing changes a DateCell once it is read.
 */
const EMPTY: DateCell = Object.freeze({ kind: "empty" });
const BY_SERIAL = new Map<number, DateCell>();

export function readDateCell(value: string | number | boolean | null, numFmt: string): DateCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "boolean") return value ? { kind: "mark", text: "TRUE" } : EMPTY;
  if (typeof value === "number") return readNumber(value, numFmt);
  if (typeof value !== "string") return EMPTY;
  return readText(value);
}

function readNumber(n: number, numFmt: string): DateCell {
  if (Number.isFinite(n) && n >= MIN_DATE_SERIAL && n < MAX_DATE_SERIAL + 1) {
    let cell = BY_SERIAL.get(n);
    if (cell === undefined) {
      if (BY_SERIAL.size >= 20_000) BY_SERIAL.clear();
      cell = Object.freeze({ kind: "dates", dates: Object.freeze([serialToIso(n) as string]) as string[] });
      BY_SERIAL.set(n, cell);
    }
    return cell;
  }
  // Show the number the way the user sees it: a date-formatted 1 is «01.01.1900».
  const iso = isDateFormat(numFmt) ? serialToIso(n) : null;
  return { kind: "invalid", text: iso ? formatRu(iso) : String(n), reason: "not-a-date-number" };
}

function readText(raw: string): DateCell {
  const text = raw.trim();
  const whole = normalizeRuText(text).replace(/[.!]+$/, "");
  if (whole === "" || EMPTY_WORDS.has(whole)) return { kind: "empty" };
  if (MARK_WORDS.has(whole)) return { kind: "mark", text };

  const dates = new Set<string>();
  let marked = false;
  let impossible = false;
  let unparsed = false;
  for (const part of text.split(/\r?\n/).flatMap((line) => line.split(SEPARATORS))) {
    let p = normalizeRuText(part).replace(/[.!]+$/, "");
    if (MARK_PREFIX.test(p)) {
      p = p.replace(MARK_PREFIX, "");
      marked = true;
    }
    if (p === "") continue;
    if (MARK_WORDS.has(p)) {
      marked = true;
      continue;
    }
    const r = parseDateText(p);
    // Same bounds as serials: «15.02.1924» is a typo for 2024, not a done date.
    if (r.kind === "date" && (r.iso < MIN_DATE_ISO || r.iso > MAX_DATE_ISO)) impossible = true;
    else if (r.kind === "date") dates.add(r.iso);
    else if (r.reason === "impossible") impossible = true;
    else unparsed = true;
  }
  if (impossible) return { kind: "invalid", text, reason: "impossible" };
  if (unparsed) return { kind: "invalid", text, reason: "unparsed" };
  if (dates.size > 0) return { kind: "dates", dates: [...dates].sort() };
  return marked ? { kind: "mark", text } : { kind: "empty" };
}

/** The latest date of a cell, or null (the done date F of a one-off deadline). */
export function latestDate(cell: DateCell): string | null {
  return cell.kind === "dates" && cell.dates.length > 0 ? cell.dates[cell.dates.length - 1] : null;
}
