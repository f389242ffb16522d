import { readDateCell, type DateCell } from "../domain/date-cell";
import { deadlineFromDate, parseDeadline, resolveDeadline, unresolvedReason } from "../domain/deadline";
import type { DeadlineContext } from "../domain/deadline";
import { BUILTIN_ROADMAP, builtinItem, normalizeItemNumber } from "../domain/roadmap";
import { formatRu } from "../domain/iso-date";
import { cellFormat, cellValue, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../domain/snapshot";
import { cellText, isTotalsText, normalizeText } from "../domain/text";
import { headerScore } from "../detect/header-match";
import type { SheetLayout } from "../detect/layout-types";
import { COLUMN_SPECS } from "../detect/synonyms";
import type { RoadmapEntry, UnresolvedReason } from "./context";
import { isDataRow, textAt } from "./data-rows";

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
    // (?:^|\D) rather than a lookbehind, which EdgeHTML and Safari before 16.4 reject.
    for (const m of text.matchAll(/(?:^|\D)(20\d{2})(?!\d)/g))
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

function perSchoolOf(number: string, levelText: string, stepNumbers: ReadonlySet<string>, real: boolean): boolean {
  const level = normalizeText(levelText);
  if (level) return /(^|\s)(оо|школ|образовательн)/.test(level) && !/регион/.test(level);
  if (!real) return false;
  const builtin = builtinItem(number);
  if (builtin) return builtin.perSchool;
  return stepNumbers.has(number);
}

/** A header printed again on every page of a long order: two or more cells read as their headers. */
function isHeaderRepeat(sheet: SheetSnapshot, row: number, layout: SheetLayout): boolean {
  let hits = 0;
  for (const spec of COLUMN_SPECS.roadmap) {
    const col = layout.columns[spec.key];
    if (col === undefined) continue;
    const v = cellValue(sheet, row, col);
    if (typeof v !== "string" || !v.trim()) continue;
    if (spec.synonyms.some((syn) => headerScore(v, syn) >= 2)) hits++;
    if (hits >= 2) return true;
  }
  return false;
}

/**
 * Due dates of an item. `approximate` is set when working days fall outside the production
 * calendar shipped as data (weekends only are known there): messages say so.
 */
export function resolveEntryDeadline(
  entry: Pick<RoadmapEntry, "deadline">,
  ctx: DeadlineContext,
  until: string,
): { occurrences: string[]; unresolved: UnresolvedReason | null; approximate: boolean } {
  const unresolved = unresolvedReason(entry.deadline, ctx);
  if (unresolved) return { occurrences: [], unresolved, approximate: false };
  const { dates, approximate } = resolveDeadline(entry.deadline, ctx, until);
  return { occurrences: dates, unresolved, approximate };
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
        approximate: false,
        rolledUp: false,
      };
      Object.assign(entry, resolveEntryDeadline(entry, ctx, until));
      return entry;
    });
  }
  const c = layout.columns;
  const out: RoadmapEntry[] = [];
  const seen = new Set<string>();
  const synthetic = c.number === undefined;
  const text = (r: number, col: number | undefined) => textAt(sheet, r, col);
  const parseLater: { entry: RoadmapEntry; explicit: DateCell | null; deadlineValue: CellValue; fmt: string }[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (!isDataRow(sheet, r, layout) || isHeaderRepeat(sheet, r, layout)) continue;
    const title = text(r, c.title);
    let number = synthetic ? "" : normalizeItemNumber(cellValue(sheet, r, c.number) as string | number | null);
    if (!number) {
      // Some roadmaps put «1.» at the start of the title instead of a № column.
      const m = /^(\d{1,2})[.)]\s/.exec(title);
      if (m) number = m[1];
    }
    if (isTotalsText(title)) continue;
    if (!number && !synthetic) {
      // A row without a number is a continuation of the item above (a printed order broken
      // over pages: the rest of the title, «25 августа 2024 года» under «не позднее»), or a
      // section heading (title only). It is never an item of its own.
      const last = out[out.length - 1];
      const filled = [c.title, c.responsible, c.result, c.deadline].filter((col) => text(r, col)).length;
      if (last && last.row !== undefined && (filled >= 2 || text(r, c.deadline))) {
        if (title) last.title = `${last.title} ${title}`.trim();
        const more = text(r, c.deadline);
        if (more) last.deadlineText = `${last.deadlineText} ${more}`.trim();
      }
      continue;
    }
    if (!title && !number) continue;
    // Without a № column items are numbered in order; such numbers take nothing from the built-in roadmap.
    if (!number) number = String(out.length + 1);
    if (seen.has(number)) continue;
    seen.add(number);
    const builtin = synthetic ? undefined : builtinItem(number);

    const deadlineValue = c.deadline !== undefined ? cellValue(sheet, r, c.deadline) : null;
    const deadlineText = text(r, c.deadline) || builtin?.deadline || "";
    const explicit = explicitDueDate(sheet, r, c.deadlineDate);
    const level = text(r, c.level);
    const entry: RoadmapEntry = {
      number,
      title: title || builtin?.title || "",
      perSchool: perSchoolOf(number, level, stepNumbers, !synthetic),
      sheet: sheet.name,
      row: r,
      deadlineText,
      deadline: parseDeadline("", ctx),
      deadlineCell: c.deadline !== undefined ? { row: r, col: c.deadline } : undefined,
      documentText: text(r, c.document),
      documentCell: c.document !== undefined ? { row: r, col: c.document } : undefined,
      judged: NOT_JUDGED,
      occurrences: [],
      unresolved: null,
      approximate: false,
      rolledUp: false,
    };
    if (explicit?.kind === "invalid" && c.deadlineDate !== undefined) {
      entry.deadlineDate = { row: r, col: c.deadlineDate, cell: explicit };
    }
    if (c.doneDate !== undefined) {
      const raw = cellValue(sheet, r, c.doneDate);
      entry.done = { row: r, col: c.doneDate, raw, cell: readDateCell(raw, cellFormat(sheet, r, c.doneDate)) };
    }
    out.push(entry);
    parseLater.push({
      entry,
      explicit,
      deadlineValue,
      fmt: c.deadline !== undefined ? cellFormat(sheet, r, c.deadline) : "",
    });
  }
  // Deadlines are parsed once continuation rows have completed their text.
  for (const { entry, explicit, deadlineValue, fmt } of parseLater) {
    const typedDate = typeof deadlineValue === "number" ? readDateCell(deadlineValue, fmt) : null;
    const explicitDates = explicit?.kind === "dates" ? explicit.dates : [];
    if (explicitDates.length > 0) entry.deadline = deadlineFromDate(explicitDates[0], entry.deadlineText);
    else if (typedDate?.kind === "dates") {
      // «Срок» typed as a real Excel date.
      entry.deadlineText = formatRu(typedDate.dates[0]);
      entry.deadline = deadlineFromDate(typedDate.dates[0], entry.deadlineText);
    } else entry.deadline = parseDeadline(entry.deadlineText, ctx);
    Object.assign(entry, resolveEntryDeadline(entry, ctx, until));
    // Several dates in «Срок (дата)» are several due dates (a schedule's steps).
    if (explicitDates.length > 1) entry.occurrences = [...explicitDates];
  }
  return out;
}
