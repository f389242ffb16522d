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
