/**
 * The worksheet reader as it was before xml-bytes.ts: saxes events, one object per tag. Kept
 * only as the oracle the byte scanner is compared against (read-sheet-bytes.test.ts), on
 * real workbooks and on crafted parts.
 */
import type { CellRange, CellValue } from "../../../src/domain/snapshot";
import { cellText } from "../../../src/adapters/xlsx/read-shared-strings";
// The value of a cell from its parts is the same code in both readers: the oracle checks the tokenizing.
import { cellValue, parseRange, parseRef } from "../../../src/adapters/xlsx/read-sheet";
import { isTrue, scanXml } from "../../../src/adapters/xlsx/xml-scan";

/** What a worksheet part holds for the snapshot. */
interface SheetData {
  rows: CellValue[][];
  formats: (string | null)[][];
  merges: CellRange[];
  hiddenRows: number[];
}

interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format of each cell format index (`s`). */
  cellFormats: readonly string[];
  /** The workbook counts days from 1904-01-01: date serials get Excel's 1,462-day offset. */
  date1904: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** The root element is not `worksheet`: a chartsheet, dialog sheet or macro sheet has no cells to check. */
class NotAWorksheet extends Error {}

/**
 * One pass over a worksheet part. A formula cell's value is its cached result (`<v>`), 0
 * included; rows and cells without an `r` follow the previous one, as Excel reads them.
 * Merges are kept as ranges; the cells they cover (other than the top-left one) carry no
 * value, as Excel reports them. Time and memory follow the cells really present.
 */
export function readSheetWithSaxes(xml: string, ctx: SheetContext): SheetData {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];

  let root: string | null = null;
  let row = -1;
  let col = -1;
  let inCell = false;
  let type = "n";
  let style = 0;
  let text = "";
  let hasV = false;
  /** Where character data goes: 0 nowhere, 1 the cell's `<v>`, 2 an inline string's `<t>`. */
  let collecting = 0;
  let inIs = false;
  let phonetic = 0;
  let inlineText = "";
  let hasInline = false;

  scanXml(xml, {
    open(local, a) {
      if (root === null) {
        root = local;
        if (local !== "worksheet") throw new NotAWorksheet(local);
        return;
      }
      if (inCell) {
        if (local === "v") {
          collecting = 1;
          hasV = true;
          text = "";
        } else if (local === "is") {
          inIs = true;
          hasInline = true;
        } else if (local === "rPh") phonetic++;
        else if (local === "t" && inIs && phonetic === 0) collecting = 2;
        return;
      }
      if (local === "c") {
        const ref = a.r;
        const at = ref ? parseRef(ref) : null;
        if (at) {
          if (at.row >= 0) row = at.row;
          col = at.col;
        } else col++;
        if (row < 0) row = 0;
        inCell = true;
        type = a.t ?? "n";
        style = a.s ? Number(a.s) || 0 : 0;
        text = "";
        inlineText = "";
        hasV = false;
        hasInline = false;
        inIs = false;
        phonetic = 0;
        collecting = 0;
      } else if (local === "row") {
        const r = a.r ? Number(a.r) - 1 : row + 1;
        row = Number.isInteger(r) && r >= 0 && r < MAX_ROWS ? r : row + 1;
        col = -1;
        if (isTrue(a.hidden)) hiddenRows.push(row);
      } else if (local === "mergeCell" && a.ref) {
        const range = parseRange(a.ref);
        if (range) merges.push(range);
      }
    },
    close(local) {
      if (!inCell) return;
      if (local === "c") {
        inCell = false;
        if (col < 0 || col >= MAX_COLS) return;
        const fmt = ctx.cellFormats[style] ?? "General";
        const value = cellValue(type, hasV ? text : null, hasInline ? inlineText : null, fmt, ctx);
        const general = fmt === "General";
        if (value === null && general) return;
        (rows[row] ??= [])[col] = value;
        if (!general) (formats[row] ??= [])[col] = fmt;
      } else if (local === "v" || local === "t") collecting = 0;
      else if (local === "is") inIs = false;
      else if (local === "rPh") phonetic--;
    },
    text(t) {
      if (collecting === 1) text += t;
      else if (collecting === 2) inlineText += t;
    },
  });

  clearMergedCells(rows, formats, merges);
  // Rows and cells nobody wrote stay holes while reading; the snapshot has nulls there.
  const empty: CellValue[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    rows[r] = cells ? Array.from(cells, (v) => (v === undefined ? null : v)) : empty;
  }
  for (let r = 0; r < formats.length; r++) {
    const f = formats[r];
    if (f) formats[r] = Array.from(f, (v) => v ?? null);
  }
  return { rows, formats, merges, hiddenRows };
}

/** Cells covered by a merge (all but its top-left) are empty, visiting only the cells that exist. */
function clearMergedCells(rows: CellValue[][], formats: (string | null)[][], merges: CellRange[]): void {
  for (const m of merges) {
    const bottom = Math.min(m.bottom, rows.length - 1);
    for (let r = m.top; r <= bottom; r++) {
      const cells = rows[r];
      if (!cells) continue;
      const right = Math.min(m.right, cells.length - 1);
      for (let c = r === m.top ? m.left + 1 : m.left; c <= right; c++) {
        if (cells[c] !== undefined) {
          delete cells[c];
          const f = formats[r];
          if (f) delete f[c];
        }
      }
    }
  }
}

/**
 * The shared string table: each `<si>` as plain text, rich-text runs joined, phonetic
 * guides (`rPh`) left out, as Excel shows the cell.
 */
export function readSharedStringsWithSaxes(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = "";
  scanXml(xml, {
    open(local) {
      if (local === "si") {
        inSi = true;
        current = "";
      } else if (local === "rPh") phonetic++;
      else if (local === "t" && inSi && phonetic === 0) inT = true;
    },
    close(local) {
      if (local === "si") {
        out.push(cellText(current));
        inSi = false;
      } else if (local === "rPh") phonetic--;
      else if (local === "t") inT = false;
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return out;
}
