import { a1 } from "../domain/cell-address";
import { isDateFormat, serialToIso } from "../domain/excel-serial";
import { formatRu } from "../domain/iso-date";
import { parseQuarter } from "../domain/quarter";
import {
  cellFormat,
  cellValue,
  isBlank,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../domain/snapshot";
import { cellText, schoolKey } from "../domain/text";
import type { CheckContext } from "../engine/context";
import { masterArea, type MasterArea } from "./school-area";
import { normalFormat, rowHash, valueText, type CopyMark, type CopySheetMark } from "./school-copy-mark";
import type { CellWrite, MonitorErrorCode } from "./workbook-gateway";

/** A returned file as the use case opened it: its snapshot and mark, or why it could not be read. */
export interface ReturnedCopy {
  file: string;
  snapshot: WorkbookSnapshot | null;
  mark: CopyMark | null;
  /** Sheets the add-in owns in the copy (its findings), not the school's. */
  owned?: string[];
  error?: MonitorErrorCode;
}

export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  master: CellValue;
  school: CellValue;
  /** As the coordinator reads them (dates as ДД.ММ.ГГГГ). */
  masterText: string;
  schoolText: string;
}

export type IgnoredKind = "outside" | "new-sheet" | "format" | "missing-sheet" | "column-moved";

export interface IgnoredEdit {
  kind: IgnoredKind;
  sheet: string;
  cell?: string;
  school?: CellValue;
}

export type FileStatus =
  "taken" | "nothing-new" | "bad-file" | "not-matched" | "other-master" | "unknown-school" | "duplicate";

export interface FileLog {
  file: string;
  school: string | null;
  status: FileStatus;
  error?: MonitorErrorCode;
  /** Other files for the same school (status "duplicate"). */
  others?: string[];
  filled: CellChange[];
  replaced: CellChange[];
  conflicts: CellChange[];
  equal: number;
  ignored: IgnoredEdit[];
  /** Rows the school added (a new quarter), appended to the master. */
  addedRows: number;
}

/** What collect restores on «Отменить сбор»: each cell's value and number format before. */
export interface UndoCell {
  sheet: string;
  row: number;
  col: number;
  before: CellValue;
  beforeFormat: string;
  /** Collect changed the number format too: undo puts beforeFormat back. */
  restoreFormat?: boolean;
}

export interface CollectPlan {
  files: FileLog[];
  writes: CellWrite[];
  undo: UndoCell[];
}

export interface CollectOptions {
  masterId: string | null;
  /** Take the school's value where the master has another one. */
  takeTheirs: boolean;
}

/**
 * Pure: the collect diff (PRODUCT.md §6a). Each copy is matched to its registry school by
 * its mark; only that school's own input cells are compared: an empty master cell is
 * filled, an equal value changes nothing, a different one is a conflict (taken only with
 * takeTheirs). Edits elsewhere in the copy are listed as ignored. A file that cannot be
 * used is a log line and contributes nothing; two files for one school are both refused.
 */
export function planCollect(
  master: WorkbookSnapshot,
  ctx: CheckContext,
  copies: readonly ReturnedCopy[],
  options: CollectOptions,
): CollectPlan {
  const area = masterArea(ctx);
  const registry = new Map(area.schools.map((s) => [s.school.key, s]));
  const logs: FileLog[] = copies.map((c) => emptyLog(c.file, c.mark?.school ?? null));

  // Decide which files can be used at all before comparing anything.
  const usable: number[] = [];
  copies.forEach((c, i) => {
    const log = logs[i];
    if (c.error || !c.snapshot) {
      log.status = "bad-file";
      log.error = c.error ?? "corrupt";
      return;
    }
    const mark = c.mark ?? markByName(c.snapshot, ctx);
    if (!mark) {
      log.status = "not-matched";
      return;
    }
    log.school = mark.school;
    if (c.mark && c.mark.master && options.masterId && c.mark.master !== options.masterId) {
      log.status = "other-master";
      return;
    }
    if (!registry.has(mark.schoolKey)) {
      log.status = "unknown-school";
      return;
    }
    usable.push(i);
  });
  const bySchool = new Map<string, number[]>();
  for (const i of usable) {
    const key = (copies[i].mark ?? markByName(copies[i].snapshot!, ctx))!.schoolKey;
    bySchool.set(key, [...(bySchool.get(key) ?? []), i]);
  }
  const writes: CellWrite[] = [];
  const undo: UndoCell[] = [];
  /** Next free row per master sheet, for rows schools add. */
  const nextRow = new Map<string, number>();
  for (const [, files] of bySchool) {
    if (files.length > 1) {
      for (const i of files) {
        logs[i].status = "duplicate";
        logs[i].others = files.filter((j) => j !== i).map((j) => copies[j].file);
      }
      continue;
    }
    const i = files[0];
    const copy = copies[i];
    const mark = (copy.mark ?? markByName(copy.snapshot!, ctx))!;
    compareCopy(master, ctx, area, copy, mark, options, logs[i], writes, undo, nextRow);
    const log = logs[i];
    log.status = log.filled.length + log.replaced.length + log.addedRows > 0 ? "taken" : "nothing-new";
  }
  return { files: logs, writes, undo };
}

function emptyLog(file: string, school: string | null): FileLog {
  return {
    file,
    school,
    status: "taken",
    filled: [],
    replaced: [],
    conflicts: [],
    equal: 0,
    ignored: [],
    addedRows: 0,
  };
}

function compareCopy(
  master: WorkbookSnapshot,
  ctx: CheckContext,
  area: MasterArea,
  copy: ReturnedCopy,
  mark: CopyMark,
  options: CollectOptions,
  log: FileLog,
  writes: CellWrite[],
  undo: UndoCell[],
  nextRow: Map<string, number>,
): void {
  const snap = copy.snapshot!;
  const known = new Set(mark.sheets.map((s) => s.sheet.toLowerCase()));
  for (const o of copy.owned ?? []) known.add(o.toLowerCase());
  for (const sh of snap.sheets) {
    if (sh.visibility === "veryHidden" || sh.name.startsWith("_kvantorium")) continue;
    if (!known.has(sh.name.toLowerCase())) log.ignored.push({ kind: "new-sheet", sheet: sh.name });
  }
  for (const sm of mark.sheets) {
    const cs = snap.sheets.find((s) => s.name === sm.sheet);
    const ms = master.sheets.find((s) => s.name === sm.master);
    if (!cs || !ms) {
      log.ignored.push({ kind: "missing-sheet", sheet: sm.sheet });
      continue;
    }
    const areaSheet = area.sheets.find((a) => a.sheet === ms.name);
    const inputs = new Set(sm.inputs);
    const firstData = sm.headerRow !== undefined ? sm.headerRow + 1 : sm.rows.length;
    const packed = sm.role !== "roadmap" && sm.role !== "indicatorRules";
    for (let r = 0; r < cs.rows.length || r < sm.rows.length; r++) {
      const isData = packed && r >= firstData && r < sm.rows.length && sm.rows[r] !== -3;
      const skip = new Set<number>(isData ? inputs : []);
      if (isData && sm.rows[r] < 0 && sm.periodCol !== undefined) skip.add(sm.periodCol);
      if (r >= sm.rows.length) {
        // Below everything the copy was made with: nothing of the school's to take.
        for (let c = 0; c < (cs.rows[r]?.length ?? 0); c++) {
          const v = cellValue(cs, r, c);
          if (!isBlank(v)) log.ignored.push({ kind: "outside", sheet: cs.name, cell: a1(r, c), school: v });
        }
        continue;
      }
      const masterRow = isData ? locateRow(ms, cs, r, sm, mark, ctx) : sm.rows[r] >= 0 ? sm.rows[r] : null;
      if (rowHash(cs.rows[r], cs.formats?.[r], skip) !== sm.hashes[r]) {
        listOutside(cs, ms, r, masterRow, skip, log);
      }
      if (!isData || !areaSheet) continue;
      const inputCols = [...inputs];
      if (masterRow === null) {
        // A row the school added (a new quarter): appended under the master's table.
        const filled = inputCols.some((c) => !isBlank(cellValue(cs, r, c)));
        if (!filled) continue;
        const at = nextRow.get(ms.name) ?? ms.rows.length;
        nextRow.set(ms.name, at + 1);
        const fixed = [sm.schoolCol, sm.periodCol, ctx.layout.indicators?.columns.municipality];
        for (const c of [...new Set([...fixed.filter((x): x is number => x !== undefined), ...inputCols])]) {
          const v = c === sm.schoolCol ? mark.school : cellValue(cs, r, c);
          if (isBlank(v)) continue;
          const w = writeOf(ms.name, at, c, v, cs, r, "General");
          writes.push(w);
          undo.push({
            sheet: ms.name,
            row: at,
            col: c,
            before: null,
            beforeFormat: "General",
            restoreFormat: !!w.numberFormat,
          });
          if (inputs.has(c)) log.filled.push(change(ms.name, at, c, null, v, "", cellFormat(cs, r, c)));
        }
        log.addedRows++;
        continue;
      }
      for (const c of inputCols) {
        const sv = cellValue(cs, r, c);
        const mv = cellValue(ms, masterRow, c);
        // An empty cell in the copy says nothing: the school did not fill it (or the
        // coordinator filled the master since the split); the master keeps its value.
        if (isBlank(sv)) continue;
        if (sameValue(sv, mv)) {
          log.equal++;
          continue;
        }
        const ch = change(ms.name, masterRow, c, mv, sv, cellFormat(ms, masterRow, c), cellFormat(cs, r, c));
        if (isBlank(mv)) log.filled.push(ch);
        else if (options.takeTheirs) log.replaced.push(ch);
        else {
          log.conflicts.push(ch);
          continue;
        }
        const fmt = cellFormat(ms, masterRow, c);
        const w = writeOf(ms.name, masterRow, c, sv, cs, r, fmt);
        writes.push(w);
        undo.push({
          sheet: ms.name,
          row: masterRow,
          col: c,
          before: mv,
          beforeFormat: fmt,
          restoreFormat: !!w.numberFormat,
        });
      }
    }
  }
}

/**
 * The master row a copy's data row belongs to now: the one it was made from while it still
 * holds that school (and, on the indicators sheet, that quarter); else the school's row for
 * the same quarter; null for a row the school added.
 */
function locateRow(
  ms: SheetSnapshot,
  cs: SheetSnapshot,
  r: number,
  sm: CopySheetMark,
  mark: CopyMark,
  ctx: CheckContext,
): number | null {
  const schoolCol = sm.schoolCol;
  const period = sm.periodCol;
  const same = (row: number) =>
    schoolCol !== undefined &&
    schoolKey(cellText(cellValue(ms, row, schoolCol))) === mark.schoolKey &&
    (sm.role !== "indicators" || period === undefined || samePeriod(ms, row, cs, r, period));
  const made = sm.rows[r];
  if (made >= 0 && same(made)) return made;
  if (sm.role === "indicators" && period !== undefined) {
    const q = parseQuarter(cellValue(cs, r, period), cellFormat(cs, r, period));
    const hit = ctx.indicators.rows.find(
      (x) =>
        x.sheet === ms.name &&
        x.schoolKey === mark.schoolKey &&
        q &&
        x.quarter &&
        x.quarter.year === q.year &&
        x.quarter.q === q.q,
    );
    return hit ? hit.row : null;
  }
  const school = ctx.schools.find((s) => s.key === mark.schoolKey && s.sheet === ms.name);
  if (school) return school.row;
  const step = ctx.steps.find((s) => s.schoolKey === mark.schoolKey && s.sheet === ms.name);
  return step ? step.row : made >= 0 ? made : null;
}

function samePeriod(ms: SheetSnapshot, mr: number, cs: SheetSnapshot, cr: number, col: number): boolean {
  const a = parseQuarter(cellValue(ms, mr, col), cellFormat(ms, mr, col));
  const b = parseQuarter(cellValue(cs, cr, col), cellFormat(cs, cr, col));
  if (a && b) return a.year === b.year && a.q === b.q;
  return sameValue(cellValue(ms, mr, col), cellValue(cs, cr, col));
}

/** Cells of a changed row that differ from the master: the school's edits outside its own cells. */
function listOutside(
  cs: SheetSnapshot,
  ms: SheetSnapshot,
  r: number,
  masterRow: number | null,
  skip: ReadonlySet<number>,
  log: FileLog,
): void {
  const width = Math.max(cs.rows[r]?.length ?? 0, masterRow !== null ? (ms.rows[masterRow]?.length ?? 0) : 0);
  for (let c = 0; c < width; c++) {
    if (skip.has(c)) continue;
    const sv = cellValue(cs, r, c);
    const mv = masterRow !== null ? cellValue(ms, masterRow, c) : null;
    if (!sameValue(sv, mv) && !(isBlank(sv) && isBlank(mv))) {
      log.ignored.push({ kind: "outside", sheet: cs.name, cell: a1(r, c), school: sv });
    } else if (
      !isBlank(sv) &&
      masterRow !== null &&
      normalFormat(cellFormat(cs, r, c)) !== normalFormat(cellFormat(ms, masterRow, c))
    ) {
      log.ignored.push({ kind: "format", sheet: cs.name, cell: a1(r, c), school: sv });
    }
  }
}

function change(
  sheet: string,
  row: number,
  col: number,
  master: CellValue,
  school: CellValue,
  masterFormat: string,
  schoolFormat: string,
): CellChange {
  return {
    sheet,
    row,
    col,
    cell: a1(row, col),
    master,
    school,
    masterText: shown(master, masterFormat),
    schoolText: shown(school, schoolFormat),
  };
}

/** A value as a person reads it: a date serial in a date format as ДД.ММ.ГГГГ, a share with its %. */
export function shown(v: CellValue, format: string): string {
  if (typeof v === "number") {
    if (isDateFormat(format)) {
      const iso = serialToIso(v);
      if (iso) return formatRu(iso);
    }
    if (format.includes("%")) return `${Number((v * 100).toPrecision(12))} %`;
    return String(Number(v.toPrecision(12))).replace(".", ",");
  }
  return cellText(v);
}

/**
 * The value as the school typed it, with its type: a date stays a date serial (and a
 * General master cell gets a date format, or it would show a bare number), text stays text.
 */
function writeOf(
  sheet: string,
  row: number,
  col: number,
  value: CellValue,
  cs: SheetSnapshot,
  cr: number,
  masterFormat: string,
): CellWrite {
  const w: CellWrite = { sheet, row, col, value: isBlank(value) ? null : value };
  if (typeof value === "number") {
    const fmt = cellFormat(cs, cr, col);
    const general = normalFormat(masterFormat) === "";
    if (isDateFormat(fmt) && !isDateFormat(masterFormat)) w.numberFormat = "DD.MM.YYYY";
    else if (general && normalFormat(fmt) !== "") w.numberFormat = fmt;
  }
  return w;
}

/** Equal as the coordinator would see it: same number (to 12 digits), same text after trimming. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isBlank(a) || isBlank(b)) return false;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return valueText(a) === valueText(b);
}

/**
 * A copy without our mark (saved through another program that dropped hidden sheets, or
 * retyped): matched by the one registry school it names, with the master's current layout.
 * Rows are then found by school (and quarter); columns must sit where the master has them.
 */
function markByName(snapshot: WorkbookSnapshot, ctx: CheckContext): CopyMark | null {
  const area = masterArea(ctx);
  const keys = new Set<string>();
  const sheets: CopySheetMark[] = [];
  for (const a of area.sheets) {
    const cs = snapshot.sheets.find((s) => s.name === a.sheet);
    if (!cs) continue;
    const rows: number[] = [];
    for (let r = 0; r <= a.headerRow; r++) rows.push(r);
    for (let r = a.headerRow + 1; r < cs.rows.length; r++) {
      const name = cellText(cellValue(cs, r, a.schoolCol));
      if (name) keys.add(schoolKey(name));
      // −2: find the master row by school (and quarter); −3: not a row of a school.
      rows.push(name ? -2 : -3);
    }
    sheets.push({
      sheet: cs.name,
      master: a.sheet,
      headerRow: a.headerRow,
      role: a.role,
      rows,
      inputs: a.inputs.map((i) => i.col),
      hashes: [],
      schoolCol: a.schoolCol,
      periodCol: a.periodCol,
    });
  }
  if (keys.size !== 1) return null;
  const key = [...keys][0];
  const school = area.schools.find((s) => s.school.key === key);
  if (!school) return null;
  return { v: 1, master: null, school: school.school.name, schoolKey: key, quarter: null, made: "", sheets };
}
