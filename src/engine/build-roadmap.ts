import { readDateCell, type DateCell } from "../domain/date-cell";
import { deadlineFromDate, deadlineOccurrences, parseDeadline, unresolvedReason } from "../domain/deadline";
import type { DeadlineContext } from "../domain/deadline";
import { BUILTIN_ROADMAP, builtinItem, normalizeItemNumber } from "../domain/roadmap";
import { cellFormat, cellValue, isBlank, type SheetSnapshot, type WorkbookSnapshot } from "../domain/snapshot";
import { cellText, isTotalsText, normalizeText } from "../domain/text";
import type { SheetLayout } from "../detect/layout-types";
import type { RoadmapEntry, UnresolvedReason } from "./context";
import { isDataRow } from "./data-rows";

const NOT_JUDGED = { status: "no-deadline" as const, due: null };

/** The year a roadmap is about: the most frequent 20xx year in its deadlines and title. */
export function detectRoadmapYear(
  snapshot: WorkbookSnapshot,
  layout: SheetLayout | undefined,
  fallback: number,
): number {
  if (!layout) return BUILTIN_ROADMAP.year;
  const sheet = snapshot.sheets.find((s) => s.name === layout.sheet);
  if (!sheet) return fallback;
  const counts = new Map<number, number>();
  const col = layout.columns.deadline;
  const bump = (text: string, weight: number) => {
    for (const m of text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g))
      counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + weight);
  };
  for (let r = 0; r < layout.headerRow; r++) for (const v of sheet.rows[r] ?? []) bump(cellText(v), 3);
  if (col !== undefined) {
    for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) bump(cellText(cellValue(sheet, r, col)), 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [year, n] of counts) if (n > bestCount || (n === bestCount && year < best)) [best, bestCount] = [year, n];
  return best;
}

/**
 * An explicit «Срок (дата)» cell: a real date, a serial or a date typed as text. Anything
 * else there is kept as an invalid cell so date-invalid reports it instead of ignoring it.
 */
function explicitDueDate(sheet: SheetSnapshot, row: number, col: number | undefined): DateCell | null {
  if (col === undefined) return null;
  const cell = readDateCell(cellValue(sheet, row, col), cellFormat(sheet, row, col));
  if (cell.kind === "empty") return null;
  if (cell.kind === "mark") return { kind: "invalid", text: cell.text, reason: "unparsed" };
  return cell;
}

function perSchoolOf(number: string, levelText: string, stepNumbers: ReadonlySet<string>): boolean {
  const level = normalizeText(levelText);
  if (level) return /(^|\s)(оо|школ|образовательн)/.test(level) && !/регион/.test(level);
  const builtin = builtinItem(number);
  if (builtin) return builtin.perSchool;
  return stepNumbers.has(number);
}

export function resolveDeadline(
  entry: Pick<RoadmapEntry, "deadline">,
  ctx: DeadlineContext,
  until: string,
): { occurrences: string[]; unresolved: UnresolvedReason | null } {
  const unresolved = unresolvedReason(entry.deadline, ctx);
  return { occurrences: unresolved ? [] : deadlineOccurrences(entry.deadline, ctx, until), unresolved };
}

/**
 * Reads the roadmap sheet into entries. Rows without a title or number, «Итого» rows
 * and notes are skipped; a missing «Срок» falls back to the built-in roadmap's text.
 */
export function buildRoadmap(
  snapshot: WorkbookSnapshot,
  layout: SheetLayout | undefined,
  ctx: DeadlineContext,
  until: string,
  stepNumbers: ReadonlySet<string>,
): RoadmapEntry[] {
  const sheet = layout ? snapshot.sheets.find((s) => s.name === layout.sheet) : undefined;
  if (!layout || !sheet) {
    return BUILTIN_ROADMAP.items.map((item) => {
      const deadline = parseDeadline(item.deadline, ctx);
      const entry: RoadmapEntry = {
        number: item.number,
        title: item.title,
        perSchool: item.perSchool,
        deadlineText: item.deadline,
        deadline,
        documentText: "",
        judged: NOT_JUDGED,
        occurrences: [],
        unresolved: null,
        rolledUp: false,
      };
      Object.assign(entry, resolveDeadline(entry, ctx, until));
      return entry;
    });
  }
  const c = layout.columns;
  const out: RoadmapEntry[] = [];
  const seen = new Set<string>();
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (!isDataRow(sheet, r, layout)) continue;
    const title = c.title !== undefined ? cellText(cellValue(sheet, r, c.title)) : "";
    let number =
      c.number !== undefined ? normalizeItemNumber(cellValue(sheet, r, c.number) as string | number | null) : "";
    if (!number) {
      // Some roadmaps put «1.» at the start of the title instead of a № column.
      const m = /^(\d{1,2})[.)]\s/.exec(title);
      if (m) number = m[1];
    }
    if (!title && !number) continue;
    if (isTotalsText(title)) continue;
    if (!number) number = String(out.length + 1);
    if (seen.has(number)) continue;
    seen.add(number);

    const rawDeadline = c.deadline !== undefined ? cellText(cellValue(sheet, r, c.deadline)) : "";
    const deadlineText = rawDeadline || builtinItem(number)?.deadline || "";
    const explicit = explicitDueDate(sheet, r, c.deadlineDate);
    const due = explicit?.kind === "dates" ? explicit.dates[0] : null;
    const deadline = due ? deadlineFromDate(due, deadlineText) : parseDeadline(deadlineText, ctx);
    const level = c.level !== undefined ? cellText(cellValue(sheet, r, c.level)) : "";
    const perSchool = perSchoolOf(number, level, stepNumbers);
    const entry: RoadmapEntry = {
      number,
      title: title || builtinItem(number)?.title || "",
      perSchool,
      sheet: sheet.name,
      row: r,
      deadlineText,
      deadline,
      deadlineCell: c.deadline !== undefined ? { row: r, col: c.deadline } : undefined,
      documentText: c.document !== undefined ? cellText(cellValue(sheet, r, c.document)) : "",
      documentCell: c.document !== undefined ? { row: r, col: c.document } : undefined,
      judged: NOT_JUDGED,
      occurrences: [],
      unresolved: null,
      rolledUp: false,
    };
    if (explicit?.kind === "invalid" && c.deadlineDate !== undefined) {
      entry.deadlineDate = { row: r, col: c.deadlineDate, cell: explicit };
    }
    if (c.doneDate !== undefined) {
      const raw = cellValue(sheet, r, c.doneDate);
      entry.done = { row: r, col: c.doneDate, raw, cell: readDateCell(raw, cellFormat(sheet, r, c.doneDate)) };
    }
    Object.assign(entry, resolveDeadline(entry, ctx, until));
    out.push(entry);
  }
  return out;
}

export function isBlankCell(sheet: SheetSnapshot, r: number, c: number): boolean {
  return isBlank(cellValue(sheet, r, c));
}
