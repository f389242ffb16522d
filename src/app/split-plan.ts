import { a1 } from "../domain/cell-address";
import { isDateFormat } from "../domain/excel-serial";
import type { Finding, Lang } from "../domain/finding";
import { quarterKey, quarterLabelRu } from "../domain/quarter";
import type { CellStyle, ModelCell, SheetModel } from "../domain/sheet-model";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";
import type { Role } from "../detect/layout-types";
import { schoolKey } from "../domain/text";
import type { CheckContext } from "../engine/context";
import { buildIssuesSheet } from "../report/issues-sheet";
import type { InputGuard } from "./input-guards";
import { masterArea, type AreaSheet, type MasterArea, type SchoolArea } from "./school-area";
import { rowHash, type CopyMark, type CopySheetMark } from "./school-copy-mark";
import { schoolFileNames } from "./split-file-names";

/** Validation over ranges of a copy sheet; the cells are left unlocked. */
export interface CopyGuard {
  ranges: CellRange[];
  guard: InputGuard;
}

export interface CopySheet {
  model: SheetModel;
  guards: CopyGuard[];
}

/** Everything one school's workbook holds, as plain data; an adapter turns it into a file. */
export interface SchoolCopyPlan {
  school: string;
  fileName: string;
  sheets: CopySheet[];
  mark: CopyMark;
  /** The findings sheet of the copy (owned by the add-in there too). */
  issuesSheet: string;
}

export interface SplitOptions {
  masterId: string | null;
  lang: Lang;
  /** ISO date of the split. */
  made: string;
  /** Empty rows each school may fill on the indicators sheet (a new quarter). */
  spareRows?: number;
}

const COPY_ROLES: Role[] = ["roadmap", "registry", "steps", "indicators", "indicatorRules"];
const DEFAULT_SPARE_ROWS = 2;
const MAX_WIDTH = 50;
/** Soft yellow: «fill here», the colour forms use for input fields. */
const INPUT_FILL = "#FFF9E5";

/**
 * Pure: one copy per registry school (PRODUCT.md §6a) — the roadmap and the rules as they
 * are, that school's own rows on the registry/steps and indicators sheets (reporting
 * quarter and earlier, plus spare rows for a new quarter), its own findings, and the
 * guards on the cells it fills. Columns keep their master positions; rows are packed
 * under the header rows, and the mark says which master row each copy row came from.
 */
export function planSplit(
  original: WorkbookSnapshot,
  ctx: CheckContext,
  findings: readonly Finding[],
  options: SplitOptions,
): SchoolCopyPlan[] {
  const area = masterArea(ctx);
  const names = schoolFileNames(area.schools.map((s) => s.school.name));
  const bySchool = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.school === undefined) continue;
    const key = schoolKey(f.school);
    const list = bySchool.get(key);
    if (list) list.push(f);
    else bySchool.set(key, [f]);
  }
  return area.schools.map((school, i) =>
    planOne(original, ctx, area, school, bySchool.get(school.school.key) ?? [], names[i], options),
  );
}

function planOne(
  original: WorkbookSnapshot,
  ctx: CheckContext,
  area: MasterArea,
  school: SchoolArea,
  findings: readonly Finding[],
  fileName: string,
  options: SplitOptions,
): SchoolCopyPlan {
  const sheets: CopySheet[] = [];
  const marks: CopySheetMark[] = [];
  /** Master sheet → (master row → copy row), to point the school's findings at its copy. */
  const moved = new Map<string, Map<number, number>>();
  const done = new Set<string>();
  for (const role of COPY_ROLES) {
    const layout = ctx.layout[role];
    if (!layout || done.has(layout.sheet)) continue;
    const sheet = original.sheets.find((s) => s.name === layout.sheet);
    if (!sheet) continue;
    done.add(sheet.name);
    const areaSheet = area.sheets.find((a) => a.sheet === sheet.name);
    const own =
      role === "roadmap" || role === "indicatorRules" ? null : school.rows.filter((r) => r.sheet === sheet.name);
    const spare =
      areaSheet?.role === "indicators"
        ? (options.spareRows ?? DEFAULT_SPARE_ROWS) + (hasQuarterRow(ctx, school) ? 0 : 1)
        : 0;
    const rows = own
      ? [...range(0, layout.headerRow + 1), ...own.map((r) => r.row).sort((a, b) => a - b), ...Array(spare).fill(-1)]
      : range(0, sheet.rows.length);
    const built = copySheet(sheet, rows, layout.headerRow, areaSheet, own !== null, school, area, ctx);
    sheets.push(built.sheet);
    marks.push({ ...built.mark, role });
    moved.set(sheet.name, new Map(rows.map((m, c) => [m, c] as [number, number]).filter(([m]) => m >= 0)));
  }

  const mine = findings
    .map((f) => {
      const row = moved.get(f.sheet)?.get(f.row);
      return row === undefined ? null : { ...f, row, cell: a1(row, f.col) };
    })
    .filter((f): f is Finding => f !== null);
  const issues = buildIssuesSheet(mine, options.lang);
  sheets.push({ model: issues, guards: [] });

  return {
    school: school.school.name,
    fileName,
    sheets,
    issuesSheet: issues.name,
    mark: {
      v: 1,
      master: options.masterId,
      school: school.school.name,
      schoolKey: school.school.key,
      quarter: area.quarter ? quarterKey(area.quarter) : null,
      made: options.made,
      sheets: marks,
    },
  };
}

function copySheet(
  sheet: SheetSnapshot,
  rows: number[],
  headerRow: number,
  areaSheet: AreaSheet | undefined,
  packed: boolean,
  school: SchoolArea,
  area: MasterArea,
  ctx: CheckContext,
): { sheet: CopySheet; mark: Omit<CopySheetMark, "role"> } {
  const inputCols = new Set(areaSheet?.inputs.map((i) => i.col) ?? []);
  const cells: ModelCell[] = [];
  const hashes: string[] = [];
  const widths: number[] = [];
  const guardRows = new Map<number, number[]>();
  const periodRows: number[] = [];
  const quarterMissing = areaSheet?.role === "indicators" && !hasQuarterRow(ctx, school);
  let firstSpare = true;
  rows.forEach((master, copyRow) => {
    const values: CellValue[] = [];
    const formats: (string | null)[] = [];
    const isData = packed && copyRow > headerRow;
    if (master >= 0) {
      const src = sheet.rows[master] ?? [];
      for (let c = 0; c < src.length; c++) {
        values[c] = src[c] ?? null;
        formats[c] = sheet.formats?.[master]?.[c] ?? null;
      }
    } else if (areaSheet) {
      // A row the school may add: its name and municipality are set, the period is chosen.
      values[areaSheet.schoolCol] = school.school.name;
      const muni = ctx.layout.indicators?.columns.municipality;
      if (muni !== undefined && school.school.municipality) values[muni] = school.school.municipality;
      if (areaSheet.periodCol !== undefined) {
        periodRows.push(copyRow);
        if (firstSpare && quarterMissing && area.quarter) values[areaSheet.periodCol] = quarterLabelRu(area.quarter);
      }
      firstSpare = false;
    }
    const skip = new Set(isData ? inputCols : []);
    if (master < 0 && areaSheet?.periodCol !== undefined) skip.add(areaSheet.periodCol);
    hashes.push(rowHash(values, formats, skip));
    for (let c = 0; c < values.length; c++) {
      const v = values[c] ?? null;
      const fmt = formats[c];
      const input = isData && inputCols.has(c);
      if (v === null && !input) continue;
      const style: CellStyle = {};
      if (fmt && fmt !== "General") style.numberFormat = fmt;
      if (typeof v === "string" && v.length > MAX_WIDTH) style.wrap = true;
      cells.push({ row: copyRow, col: c, value: v, style });
      widths[c] = Math.max(widths[c] ?? 8, Math.min(MAX_WIDTH, textLength(v) + 2));
    }
    if (isData) {
      for (const c of inputCols) {
        if (values[c] === null || values[c] === undefined) cells.push({ row: copyRow, col: c, value: null, style: {} });
        const list = guardRows.get(c) ?? [];
        list.push(copyRow);
        guardRows.set(c, list);
      }
    }
  });
  // Input cells get a soft fill and, when empty, the number format the guard expects.
  for (const cell of cells) {
    if (cell.row <= headerRow || !packed || !inputCols.has(cell.col)) continue;
    const guard = areaSheet!.inputs.find((i) => i.col === cell.col)!.guard;
    cell.style = { ...cell.style, fill: INPUT_FILL, border: true };
    if (!cell.style.numberFormat || !isDateFormat(cell.style.numberFormat)) {
      if (guard.rule.kind === "date" && !cell.style.numberFormat) cell.style.numberFormat = "DD.MM.YYYY";
      if (guard.rule.kind === "decimal" && guard.rule.max === 1 && !cell.style.numberFormat) {
        cell.style.numberFormat = "0.0%";
      }
    }
  }
  const guards: CopyGuard[] = [];
  for (const input of areaSheet?.inputs ?? []) {
    const r = guardRows.get(input.col);
    if (r?.length) guards.push({ ranges: runs(r, input.col), guard: input.guard });
  }
  if (periodRows.length && area.periodGuard && areaSheet?.periodCol !== undefined) {
    const col = areaSheet.periodCol;
    guards.push({ ranges: runs(periodRows, col), guard: area.periodGuard });
    for (const row of periodRows) {
      const at = cells.find((c) => c.row === row && c.col === col);
      if (at) at.style = { ...at.style, fill: INPUT_FILL, border: true };
      else cells.push({ row, col, value: null, style: { fill: INPUT_FILL, border: true } });
    }
  }
  const merges = (sheet.merges ?? []).filter((m) => !packed || m.bottom <= headerRow);
  const model: SheetModel = {
    name: sheet.name,
    cells,
    merges,
    columnWidths: widths.map((w) => w ?? 8),
    freeze: packed ? { rows: headerRow + 1, cols: 0 } : undefined,
  };
  return {
    sheet: { model, guards },
    mark: {
      sheet: sheet.name,
      master: sheet.name,
      headerRow,
      rows,
      inputs: [...inputCols].sort((a, b) => a - b),
      hashes,
      schoolCol: areaSheet?.schoolCol,
      periodCol: areaSheet?.periodCol,
    },
  };
}

function hasQuarterRow(ctx: CheckContext, school: SchoolArea): boolean {
  const q = ctx.quarter;
  if (!q) return true;
  return ctx.indicators.rows.some(
    (r) => r.schoolKey === school.school.key && r.quarter && r.quarter.year === q.year && r.quarter.q === q.q,
  );
}

function textLength(v: CellValue): number {
  if (v === null) return 0;
  if (typeof v === "number") return 10;
  return String(v).length;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Consecutive rows of one column as ranges: validation is kept as ranges, never per cell. */
export function runs(rows: number[], col: number): CellRange[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: CellRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else out.push({ top: r, bottom: r, left: col, right: col });
  }
  return out;
}
