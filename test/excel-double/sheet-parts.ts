import { areaA1, parseArea, type Area } from "./address";
import { ClientObject, type Batch } from "./context";
import { DoubleExcelError } from "./errors";
import type { DoubleSheet } from "./model";
import { Range } from "./range";
import type {
  HeaderFooterGroupShape,
  HeaderFooterShape,
  NoteCollectionShape,
  NoteShape,
  PageBreakCollectionShape,
  PageBreakShape,
  PageLayoutShape,
  RangeShape,
  WorksheetFreezePanesShape,
} from "./typed";

/** The worksheet a part belongs to, resolved at sync (ItemNotFound when it is gone). */
export type SheetRef = () => DoubleSheet | undefined;

export function must(ref: SheetRef): DoubleSheet {
  const s = ref();
  if (!s) throw new DoubleExcelError("ItemNotFound", "The requested resource doesn't exist.");
  return s;
}

/**
 * The single area of a `Range | string` argument, at sync. Office.js takes either; an address
 * string is read on this sheet, a Range is taken as it is (the double's own Range only).
 */
export function areaOfArg(arg: RangeShape | string): Area {
  if (typeof arg === "string") {
    const a = parseArea(arg);
    if (!a) throw new DoubleExcelError("InvalidArgument", `Bad address ${arg.slice(0, 40)}`);
    return a;
  }
  if (!(arg instanceof Range)) throw new DoubleExcelError("InvalidArgument", "Not a Range of this workbook.");
  const areas = arg.t.areas();
  if (areas.length !== 1) throw new DoubleExcelError("InvalidArgument", "The range must be a single area.");
  return areas[0];
}

/** `worksheet.freezePanes`: each call replaces the frozen panes, as Excel does. */
export class FreezePanes implements WorksheetFreezePanesShape {
  constructor(
    private readonly batch: Batch,
    private readonly ref: SheetRef,
  ) {}
  private put(rows: number, cols: number): void {
    this.batch.enqueueWrite([rows, cols], () => {
      if (rows < 0 || cols < 0) throw new DoubleExcelError("InvalidArgument", "Negative count.");
      must(this.ref).freeze = { rows, cols };
    });
  }
  /** Office.js documents no default count; the double takes 1 (Excel's «Freeze Top Row»). */
  freezeRows(count = 1): void {
    this.put(count, 0);
  }
  freezeColumns(count = 1): void {
    this.put(0, count);
  }
  /** Freezes the rows above and the columns left of the range's bottom-right corner, inclusive. */
  freezeAt(frozenRange: RangeShape | string): void {
    this.batch.enqueueWrite(typeof frozenRange === "string" ? frozenRange : "(Range)", () => {
      const a = areaOfArg(frozenRange);
      must(this.ref).freeze = { rows: a.bottom + 1, cols: a.right + 1 };
    });
  }
}

/** `headersFooters.defaultForAllPages`: footers written at sync, readable after load. */
export class HeaderFooter extends ClientObject implements HeaderFooterShape {
  protected readonly loadable = ["leftFooter", "rightFooter"] as const;
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
  ) {
    super(batch);
  }
  protected read(name: string): unknown {
    const p = must(this.ref).pageLayout;
    return (name === "leftFooter" ? p.leftFooter : p.rightFooter) ?? "";
  }
  get leftFooter(): string {
    return this.got("leftFooter");
  }
  set leftFooter(v: string) {
    this.write(v, () => (must(this.ref).pageLayout.leftFooter = v));
  }
  get rightFooter(): string {
    return this.got("rightFooter");
  }
  set rightFooter(v: string) {
    this.write(v, () => (must(this.ref).pageLayout.rightFooter = v));
  }
}

export class HeaderFooterGroup implements HeaderFooterGroupShape {
  readonly defaultForAllPages: HeaderFooter;
  constructor(batch: Batch, ref: SheetRef) {
    this.defaultForAllPages = new HeaderFooter(batch, ref);
  }
}

/** ExcelApi 1.9 `worksheet.pageLayout`. */
export class PageLayout extends ClientObject implements PageLayoutShape {
  protected readonly loadable = ["orientation", "zoom"] as const;
  readonly headersFooters: HeaderFooterGroup;
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
  ) {
    super(batch);
    this.headersFooters = new HeaderFooterGroup(batch, ref);
  }
  protected read(name: string): unknown {
    const p = must(this.ref).pageLayout;
    return name === "orientation" ? (p.orientation ?? "Portrait") : (p.zoom ?? { scale: 100 });
  }
  get orientation(): Excel.PageLayout["orientation"] {
    return this.got("orientation");
  }
  set orientation(v: Excel.PageLayout["orientation"]) {
    this.write(v, () => {
      if (v !== "Portrait" && v !== "Landscape") throw new DoubleExcelError("InvalidArgument", `Orientation ${v}`);
      must(this.ref).pageLayout.orientation = v;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.got("zoom");
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.write(v, () => (must(this.ref).pageLayout.zoom = v));
  }
  /** Whole rows ("$1:$3") as a string, or a Range whose rows are taken. */
  setPrintTitleRows(printTitleRows: RangeShape | string): void {
    this.write(typeof printTitleRows === "string" ? printTitleRows : "(Range)", () => {
      must(this.ref).pageLayout.printTitleRows = titleText(printTitleRows, "rows");
    });
  }
  setPrintTitleColumns(printTitleColumns: RangeShape | string): void {
    this.write(typeof printTitleColumns === "string" ? printTitleColumns : "(Range)", () => {
      must(this.ref).pageLayout.printTitleColumns = titleText(printTitleColumns, "columns");
    });
  }
}

function titleText(arg: RangeShape | string, kind: "rows" | "columns"): string {
  if (typeof arg === "string") return arg;
  const a = areaOfArg(arg);
  if (kind === "rows") return `$${a.top + 1}:$${a.bottom + 1}`;
  const [left, right] = [areaA1({ ...a, right: a.left }), areaA1({ ...a, left: a.right })].map((s) =>
    s.replace(/\d+$/, ""),
  );
  return `$${left}:$${right}`;
}

/** A manual page break; its position is readable after load. */
export class PageBreak extends ClientObject implements PageBreakShape {
  protected readonly loadable = ["columnIndex", "rowIndex"] as const;
  constructor(
    batch: Batch,
    private readonly at: () => Area | undefined,
  ) {
    super(batch);
  }
  protected read(name: string): unknown {
    const a = this.at();
    if (!a) throw new DoubleExcelError("ItemNotFound", "The page break does not exist.");
    return name === "columnIndex" ? a.left : a.top;
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
}

/** ExcelApi 1.9 `worksheet.verticalPageBreaks`: a break before the range's first column. */
export class PageBreakCollection implements PageBreakCollectionShape {
  constructor(
    private readonly batch: Batch,
    private readonly ref: SheetRef,
  ) {}
  add(pageBreakRange: RangeShape | string): PageBreak {
    let at: Area | undefined;
    this.batch.enqueueWrite(typeof pageBreakRange === "string" ? pageBreakRange : "(Range)", () => {
      const a = areaOfArg(pageBreakRange);
      must(this.ref).pageLayout.colBreaks.push(areaA1(a));
      at = a;
    });
    return new PageBreak(this.batch, () => at);
  }
}

/** Notes are keyed by a plain single-cell A1 address. */
function noteKey(arg: RangeShape | string): string {
  const a = areaOfArg(arg);
  if (a.top !== a.bottom || a.left !== a.right) {
    throw new DoubleExcelError("InvalidArgument", "A note needs a single cell.");
  }
  return areaA1(a);
}

export class Note extends ClientObject implements NoteShape {
  protected readonly loadable = ["content"] as const;
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
    private readonly key: () => string,
  ) {
    super(batch);
  }
  protected exists(): boolean {
    return must(this.ref).notes.has(this.key());
  }
  protected read(): unknown {
    return must(this.ref).notes.get(this.key());
  }
  get content(): string {
    return this.got("content");
  }
  set content(v: string) {
    this.write(v, () => {
      const s = must(this.ref);
      if (!s.notes.has(this.key())) throw new DoubleExcelError("ItemNotFound", "No note there.");
      s.notes.set(this.key(), v);
    });
  }
  delete(): void {
    this.write("delete", () => {
      const s = must(this.ref);
      if (s.protected) throw new DoubleExcelError("AccessDenied", "Sheet is protected.");
      if (!s.notes.delete(this.key())) throw new DoubleExcelError("ItemNotFound", "No note there.");
    });
  }
}

/** ExcelApi 1.18 `worksheet.notes`. */
export class NoteCollection implements NoteCollectionShape {
  constructor(
    private readonly batch: Batch,
    private readonly ref: SheetRef,
  ) {}
  /** `content` is any in the typings; Excel stores its text. */
  add(cellAddress: RangeShape | string, content: unknown): Note {
    let key: string | undefined;
    this.batch.enqueueWrite([typeof cellAddress === "string" ? cellAddress : "(Range)", content], () => {
      const k = noteKey(cellAddress);
      const s = must(this.ref);
      if (s.protected) throw new DoubleExcelError("AccessDenied", "Sheet is protected.");
      if (s.notes.has(k)) throw new DoubleExcelError("InvalidArgument", "The cell already has a note.");
      s.notes.set(k, String(content));
      key = k;
    });
    return new Note(this.batch, this.ref, () => {
      if (key === undefined) throw new DoubleExcelError("ItemNotFound", "The note was not added.");
      return key;
    });
  }
  getItemOrNullObject(key: string): Note {
    // A bad key is an error at sync, as every argument check in Office.js.
    return new Note(this.batch, this.ref, () => noteKey(key));
  }
}
