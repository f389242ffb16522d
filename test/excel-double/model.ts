import { MAX_COLS, areaA1, parseArea, type Area } from "./address";

/** In-memory state of the double: what a saved .xlsx would hold, plus host switches. */
export interface DoubleFill {
  /** "#RRGGBB", upper case as Excel returns it. */
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export type DoubleValue = string | number | boolean;

export interface DoubleCell {
  /** "" is an empty cell, as Excel reports it. */
  value: DoubleValue;
  /** Set when a string was typed as a formula (the double does not evaluate it). */
  formula?: string;
  numberFormat: string;
  fill: DoubleFill | null;
  font: { bold?: boolean; italic?: boolean; color?: string; size?: number };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, string>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface DoubleTable {
  name: string;
  /** A1 address of the whole table (headers included). */
  address: string;
  area: Area;
  hasHeaders: boolean;
  /** Column names as Excel made them unique. */
  headers: string[];
  style?: string;
}

export class DoubleSheet {
  readonly cells = new Map<number, DoubleCell>();
  visibility: Visibility = "Visible";
  protected = false;
  tabColor = "";
  merges: Area[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freeze = { rows: 0, cols: 0 };
  tables: DoubleTable[] = [];
  pageLayout: {
    orientation?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printTitleColumns?: string;
    leftFooter?: string;
    rightFooter?: string;
    colBreaks: string[];
  } = { colBreaks: [] };
  /** Notes by A1 address. */
  notes = new Map<string, string>();

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  peek(row: number, col: number): DoubleCell | undefined {
    return this.cells.get(DoubleSheet.key(row, col));
  }

  cellAt(row: number, col: number): DoubleCell {
    const k = DoubleSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: "", numberFormat: "General", fill: null, font: {} }));
    return c;
  }

  /** Test helper: the cell at an A1 address (a blank one when never touched). */
  cell(address: string): DoubleCell {
    const a = parseArea(address);
    if (!a) throw new Error(`bad address ${address}`);
    return this.peek(a.top, a.left) ?? { value: "", numberFormat: "General", fill: null, font: {} };
  }

  /** Test helper: merges an area directly (no sync), refusing overlaps as Excel does. */
  addMerge(address: string): this {
    const a = parseArea(address);
    if (!a) throw new Error(`bad address ${address}`);
    if (this.merges.some((m) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right)) {
      throw new Error(`${address} overlaps a merged area`);
    }
    this.merges.push(a);
    return this;
  }

  /**
   * Test helper: the user inserts `count` rows above 0-based row `at` (no sync). Cells and
   * notes below move down, as in Excel; merges are not shifted (tests using this have none).
   */
  insertRows(at: number, count = 1): this {
    const moved = [...this.cells].filter(([k]) => Math.floor(k / MAX_COLS) >= at);
    for (const [k] of moved) this.cells.delete(k);
    for (const [k, c] of moved) this.cells.set(k + count * MAX_COLS, c);
    const notes = [...this.notes];
    this.notes.clear();
    for (const [address, text] of notes) {
      const a = parseArea(address);
      if (!a) continue;
      const row = a.top >= at ? a.top + count : a.top;
      this.notes.set(areaA1({ top: row, bottom: row, left: a.left, right: a.left }), text);
    }
    return this;
  }

  /** Bounds of non-empty cells (valuesOnly) or of any cell with a value or format, optionally within `within`. */
  usedArea(valuesOnly = false, within?: Area): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      const hasValue = c.value !== "";
      const hasFormat = c.fill !== null || c.numberFormat !== "General" || Object.keys(c.font).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const r = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (within && (r < within.top || r > within.bottom || col < within.left || col > within.right)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface DoubleOptions {
  /** Highest supported ExcelApi minor version: 7 means ExcelApi 1.7 only. Default 18. */
  apiVersion?: number;
  /** Request and response limit in UTF-8 bytes of JSON (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Longest address string Excel accepts. */
  addressLimit?: number;
  displayLanguage?: string;
}

export class DoubleWorkbook {
  sheets: DoubleSheet[] = [];
  apiVersion: number;
  payloadLimit: number;
  addressLimit: number;
  displayLanguage: string;
  /**
   * Excel on the web in Viewing mode, or a file whose rights (IRM) forbid editing: every
   * command that changes the workbook fails with AccessDenied, though no sheet is protected.
   */
  viewOnly = false;
  /** When true every sync fails, as when the user is typing in a cell. */
  editMode = false;
  /**
   * Review → Protect Workbook (structure): sheets cannot be added, deleted, renamed, moved
   * or hidden; cells can still be written. Read through `workbook.protection.protected`.
   */
  structureProtected = false;
  activeSheet = "";
  selection = "";
  /** Every sync across every context, for tests of "constant syncs". */
  totalSyncs = 0;
  /** Largest request payload seen, in UTF-8 bytes. */
  maxRequestPayload = 0;
  /** UTF-8 bytes of every request and response the double accepted, to compare a sync count with the least possible. */
  requestBytes = 0;
  responseBytes = 0;
  /** Syncs refused with Request/ResponsePayloadSizeLimitExceeded (the add-in should then retry smaller). */
  refusedPayloads = 0;
  /** How many cells each `values` read asked for, in order. */
  readonly valueReads: number[] = [];
  /** Longest address string the add-in sent. */
  maxAddressLength = 0;
  /** Names of APIs called, e.g. "Range.getCellProperties", to check feature detection. */
  readonly apiCalls = new Set<string>();

  constructor(options: DoubleOptions = {}) {
    this.apiVersion = options.apiVersion ?? 18;
    this.payloadLimit = options.payloadLimit ?? 5_000_000;
    this.addressLimit = options.addressLimit ?? 8_192;
    this.displayLanguage = options.displayLanguage ?? "ru-RU";
  }

  find(name: string): DoubleSheet | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  /** Test helper: the sheet, or an exception. */
  sheet(name: string): DoubleSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Test helper: adds a sheet directly (no sync). */
  addSheet(
    name: string,
    rows: DoubleValue[][] = [],
    at: { row: number; col: number } = { row: 0, col: 0 },
  ): DoubleSheet {
    const s = new DoubleSheet(name);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== "") s.cellAt(at.row + i, at.col + j).value = v;
      }),
    );
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  /** Test helper: a JSON copy of every cell value, to prove values are untouched. */
  valuesFingerprint(sheetNames?: string[]): string {
    const out: Record<string, [number, DoubleValue, string | undefined][]> = {};
    for (const s of this.sheets) {
      if (sheetNames && !sheetNames.includes(s.name)) continue;
      out[s.name] = [...s.cells.entries()]
        .filter(([, c]) => c.value !== "" || c.formula)
        .map(([k, c]) => [k, c.value, c.formula] as [number, DoubleValue, string | undefined])
        .sort((a, b) => a[0] - b[0]);
    }
    return JSON.stringify(out);
  }
}
