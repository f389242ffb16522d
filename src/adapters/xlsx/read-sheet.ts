import { isDateFormat, isoToSerial } from "../../domain/excel-serial";
import type { CellRange, CellValue } from "../../domain/snapshot";
import { cellText } from "./read-shared-strings";
import {
  type END as END_KIND,
  type OPEN as OPEN_KIND,
  plainNumber,
  type TEXT as TEXT_KIND,
  XmlBytes,
} from "./xml-bytes";
import { isTrue } from "./xml-scan";

/** What a worksheet part holds for the snapshot. */
export interface SheetData {
  rows: CellValue[][];
  formats: (string | null)[][];
  merges: CellRange[];
  hiddenRows: number[];
}

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format of each cell format index (`s`). */
  cellFormats: readonly string[];
  /** The workbook counts days from 1904-01-01: date serials get Excel's 1,462-day offset. */
  date1904: boolean;
}

// xml-bytes' token kinds as local constants (typed against its own): read once per token, a
// module binding costs a property load (a getter under tsx) in CommonJS output.
const END: typeof END_KIND = 0;
const OPEN: typeof OPEN_KIND = 1;
const TEXT: typeof TEXT_KIND = 3;

/** Days between the 1900 and 1904 date systems' serial zero. */
const DAYS_1904 = 1462;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** The root element is not `worksheet`: a chartsheet, dialog sheet or macro sheet has no cells to check. */
export class NotAWorksheet extends Error {}

/**
 * One pass over a worksheet part's UTF-8 bytes (xml-bytes.ts: no object per tag). A
 * formula cell's value is its cached result (`<v>`), 0 included; rows and cells without an
 * `r` follow the previous one, as Excel reads them. Merges are kept as ranges; the cells
 * they cover (other than the top-left one) carry no value, as Excel reports them. Time
 * and memory follow the cells really present.
 */
export function readSheet(bytes: Uint8Array, ctx: SheetContext): SheetData {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const hiddenRows: number[] = [];
  const x = new XmlBytes(bytes);
  const b = bytes;

  let rootSeen = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let type = "n";
  let style = 0;
  /** The `<v>`'s text: its first piece as a byte range, more pieces (around a comment) as a string. */
  let vPieces = 0;
  let vStart = 0;
  let vEnd = 0;
  let vText = "";
  let vCdata = false;
  let hasV = false;
  /** Where character data goes: 0 nowhere, 1 the cell's `<v>`, 2 an inline string's `<t>`. */
  let collecting = 0;
  let inIs = false;
  let phonetic = 0;
  let inlineText = "";
  let hasInline = false;

  for (;;) {
    if (rootSeen && !inCell && x.plainCell()) {
      // The usual cell, read whole (xml-bytes plainCell); anything else token by token below.
      if (x.cellRow >= 0) {
        row = x.cellRow;
        col = x.cellCol;
      } else col++;
      if (row < 0) row = 0;
      type = x.cellType;
      style = x.cellStyle;
      hasV = x.cellContent === 1;
      vPieces = hasV ? 1 : 0;
      vStart = x.start;
      vEnd = x.end;
      vCdata = false;
      hasInline = x.cellContent === 2;
      inlineText = hasInline ? x.decode(x.start, x.end, false) : "";
    } else {
      const token = x.next();
      if (token === END) break;
      if (token === TEXT) {
        if (collecting === 1) {
          if (vPieces === 0) {
            vStart = x.start;
            vEnd = x.end;
            vCdata = x.cdata;
          } else {
            if (vPieces === 1) vText = x.decode(vStart, vEnd, vCdata);
            vText += x.text();
          }
          vPieces++;
        } else if (collecting === 2) inlineText += x.text();
        continue;
      }
      if (token === OPEN) {
        if (!rootSeen) {
          rootSeen = true;
          if (!x.is("worksheet")) throw new NotAWorksheet(x.decode(x.start, x.end, true));
          continue;
        }
        if (inCell) {
          if (x.is("v")) {
            collecting = 1;
            hasV = true;
            vPieces = 0;
          } else if (x.is("is")) {
            inIs = true;
            hasInline = true;
          } else if (x.is("rPh")) phonetic++;
          else if (inIs && phonetic === 0 && x.is("t")) collecting = 2;
          continue;
        }
        if (x.is("c")) {
          // r, s and t in one walk over the tag's attributes.
          let at = false;
          type = "n";
          style = 0;
          // A repeated attribute (not well-formed) counts its last time, as saxes reads it.
          for (let k = 0, n = x.attrCount(); k < n; k++) {
            const name = x.selectAttr(k);
            if (name === 0x72) at = refAt(x);
            else if (name === 0x73) style = styleIndex(x);
            else if (name === 0x74) type = cellType(x);
          }
          if (at) {
            if (ref.row >= 0) row = ref.row;
            col = ref.col;
          } else col++;
          if (row < 0) row = 0;
          inlineText = "";
          hasInline = false;
          inIs = false;
          phonetic = 0;
          collecting = 0;
          inCell = true;
          hasV = false;
          vPieces = 0;
        } else if (x.is("row")) {
          const r = x.attr("r") && x.valueEnd > x.valueStart ? numberOf(x) - 1 : row + 1;
          row = Number.isInteger(r) && r >= 0 && r < MAX_ROWS ? r : row + 1;
          col = -1;
          if (x.attr("hidden") && x.valueIsTrue()) hiddenRows.push(row);
        } else if (x.is("mergeCell") && x.attr("ref") && x.valueEnd > x.valueStart) {
          const range = parseRange(x.value());
          if (range) merges.push(range);
        }
        continue;
      } else {
        // CLOSE
        if (!inCell) continue;
        if (!x.is("c")) {
          if (x.is("v") || x.is("t")) collecting = 0;
          else if (x.is("is")) inIs = false;
          else if (x.is("rPh")) phonetic--;
          continue;
        }
        inCell = false;
      }
    }
    // The cell ends: at its `</c>`, or at once when it was taken whole.
    {
      if (col < 0 || col >= MAX_COLS) continue;
      const fmt = ctx.cellFormats[style] ?? "General";
      let value: CellValue;
      if (type === "n" && hasV && vPieces === 1 && !vCdata) {
        // The usual number, parsed from the bytes; anything else (spaces, exponents, text) as before.
        const n = plainNumber(b, vStart, vEnd);
        if (Number.isNaN(n)) value = cellValue(type, x.decode(vStart, vEnd, false), null, fmt, ctx);
        else value = ctx.date1904 && isDateFormat(fmt) ? n + DAYS_1904 : n;
      } else {
        const v = !hasV ? null : vPieces === 0 ? "" : vPieces === 1 ? x.decode(vStart, vEnd, vCdata) : vText;
        value = cellValue(type, v, hasInline ? inlineText : null, fmt, ctx);
      }
      const general = fmt === "General";
      if (value === null && general) continue;
      put(rows, row, col, value);
      if (!general) put(formats, row, col, fmt);
    }
  }

  clearMergedCells(rows, formats, merges);
  // Rows nobody wrote are holes while reading; the snapshot has an empty row there.
  const empty: CellValue[] = [];
  for (let r = 0; r < rows.length; r++) rows[r] ??= empty;
  return { rows, formats, merges, hiddenRows };
}

/** Stores a cell in a dense row: the cells nobody wrote before it are null (no holes to fill later). */
function put<T>(rows: (T | null)[][], row: number, col: number, v: T): void {
  let cells = rows[row];
  if (cells === undefined) rows[row] = cells = [];
  if (col < cells.length) {
    cells[col] = v;
    return;
  }
  while (cells.length < col) cells.push(null);
  cells.push(v);
}

/** What refAt read: 0-based row (-1 when the reference names a column only) and column. */
const ref = { row: 0, col: 0 };

/** The found attribute's value as a cell reference (parseRef's rules), read from the bytes. */
function refAt(x: XmlBytes): boolean {
  const b = x.bytes;
  const to = x.valueEnd;
  let i = x.valueStart;
  let col = 0;
  if (b[i] === 36) i++;
  const colStart = i;
  for (; i < to; i++) {
    const c = b[i] | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return slowRef(x);
  if (i < to && b[i] === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < to; i++) {
    const c = b[i];
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i !== to) return slowRef(x);
  ref.row = i === rowStart ? -1 : row - 1;
  ref.col = col - 1;
  return true;
}

/** Anything unusual (an entity, spaces): the value decoded and parsed as text. */
function slowRef(x: XmlBytes): boolean {
  const at = parseRef(x.value());
  if (!at) return false;
  ref.row = at.row;
  ref.col = at.col;
  return true;
}

/** `t`: the usual types without decoding, anything else as written. */
function cellType(x: XmlBytes): string {
  for (const t of TYPES) if (x.valueIs(t)) return t;
  return x.value();
}
const TYPES = ["s", "n", "inlineStr", "str", "b", "e", "d"];

function styleIndex(x: XmlBytes): number {
  return numberOf(x) || 0;
}

/** The found attribute's value as Number() reads it (an empty value is 0, as Number("") is). */
function numberOf(x: XmlBytes): number {
  const n = plainNumber(x.bytes, x.valueStart, x.valueEnd);
  return n === n ? n : Number(x.value());
}

/** A cell's value from its type, `<v>` text and inline string (exported for the saxes oracle in the tests). */
export function cellValue(
  type: string,
  v: string | null,
  inline: string | null,
  fmt: string,
  ctx: SheetContext,
): CellValue {
  switch (type) {
    case "s": {
      if (v === null) return null;
      const s = ctx.sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case "inlineStr":
      return inline !== null ? cellText(inline) : v !== null ? cellText(v) : null;
    case "str":
      return v === null ? null : cellText(v);
    case "b":
      return v === null || v.trim() === "" ? null : isTrue(v.trim());
    case "e":
      return v === null ? null : v.trim();
    case "d":
      return v === null ? null : isoDateTimeToSerial(v.trim());
    default: {
      if (v === null) return inline !== null ? cellText(inline) : null;
      const t = v.trim();
      if (t === "") return null;
      const n = Number(t);
      if (!Number.isFinite(n)) return t;
      return ctx.date1904 && isDateFormat(fmt) ? n + DAYS_1904 : n;
    }
  }
}

/** `t="d"` cells (Strict OOXML, some writers) hold an ISO 8601 date-time; the snapshot wants a serial. */
function isoDateTimeToSerial(iso: string): CellValue {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso);
  if (!m) return iso;
  const day = isoToSerial(m[1]);
  if (Number.isNaN(day)) return iso;
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return Math.round((day + seconds / 86_400) * 1e9) / 1e9;
}

/** `B12` → row 11, col 1 (0-based); `$B$12` too. Null when it is not a cell reference. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  if (i !== n) return null;
  // A cell reference without a row number ("B") gives the column only.
  return { row: i === rowStart ? -1 : row - 1, col: col - 1 };
}

/** `A1:D3` → a 0-based range; a whole column (`A:A`) or row (`3:3`) is clamped to the sheet. */
export function parseRange(ref: string): CellRange | null {
  const [from, to] = ref.split(":");
  if (to === undefined) return null;
  const a = parseEnd(from);
  const b = parseEnd(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row ?? 0, b.row ?? MAX_ROWS - 1),
    left: Math.min(a.col ?? 0, b.col ?? MAX_COLS - 1),
    bottom: Math.max(a.row ?? 0, b.row ?? MAX_ROWS - 1),
    right: Math.max(a.col ?? 0, b.col ?? MAX_COLS - 1),
  };
}

function parseEnd(s: string): { row?: number; col?: number } | null {
  const cell = parseRef(s);
  if (cell) return cell.row < 0 ? { col: cell.col } : cell;
  const digits = /^\$?(\d+)$/.exec(s);
  return digits ? { row: Number(digits[1]) - 1 } : null;
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
        cells[c] = null;
        const f = formats[r];
        if (f && c < f.length) f[c] = null;
      }
    }
  }
}
