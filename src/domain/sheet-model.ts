import type { CellRange } from "./snapshot";

/**
 * A sheet the add-in writes («Замечания», the quarterly report, the template),
 * described as plain data. Each adapter renders it (ExcelJS/xlsx file, Office.js),
 * so the content is built and tested once.
 */
export type ModelValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  /** "#RRGGBB" */
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  /** Thin border on all four sides. */
  border?: boolean;
  /** Excel number format, e.g. "DD.MM.YYYY", "0.0%", "#,##0". Dates are serials with a date format. */
  numberFormat?: string;
}

export interface ModelCell {
  /** 0-based */
  row: number;
  /** 0-based */
  col: number;
  /**
   * Strings are always written as text, never as formulas, even when they start
   * with "=", "+", "-" or "@" (school names come from users).
   */
  value: ModelValue;
  style?: CellStyle;
  /** Internal hyperlink to a cell of another sheet. */
  link?: { sheet: string; cell: string };
}

export interface SheetModel {
  name: string;
  cells: ModelCell[];
  merges?: CellRange[];
  /** Width in characters per column, 0-based index. */
  columnWidths?: number[];
  /** Heights in points for specific rows. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  /** Excel table over a header row and data rows (filterable). Rendered as a table or an autofilter. */
  table?: { name: string; range: CellRange; style?: string };
  print?: {
    orientation: "landscape" | "portrait";
    /** Shrink to one page wide. Off for tables laid out for A4 at `scale`, with their own column breaks. */
    fitToWidth: boolean;
    /** 0-based inclusive rows repeated at the top of every printed page. */
    repeatRows?: { first: number; last: number };
    /** 0-based inclusive columns repeated at the left of every printed page (a wide table's school column). */
    repeatCols?: { first: number; last: number };
    /** Manual page breaks: 0-based columns that start a new printed page. */
    colBreaks?: number[];
    /** Print scale in percent when not fitted to width (default 100). */
    scale?: number;
    /**
     * Page footer, left and right parts. `{page}` and `{pages}` become the page number and
     * the page count (Excel's &P and &N), e.g. "Стр. {page} из {pages}".
     */
    footer?: { left?: string; right?: string };
  };
  tabColor?: string;
  /**
   * Names this sheet had under another UI language («Замечания» / "Issues"): an owned sheet
   * of such a name is replaced by this one rather than kept beside it.
   */
  replaces?: string[];
}

/** Page number template of the sheets the add-in prints. */
export const PAGE_FOOTER: Readonly<Record<"ru" | "en", string>> = {
  ru: "Стр. {page} из {pages}",
  en: "Page {page} of {pages}",
};

/**
 * Printable area of A4 landscape with the margins the renderers write (0.5″ left and
 * right, 0.75″ top and bottom), in points: what a printed table is laid out against.
 */
export const A4_LANDSCAPE = { width: 842 - 72, height: 595 - 108 } as const;

/** Printed width in points of a column `chars` wide (Excel: 7 px per character plus 5 px padding). */
export function columnPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/** The footer in Excel's header/footer codes: &L left, &R right, &P page, &N pages; a literal & is &&. */
export function footerCodes(footer: { left?: string; right?: string }): string {
  const code = (t: string) =>
    t
      .replace(/&/g, "&&")
      .replace(/\{page\}/g, "&P")
      .replace(/\{pages\}/g, "&N");
  return `${footer.left ? `&L${code(footer.left)}` : ""}${footer.right ? `&R${code(footer.right)}` : ""}`;
}

const DEFAULT_WIDTH = 8.43;
const LINE_POINTS = 15;

/**
 * Row heights for wrapped text, estimated from text length and column width. Excel and
 * LibreOffice do not re-measure rows of a file they open, so without this long titles and
 * messages overlap the next row. Rows with an explicit height keep it.
 */
export function estimatedRowHeights(model: SheetModel): Record<number, number> {
  const widths = model.columnWidths ?? [];
  const spans = new Map<string, number>();
  for (const m of model.merges ?? []) {
    if (m.bottom !== m.top) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widths[c] ?? DEFAULT_WIDTH;
    spans.set(`${m.top}:${m.left}`, w);
  }
  const inVerticalMerge = (row: number, col: number) =>
    (model.merges ?? []).some(
      (m) => m.bottom > m.top && row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
    );
  const out: Record<number, number> = {};
  for (const c of model.cells) {
    if (!c.style?.wrap || typeof c.value !== "string" || !c.value) continue;
    if (model.rowHeights?.[c.row] !== undefined || inVerticalMerge(c.row, c.col)) continue;
    const width = spans.get(`${c.row}:${c.col}`) ?? widths[c.col] ?? DEFAULT_WIDTH;
    const scale = (c.style.fontSize ?? 11) / 11;
    const perLine = Math.max(1, Math.floor((width - 1) / (scale * 1.05)));
    const lines = c.value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    const h = Math.min(409, Math.ceil(lines * LINE_POINTS * scale));
    if (h > LINE_POINTS && h > (out[c.row] ?? 0)) out[c.row] = h;
  }
  return out;
}
