import type { PaintPlan } from "../domain/paint-plan";
import type { SheetModel } from "../domain/sheet-model";
import type { CellRange, CellValue, WorkbookSnapshot } from "../domain/snapshot";
import type { InputGuard } from "./input-guards";

/**
 * The port every front end implements: the Excel add-in (Office.js), the web page on a
 * file and the CLI (.xlsx library). Use cases in monitor.ts only talk to this.
 */
export interface WorkbookGateway {
  /** Reads every visible sheet's used range: values and number formats. */
  readSnapshot(onProgress?: (fraction: number) => void): Promise<WorkbookSnapshot>;
  /**
   * Colours cells. Before the first paint of a cell, remembers its own fill so that
   * clearPaint() can restore it exactly. Repainting replaces the previous paint.
   */
  applyPaint(plan: PaintPlan): Promise<void>;
  /** Restores exactly the fills the add-in replaced and removes its notes. */
  clearPaint(): Promise<void>;
  /**
   * Creates or replaces (never duplicates) a sheet the add-in owns. Returns the name used:
   * «Замечания (2)» when the user has a sheet of their own called «Замечания».
   */
  writeSheet(model: SheetModel, options?: { activate?: boolean }): Promise<string>;
  /** Lays out a new monitoring workbook (template). */
  createWorkbook(models: SheetModel[]): Promise<void>;
  /** Selects a cell and brings it into view (Excel only; file mode may ignore). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** The add-in's own small state (settings, mapping), kept in the workbook. */
  loadState(key: string): Promise<string | null>;
  saveState(key: string, value: string): Promise<void>;
  /**
   * When the file was first created (ISO text as the file records it), or null. Identifies
   * the master a school copy came from (PRODUCT.md §6a); optional for gateways without it.
   */
  documentCreated?(): Promise<string | null>;
  /**
   * Writes values into cells (collect): strings always as text, never as formulas; a
   * number format where given. Cells outside the used range are created.
   */
  writeValues?(cells: readonly CellWrite[]): Promise<void>;
  /**
   * «Защитить ввод»: adds data validation to a sheet next to the user's own, skipping cells
   * she already validates. Returns how many cells got a guard.
   */
  addValidation?(sheet: string, guards: readonly { ranges: CellRange[]; guard: InputGuard }[]): Promise<number>;
}

/** One value collect writes into the master (0-based row and column). */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
  /** Set the cell's number format too (a date arriving in a General cell gets «DD.MM.YYYY»). */
  numberFormat?: string;
}

/** Errors the user must see, with stable codes; the UI maps codes to plain sentences. */
export type MonitorErrorCode =
  | "file-not-found"
  | "not-xlsx"
  | "encrypted"
  | "corrupt"
  | "empty-workbook"
  | "no-sheets-recognised"
  | "sheet-protected"
  | "cell-editing"
  | "api-not-supported"
  | "sheet-missing"
  | "output-is-input"
  | "output-not-writable"
  | "bad-argument"
  | "template-exists"
  // What Excel itself refuses (the Office adapter maps its codes to these).
  | "workbook-too-large"
  /** One write command larger than Excel on the web accepts, even alone. */
  | "request-too-large"
  | "workbook-inactive"
  | "merged-conflict"
  | "name-taken"
  | "unsupported-sheet"
  | "access-denied"
  | "no-schools"
  | "collect-nothing"
  | "unknown";

export class MonitorError extends Error {
  constructor(
    readonly code: MonitorErrorCode,
    readonly details: Record<string, string> = {},
    cause?: unknown,
  ) {
    super(code);
    this.name = "MonitorError";
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}
