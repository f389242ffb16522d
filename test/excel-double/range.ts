import { areaA1, cellA1, quoteSheet, type Area } from "./address";
import { ClientObject, ClientResult, loadNames, type Batch } from "./context";
import { DoubleExcelError } from "./errors";
import type { DoubleCell, DoubleSheet, DoubleValue } from "./model";
import type {
  RangeAreasShape,
  RangeBorderCollectionShape,
  RangeBorderShape,
  RangeCollectionShape,
  RangeFillShape,
  RangeFontShape,
  RangeFormatShape,
  RangeShape,
} from "./typed";

/** Where a range proxy points; resolved lazily at sync time. */
export interface Target {
  sheet(): DoubleSheet;
  areas(): Area[];
}

function guard(sheet: DoubleSheet): void {
  if (sheet.protected) throw new DoubleExcelError("AccessDenied", `Sheet '${sheet.name}' is protected.`);
}

function forEachCell(t: Target, fn: (c: DoubleCell, r: number, col: number) => void): void {
  const s = t.sheet();
  guard(s);
  for (const a of t.areas())
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(s.cellAt(r, c), r, c);
}

function normColor(c: string): string {
  return c.startsWith("#") ? c.toUpperCase() : c;
}

/** Excel's limit on a cell's text (support.microsoft.com, "Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32_767;

/**
 * Excel refuses the whole command when one string is longer than a cell holds; the code is not
 * documented for this case — the double sends InvalidArgument, Excel's code for a bad value.
 */
function checkText(v: unknown): void {
  const values = Array.isArray(v) ? v.flat() : [v];
  for (const x of values)
    if (typeof x === "string" && x.length > MAX_CELL_TEXT)
      throw new DoubleExcelError("InvalidArgument", `Text of ${x.length} characters; a cell holds ${MAX_CELL_TEXT}.`);
}

/** Value typing as Excel does on entry: "@" format keeps text; "=…", "+x", "@x" become formulas. */
export function enterValue(cell: DoubleCell, v: unknown): void {
  // null in a values array leaves the cell as it is (undefined travels as null in the request JSON).
  if (v === null || v === undefined) return;
  cell.formula = undefined;
  if (v === "") {
    cell.value = "";
    return;
  }
  if (typeof v !== "string") {
    cell.value = v as DoubleValue;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = v;
    return;
  }
  if (v.startsWith("'")) {
    cell.value = v.slice(1);
    return;
  }
  const t = v.trim();
  if (t !== "" && !Number.isNaN(Number(t))) {
    cell.value = Number(t);
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    cell.formula = v.startsWith("=") ? v : `=${v}`;
    cell.value = "#NAME?";
    return;
  }
  cell.value = v;
}

export class RangeFill extends ClientObject implements RangeFillShape {
  protected readonly loadable = ["color", "pattern"] as const;
  constructor(
    batch: Batch,
    private readonly t: Target,
  ) {
    super(batch);
  }
  protected read(name: string): unknown {
    const s = this.t.sheet();
    const colors = new Set<string>();
    const patterns = new Set<string>();
    for (const a of this.t.areas())
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++) {
          const f = s.peek(r, c)?.fill ?? null;
          colors.add(f ? f.color : "#FFFFFF");
          patterns.add(f ? f.pattern : "None");
        }
    const set = name === "color" ? colors : patterns;
    return set.size === 1 ? [...set][0] : null;
  }
  get color(): string {
    return this.got("color");
  }
  set color(v: string) {
    this.write(v, () =>
      forEachCell(this.t, (cell) => {
        cell.fill = { color: normColor(v), pattern: "Solid" };
      }),
    );
  }
  clear(): void {
    this.write("clear", () =>
      forEachCell(this.t, (cell) => {
        cell.fill = null;
      }),
    );
  }
}

/** One value when every cell of the target agrees, else null (as Office.js reports mixed formats). */
function uniform(t: Target, get: (c: DoubleCell | undefined) => unknown): unknown {
  const s = t.sheet();
  const seen = new Set<string>();
  let first: unknown;
  for (const a of t.areas())
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const v = get(s.peek(r, c));
        if (seen.size === 0) first = v;
        seen.add(JSON.stringify(v));
        if (seen.size > 1) return null;
      }
  return first;
}

type FontKey = "bold" | "italic" | "color" | "size";
const FONT_DEFAULTS: Record<FontKey, unknown> = { bold: false, italic: false, color: "#000000", size: 11 };

export class RangeFont extends ClientObject implements RangeFontShape {
  protected readonly loadable = ["bold", "italic", "color", "size"] as const;
  constructor(
    batch: Batch,
    private readonly t: Target,
  ) {
    super(batch);
  }
  protected read(name: string): unknown {
    const key = name as FontKey;
    return uniform(this.t, (c) => c?.font[key] ?? FONT_DEFAULTS[key]);
  }
  private put(key: FontKey, v: unknown): void {
    this.write(v, () =>
      forEachCell(this.t, (cell) => {
        cell.font = { ...cell.font, [key]: key === "color" ? normColor(String(v)) : v };
      }),
    );
  }
  get bold(): boolean {
    return this.got("bold");
  }
  set bold(v: boolean) {
    this.put("bold", v);
  }
  get italic(): boolean {
    return this.got("italic");
  }
  set italic(v: boolean) {
    this.put("italic", v);
  }
  get color(): string {
    return this.got("color");
  }
  set color(v: string) {
    this.put("color", v);
  }
  get size(): number {
    return this.got("size");
  }
  set size(v: number) {
    this.put("size", v);
  }
}

export class RangeBorder extends ClientObject implements RangeBorderShape {
  protected readonly loadable = ["style"] as const;
  constructor(
    batch: Batch,
    private readonly t: Target,
    private readonly edge: string,
  ) {
    super(batch);
  }
  protected read(): unknown {
    return uniform(this.t, (c) => c?.borders?.[this.edge] ?? "None");
  }
  get style(): Excel.RangeBorder["style"] {
    return this.got("style");
  }
  set style(v: Excel.RangeBorder["style"]) {
    this.write([this.edge, v], () =>
      forEachCell(this.t, (cell) => {
        cell.borders = { ...cell.borders, [this.edge]: v };
      }),
    );
  }
}

export class RangeBorders implements RangeBorderCollectionShape {
  constructor(
    private readonly batch: Batch,
    private readonly t: Target,
  ) {}
  getItem(index: Parameters<Excel.RangeBorderCollection["getItem"]>[0]): RangeBorder {
    return new RangeBorder(this.batch, this.t, index);
  }
}

export class RangeFormat extends ClientObject implements RangeFormatShape {
  protected readonly loadable = [
    "columnWidth",
    "rowHeight",
    "wrapText",
    "horizontalAlignment",
    "verticalAlignment",
  ] as const;
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: RangeBorders;
  constructor(
    batch: Batch,
    private readonly t: Target,
  ) {
    super(batch);
    this.fill = new RangeFill(batch, t);
    this.font = new RangeFont(batch, t);
    this.borders = new RangeBorders(batch, t);
  }
  protected read(name: string): unknown {
    const s = this.t.sheet();
    const a = this.t.areas()[0];
    switch (name) {
      case "columnWidth":
        return s.columnWidths.get(a.left) ?? 48;
      case "rowHeight":
        return s.rowHeights.get(a.top) ?? 15;
      case "wrapText":
        return uniform(this.t, (c) => c?.wrapText ?? false);
      case "horizontalAlignment":
        return uniform(this.t, (c) => c?.horizontalAlignment ?? "General");
      case "verticalAlignment":
        return uniform(this.t, (c) => c?.verticalAlignment ?? "Bottom");
      default:
        throw new DoubleExcelError("InvalidArgument", `Unknown property ${name}`);
    }
  }
  private cells(key: "wrapText" | "horizontalAlignment" | "verticalAlignment", v: unknown): void {
    this.write(v, () =>
      forEachCell(this.t, (cell) => {
        (cell as unknown as Record<string, unknown>)[key] = v;
      }),
    );
  }
  get wrapText(): boolean {
    return this.got("wrapText");
  }
  set wrapText(v: boolean) {
    this.cells("wrapText", v);
  }
  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.got("horizontalAlignment");
  }
  set horizontalAlignment(v: Excel.RangeFormat["horizontalAlignment"]) {
    this.cells("horizontalAlignment", v);
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.got("verticalAlignment");
  }
  set verticalAlignment(v: Excel.RangeFormat["verticalAlignment"]) {
    this.cells("verticalAlignment", v);
  }
  get columnWidth(): number {
    return this.got("columnWidth");
  }
  set columnWidth(v: number) {
    this.write(v, () => {
      const s = this.t.sheet();
      guard(s);
      for (const a of this.t.areas()) for (let c = a.left; c <= a.right; c++) s.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.got("rowHeight");
  }
  set rowHeight(v: number) {
    this.write(v, () => {
      const s = this.t.sheet();
      guard(s);
      for (const a of this.t.areas()) for (let r = a.top; r <= a.bottom; r++) s.rowHeights.set(r, v);
    });
  }
}

/** Cells Excel returns values for in one read; above it `values` comes back null. */
export const MAX_READ_CELLS = 5_000_000;

/** A single rectangular range. */
export class Range extends ClientObject implements RangeShape {
  protected readonly loadable = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "numberFormat",
  ] as const;
  readonly format: RangeFormat;

  constructor(
    batch: Batch,
    /** Where it points (read by tables.add, which takes a Range). */
    readonly t: Target,
    private readonly nullable = false,
  ) {
    super(batch);
    this.format = new RangeFormat(batch, t);
  }

  protected exists(): boolean {
    if (!this.nullable) return true;
    return this.t.areas().length > 0;
  }

  private area(): Area {
    return this.t.areas()[0];
  }

  protected read(name: string): unknown {
    const s = this.t.sheet();
    const a = this.area();
    const grid = (f: (c: DoubleCell | undefined) => unknown): unknown[][] => {
      const out: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(f(s.peek(r, c)));
        out.push(row);
      }
      return out;
    };
    // Excel answers `null` rather than more than 5 million cells' values in one read.
    const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
    if (name === "values" || name === "numberFormat") {
      if (name === "values") this.batch.book.valueReads.push(cells);
      if (cells > MAX_READ_CELLS) return null;
    }
    switch (name) {
      case "address":
        return `${quoteSheet(s.name)}!${areaA1(a)}`;
      case "rowIndex":
        return a.top;
      case "columnIndex":
        return a.left;
      case "rowCount":
        return a.bottom - a.top + 1;
      case "columnCount":
        return a.right - a.left + 1;
      case "values":
        return grid((c) => c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      default:
        throw new DoubleExcelError("InvalidArgument", `Unknown property ${name}`);
    }
  }

  get address(): string {
    return this.got("address");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get values(): DoubleValue[][] {
    return this.got("values");
  }
  get numberFormat(): string[][] {
    return this.got("numberFormat");
  }

  /** A 2-D array must match the range; a scalar applies to every cell, as in Office.js. */
  private grid(v: unknown, apply: (cell: DoubleCell, x: unknown) => void, check?: (v: unknown) => void): void {
    this.write(v, () => {
      check?.(v);
      const a = this.area();
      const rows = a.bottom - a.top + 1;
      const cols = a.right - a.left + 1;
      if (Array.isArray(v) && (v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols))) {
        throw new DoubleExcelError("InvalidArgument", "The number of rows or columns does not match the range.");
      }
      forEachCell(this.t, (cell, r, c) => apply(cell, Array.isArray(v) ? v[r - a.top][c - a.left] : v));
    });
  }
  set values(v: unknown) {
    this.grid(v, (cell, x) => enterValue(cell, x), checkText);
  }
  /** null leaves a cell's format as it is; "" is General, as Excel reads it back. */
  set numberFormat(v: unknown) {
    this.grid(v, (cell, x) => {
      if (x === null || x === undefined) return;
      cell.numberFormat = x === "" ? "General" : String(x);
    });
  }
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.write(v, () =>
      forEachCell(this.t, (cell) => {
        cell.hyperlink = { ...v };
        if (v.textToDisplay !== undefined && cell.value === "") cell.value = v.textToDisplay;
      }),
    );
  }

  /** ExcelApi 1.4: the used part of this range (values only, or values and formats), or a null object. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.batch.requires(4, "Range.getUsedRangeOrNullObject");
    let cached: Area[] | undefined;
    return new Range(
      this.batch,
      {
        sheet: () => this.t.sheet(),
        areas: () => {
          if (!cached) {
            const used = this.t.sheet().usedArea(valuesOnly, this.area());
            cached = used ? [used] : [];
          }
          return cached;
        },
      },
      true,
    );
  }

  select(): void {
    this.write("select", () => {
      const s = this.t.sheet();
      this.batch.book.activeSheet = s.name;
      this.batch.book.selection = `${quoteSheet(s.name)}!${areaA1(this.area())}`;
    });
  }

  merge(across = false): void {
    this.write(["merge", across], () => {
      const s = this.t.sheet();
      guard(s);
      const a = this.area();
      if (s.merges.some((m) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right)) {
        throw new DoubleExcelError("InvalidOperation", "Cannot merge over a merged area.");
      }
      const parts = across
        ? Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ ...a, top: a.top + i, bottom: a.top + i }))
        : [{ ...a }];
      for (const m of parts) {
        // Excel keeps only the upper-left value of a merged area; the other cells are emptied.
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) {
            const cell = r === m.top && c === m.left ? undefined : s.peek(r, c);
            if (cell) {
              cell.value = "";
              cell.formula = undefined;
            }
          }
        s.merges.push(m);
      }
    });
  }

  /**
   * ExcelApi 1.13. As in Excel: only merged areas whose top-left cell lies in this range,
   * each whole; a null object when there are none; over 512 areas the sync fails (Excel
   * documents the failure but not its code, so the double says GeneralException).
   */
  getMergedAreasOrNullObject(): RangeAreas {
    this.batch.requires(13, "Range.getMergedAreasOrNullObject");
    let cached: Area[] | undefined;
    const merged = (): Area[] => {
      if (cached) return cached;
      const s = this.t.sheet();
      const inside = (r: number, c: number) =>
        this.t.areas().some((a) => a.top <= r && r <= a.bottom && a.left <= c && c <= a.right);
      const found = s.merges.filter((m) => inside(m.top, m.left)).map((m) => ({ ...m }));
      if (found.length > 512) throw new DoubleExcelError("GeneralException", "More than 512 merged areas.");
      return (cached = found);
    };
    return new RangeAreas(this.batch, { sheet: () => this.t.sheet(), areas: merged }, true);
  }

  /**
   * ExcelApi 1.9. As Excel: only the properties asked for come back (`address`,
   * `format.fill.*`, `format.font.bold/italic/color/size` here); asking for one the double
   * does not model is a test error, never a silent omission.
   */
  getCellProperties(
    cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions,
  ): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    this.batch.requires(9, "Range.getCellProperties");
    const want = cellPropertiesLoadOptions;
    const { fill: wantFill, font: wantFont, ...otherFormat } = want.format ?? {};
    const { address: wantAddress, hyperlink: wantLink, format: _format, ...other } = want;
    const unsupported = [
      ...Object.keys(other),
      ...Object.keys(otherFormat).map((k) => `format.${k}`),
      ...Object.keys(wantFill ?? {})
        .filter((k) => !FILL_KEYS.includes(k as never))
        .map((k) => `format.fill.${k}`),
      ...Object.keys(wantFont ?? {})
        .filter((k) => !FONT_KEYS.includes(k as never))
        .map((k) => `format.font.${k}`),
    ];
    if (unsupported.length > 0) throw new Error(`The double's getCellProperties has no ${unsupported.join(", ")}`);
    const result = new ClientResult<Excel.CellProperties[][]>();
    this.batch.enqueue(want, () => {
      const s = this.t.sheet();
      const a = this.area();
      const out: Excel.CellProperties[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: Excel.CellProperties[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const cell = s.peek(r, c);
          const props: Excel.CellProperties = {};
          if (wantAddress) props.address = `${quoteSheet(s.name)}!${cellA1(r, c)}`;
          // Asked for with `hyperlink: true`; a cell without a link has none, as in Excel.
          const link = wantLink ? cell?.hyperlink : undefined;
          if (link) props.hyperlink = { ...link };
          const format: Excel.CellPropertiesFormat = {};
          if (wantFill) {
            const f = cell?.fill ?? null;
            const all: Required<Excel.CellPropertiesFill> = {
              color: f ? f.color : "#FFFFFF",
              pattern: (f ? f.pattern : "None") as Excel.FillPattern,
              patternColor: f?.patternColor ?? "",
              tintAndShade: f?.tintAndShade ?? 0,
              patternTintAndShade: f?.patternTintAndShade ?? 0,
            };
            format.fill = pick(all, wantFill);
          }
          if (wantFont) {
            const font = cell?.font ?? {};
            const all: Required<Pick<Excel.CellPropertiesFont, (typeof FONT_KEYS)[number]>> = {
              bold: font.bold ?? false,
              italic: font.italic ?? false,
              color: font.color ?? "#000000",
              size: font.size ?? 11,
            };
            format.font = pick(all, wantFont);
          }
          if (wantFill || wantFont) props.format = format;
          row.push(props);
        }
        out.push(row);
      }
      this.batch.addResponse(out);
      result.set(out);
    });
    return result;
  }

  /** ExcelApi 1.9; the double honours format.fill and format.font.bold/italic/color/size and hyperlink. */
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.batch.requires(9, "Range.setCellProperties");
    const data = cellPropertiesData;
    this.write(data, () => {
      const a = this.area();
      // Excel refuses gradients here before changing any cell.
      if (data.some((row) => row.some((p) => /Gradient$/.test(p.format?.fill?.pattern ?? ""))))
        throw new DoubleExcelError("UnsupportedFillType", "Gradient fills cannot be set through setCellProperties.");
      forEachCell(this.t, (cell, r, c) => {
        const link = data[r - a.top]?.[c - a.left]?.hyperlink;
        if (link) {
          // As `range.hyperlink`: the text shows in a cell that has no value yet.
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined && cell.value === "") cell.value = link.textToDisplay;
        }
        const p = data[r - a.top]?.[c - a.left]?.format;
        if (!p) return;
        if (p.fill) {
          if (p.fill.pattern === "None") cell.fill = null;
          else if (p.fill.color !== undefined) {
            cell.fill = {
              color: normColor(p.fill.color),
              pattern: p.fill.pattern ?? "Solid",
              patternColor: p.fill.patternColor || undefined,
              tintAndShade: p.fill.tintAndShade || undefined,
              patternTintAndShade: p.fill.patternTintAndShade || undefined,
            };
          }
        }
        if (p.font) {
          const { bold, italic, color, size } = p.font;
          const next = { ...cell.font, bold, italic, color: color === undefined ? undefined : normColor(color), size };
          cell.font = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
        }
      });
    });
  }
}

const FILL_KEYS = ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"] as const;
const FONT_KEYS = ["bold", "italic", "color", "size"] as const;

/** The fields of `all` whose load option is true. */
function pick<T extends object>(all: T, want: object): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, on] of Object.entries(want)) if (on && k in all) out[k as keyof T] = all[k as keyof T];
  return out;
}

const AREA_ITEMS = "areas/items/";

/**
 * ExcelApi 1.9 multi-area range ("A1:B2, D4"). Its `areas.items` are readable after a
 * nested load on the RangeAreas itself: `load("areas/items/rowIndex,areas/items/rowCount")`.
 */
export class RangeAreas extends ClientObject implements RangeAreasShape {
  protected readonly loadable = ["address", "areaCount"] as const;
  readonly format: RangeFormat;
  constructor(
    batch: Batch,
    private readonly t: Target,
    private readonly nullable = false,
  ) {
    super(batch);
    this.format = new RangeFormat(batch, t);
  }
  protected exists(): boolean {
    return !this.nullable || this.t.areas().length > 0;
  }
  load(props?: unknown): this {
    const names = loadNames(props, this.loadable);
    const nested = names.filter((n) => n.startsWith(AREA_ITEMS)).map((n) => n.slice(AREA_ITEMS.length));
    super.load(names.filter((n) => !n.startsWith("areas")));
    if (nested.length === 0) return this;
    this.batch.enqueue(nested, () => {
      if (!this.exists()) return;
      const sheet = () => this.t.sheet();
      const items = this.t.areas().map((a) => {
        const r = new Range(this.batch, { sheet, areas: () => [a] });
        r.fetchNow(nested);
        return r;
      });
      this.loaded.set("areas", items);
    });
    return this;
  }
  /** Like Excel's RangeCollection: `items` throws PropertyNotLoaded until loaded and synced. */
  get areas(): RangeCollectionShape {
    const got = () => this.got<Range[]>("areas");
    return {
      get items() {
        return got();
      },
    };
  }
  protected read(name: string): unknown {
    const s = this.t.sheet();
    if (name === "areaCount") return this.t.areas().length;
    return this.t
      .areas()
      .map((a) => `${quoteSheet(s.name)}!${areaA1(a)}`)
      .join(",");
  }
  get areaCount(): number {
    return this.got("areaCount");
  }
  get address(): string {
    return this.got("address");
  }
}
