import ExcelJS from "exceljs";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../domain/snapshot";

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * Date → 1900-system serial. ExcelJS builds Dates from serials in UTC (and applies the
 * 1904 offset itself), so reading them back in UTC gives the serial with no time-zone
 * drift. Snapshots always use the 1900 system, which is what the engine converts.
 */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return Math.round(serial * 1e9) / 1e9;
}

type RawValue = ExcelJS.CellValue | undefined;

/** One cell value as the engine expects it: formulas give their cached result, rich text its plain text. */
export function plainValue(v: RawValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plainValue((v as { result?: RawValue }).result ?? null);
    if ("text" in v) return plainValue((v as { text: RawValue }).text);
  }
  return null;
}

function parseRange(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4]) - 1, right: col(m[3]) };
}

export function sheetSnapshot(ws: ExcelJS.Worksheet, index: number): SheetSnapshot {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged areas hold their value in the top-left cell only, as Excel reports them.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const c = colNumber - 1;
      const value = plainValue(cell.value);
      const fmt = cell.numFmt;
      if (value === null && !fmt) return;
      (rows[r] ??= [])[c] = value;
      if (fmt && fmt !== "General") (formats[r] ??= [])[c] = fmt;
    });
  });
  for (let r = 0; r < rows.length; r++) {
    rows[r] = Array.from(rows[r] ?? [], (v) => (v === undefined ? null : v));
    if (formats[r]) formats[r] = Array.from(formats[r], (v) => v ?? null);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((m): m is CellRange => m !== null);
  const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
  return { name: ws.name, index, rows, formats, merges, hiddenRows, visibility: state };
}

export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export function workbookSnapshot(wb: ExcelJS.Workbook, onProgress?: (fraction: number) => void): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const list = wb.worksheets;
  list.forEach((ws, i) => {
    sheets.push(sheetSnapshot(ws, i));
    onProgress?.((i + 1) / list.length);
  });
  return { sheets };
}
