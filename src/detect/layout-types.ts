/** Where things are in the user's workbook, found by role and header text (PRODUCT.md §2). */
export type Role = "roadmap" | "registry" | "steps" | "indicators" | "indicatorRules";

export const ROLES: readonly Role[] = ["roadmap", "registry", "steps", "indicators", "indicatorRules"];

export interface SheetLayout {
  role: Role;
  sheet: string;
  /** 0-based row holding the (lowest) header row. */
  headerRow: number;
  /** 0-based first and last data rows (inclusive). */
  firstDataRow: number;
  lastDataRow: number;
  /** Column key (e.g. "deadline", "doneDate", "school") → 0-based column. */
  columns: Record<string, number>;
  /** School-steps sheet: roadmap item number ("8") → 0-based column. */
  stepColumns?: Record<string, number>;
  /** Indicators sheet: header text of each indicator column → 0-based column. */
  indicatorColumns?: Record<string, number>;
}

export interface Layout {
  roadmap?: SheetLayout;
  registry?: SheetLayout;
  steps?: SheetLayout;
  indicators?: SheetLayout;
  indicatorRules?: SheetLayout;
}

/** A mapping set by hand in the pane, saved in the workbook. Columns are letters ("H"). */
export interface LayoutOverrides {
  sheets?: Partial<Record<Role, string>>;
  columns?: Partial<Record<Role, Record<string, string>>>;
}
