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
    fitToWidth: boolean;
    /** 0-based inclusive rows repeated at the top of every printed page. */
    repeatRows?: { first: number; last: number };
  };
  tabColor?: string;
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
