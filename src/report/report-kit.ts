import { isoToSerial } from "../domain/excel-serial";
import type { Lang } from "../domain/finding";
import { HEADER_FILL, LEGEND } from "../domain/palette";
import {
  A4_LANDSCAPE,
  columnPoints,
  PAGE_FOOTER,
  type CellStyle,
  type ModelCell,
  type ModelValue,
  type SheetModel,
} from "../domain/sheet-model";
import type { CellRange } from "../domain/snapshot";
import type { Status } from "../domain/status";

/** Shared pieces of the report's sheets: styles, a cell builder and the print setup. */
export const DATE_FMT = "DD.MM.YYYY";
export const PERCENT_FMT = "0.0%";
/**
 * Body text of the printed report, at least 8 pt as printed (PRODUCT.md §5). Sheets one page
 * wide are fitted to the width: at 11 pt they print at 100 % in Excel (Calibri) and still above
 * 8 pt where LibreOffice lacks Calibri and measures columns in a wider font (about 0.77 ×).
 * The wide school table is never shrunk: 8 pt at 100 %, in column groups.
 */
export const BODY_PT = 11;
export const TABLE_PT = 8;

/**
 * Printed width of a column in the widest case: LibreOffice without Calibri (or Carlito)
 * measures column characters in DejaVu Sans, 7 pt each, a third more than Excel's 5.25 pt.
 * Column groups laid out against this fit a page in both.
 */
export function columnPointsWorst(chars: number): number {
  return Math.max(columnPoints(chars), chars * 7 + 1);
}

export const head = (size = BODY_PT): CellStyle => ({
  bold: true,
  fill: HEADER_FILL,
  border: true,
  wrap: true,
  vAlign: "middle",
  hAlign: "center",
  fontSize: size,
});
export const body = (size = BODY_PT): CellStyle => ({ border: true, wrap: true, vAlign: "top", fontSize: size });
export const num = (size = BODY_PT): CellStyle => ({ border: true, vAlign: "top", hAlign: "right", fontSize: size });
export const TITLE: CellStyle = { bold: true, fontSize: 13, wrap: true, vAlign: "middle" };
export const SECTION: CellStyle = { bold: true, fontSize: 11, vAlign: "bottom" };
export const NOTE: CellStyle = { italic: true, wrap: true, vAlign: "top", fontSize: BODY_PT };

export function statusLabel(status: Status, lang: Lang): string {
  return LEGEND.find((l) => l.status === status)?.[lang] ?? status;
}

/** Dates go in as serials with a date format, so Excel sorts and filters them as dates. */
export function dateValue(iso: string | null | undefined): ModelValue {
  if (!iso) return null;
  const serial = isoToSerial(iso);
  return Number.isNaN(serial) ? iso : serial;
}

export class SheetBuilder {
  readonly cells: ModelCell[] = [];
  readonly merges: CellRange[] = [];
  readonly heights: Record<number, number> = {};

  put(row: number, col: number, value: ModelValue, style?: CellStyle, toCol = col): ModelCell {
    const cell: ModelCell = style ? { row, col, value, style } : { row, col, value };
    this.cells.push(cell);
    // Merged areas keep the border on every cell, so printed tables have no gaps.
    for (let c = col + 1; c <= toCol; c++)
      this.cells.push(style ? { row, col: c, value: null, style } : { row, col: c, value: null });
    if (toCol > col) this.merges.push({ top: row, left: col, bottom: row, right: toCol });
    return cell;
  }

  mergeDown(row: number, col: number, bottom: number, style?: CellStyle): void {
    for (let r = row + 1; r <= bottom; r++)
      this.cells.push(style ? { row: r, col, value: null, style } : { row: r, col, value: null });
    this.merges.push({ top: row, left: col, bottom, right: col });
  }
}

/**
 * Height of a row whose texts wrap in merged or narrow cells: Excel and LibreOffice do not
 * grow rows of a file they open, so a too-small height clips text and a too-large one wastes paper.
 */
export function wrappedHeight(texts: { text: string; chars: number }[], fontPt: number): number {
  let lines = 1;
  // A character of a `fontPt` font is about fontPt/11 of a default-width character; words wrap whole, so keep a margin.
  const perChar = fontPt / 11;
  for (const t of texts) {
    const perLine = Math.max(1, Math.floor((t.chars - 1) / perChar));
    let n = 0;
    for (const part of t.text.split("\n")) n += wordLines(part, perLine);
    lines = Math.max(lines, n);
  }
  return Math.min(409, Math.ceil(lines * fontPt * 1.22 + 4));
}

/** Lines a text takes when wrapped at word boundaries, `perLine` characters wide. */
function wordLines(text: string, perLine: number): number {
  // Words joined by single spaces are never longer than the text: a short text is one line
  // («Замечания» asks this for 60,000 cells, most of them numbers, addresses and short names).
  if (text.length <= perLine) return 1;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used === 0) used = len;
    else if (used + 1 + len <= perLine) used += 1 + len;
    else {
      lines++;
      used = len;
    }
    while (used > perLine) {
      lines++;
      used -= perLine;
    }
  }
  return lines;
}

/**
 * Column page breaks for a table wider than a page: columns up to `repeatLast` repeat on
 * every page; the rest go in groups (never split) as many as fit A4 landscape at 100 %,
 * measured as LibreOffice without Calibri would (the wider case).
 * `groups` are [first, last] column ranges after the repeated ones.
 */
export function columnBreaks(widths: number[], repeatLast: number, groups: [number, number][]): number[] {
  let repeat = 0;
  for (let c = 0; c <= repeatLast; c++) repeat += columnPointsWorst(widths[c] ?? 8.43);
  const room = A4_LANDSCAPE.width - repeat;
  const breaks: number[] = [];
  let used = 0;
  for (const [first, last] of groups) {
    let w = 0;
    for (let c = first; c <= last; c++) w += columnPointsWorst(widths[c] ?? 8.43);
    if (used > 0 && used + w > room) {
      breaks.push(first);
      used = 0;
    }
    used += w;
  }
  return breaks;
}

/** Print setup every report sheet shares: A4 landscape one page wide, title rows repeated, page numbers. */
export function reportPrint(
  name: string,
  lang: Lang,
  repeatRows: { first: number; last: number } | undefined,
  extra: Partial<NonNullable<SheetModel["print"]>> = {},
): NonNullable<SheetModel["print"]> {
  return {
    orientation: "landscape",
    fitToWidth: true,
    ...(repeatRows ? { repeatRows } : {}),
    footer: { left: name, right: PAGE_FOOTER[lang] },
    ...extra,
  };
}

/** A report table sheet with a title row and one header row: headers frozen and repeated on every page. */
export function tableSheet(name: string, lang: Lang, b: SheetBuilder, columnWidths: number[]): SheetModel {
  return {
    name,
    cells: b.cells,
    merges: b.merges,
    columnWidths,
    rowHeights: b.heights,
    freeze: { rows: 2, cols: 0 },
    print: reportPrint(name, lang, { first: 0, last: 1 }),
    tabColor: "#2F5597",
  };
}
