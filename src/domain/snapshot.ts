/**
 * The workbook as the engine sees it: plain data, no library objects.
 * Both adapters (Office.js and .xlsx) produce exactly this shape, so every rule
 * behaves the same inside Excel, in the CLI and in the browser page.
 *
 * Dates are Excel serial numbers with their number format, as Excel itself
 * stores them; `excel-serial.ts` converts them. Coordinates are 0-based
 * (row 0 / col 0 is A1); findings show them as A1 addresses.
 */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  /** 0-based, inclusive */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Position in the workbook's tab order, 0-based. */
  index: number;
  /** rows[r][c]; rows may be ragged and shorter than the used range. Empty cell = null. */
  rows: CellValue[][];
  /** Number formats parallel to rows; missing entry means "General". */
  formats?: (string | null | undefined)[][];
  /** Merged areas (headers are often merged). */
  merges?: CellRange[];
  /** 0-based indexes of rows hidden by the user. */
  hiddenRows?: number[];
  /** Hidden and very-hidden sheets are not checked (our own state sheet is very hidden). */
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function cellFormat(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.formats?.[row]?.[col] ?? "General";
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.rows.length;
}

export function colCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const r of sheet.rows) if (r && r.length > max) max = r.length;
  return max;
}
