import { parseAreas, type Area } from "./address";
import { ClientObject, type Batch } from "./context";
import { DoubleExcelError } from "./errors";
import { DoubleSheet, type Visibility } from "./model";
import { Range, RangeAreas, type Target } from "./range";
import { checkSheetName } from "./sheet-names";
import { FreezePanes, NoteCollection, PageBreakCollection, PageLayout, must, type SheetRef } from "./sheet-parts";
import { TableCollection } from "./tables";
import type {
  WorkbookProtectionShape,
  WorksheetCollectionShape,
  WorksheetProtectionShape,
  WorksheetShape,
} from "./typed";

/**
 * Excel refuses sheet-structure changes in a workbook with protected structure. The code
 * it sends is not documented; the double says AccessDenied, like a protected sheet.
 */
function guardStructure(batch: Batch): void {
  if (batch.book.structureProtected) throw new DoubleExcelError("AccessDenied", "The workbook structure is protected.");
}

function areasOf(address: string): Area[] {
  const a = parseAreas(address);
  if (!a) throw new DoubleExcelError("InvalidArgument", `Bad address ${address.slice(0, 40)}`);
  return a;
}

class Protection extends ClientObject implements WorksheetProtectionShape {
  protected readonly loadable = ["protected"] as const;
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
  ) {
    super(batch);
  }
  protected read(): unknown {
    return must(this.ref).protected;
  }
  get protected(): boolean {
    return this.got("protected");
  }
}

/** `workbook.protection` (ExcelApi 1.7): `protected` is the structure lock. */
export class WorkbookProtection extends ClientObject implements WorkbookProtectionShape {
  protected readonly loadable = ["protected"] as const;
  constructor(batch: Batch) {
    super(batch);
  }
  protected read(): unknown {
    return this.batch.book.structureProtected;
  }
  get protected(): boolean {
    return this.got("protected");
  }
}

export class Worksheet extends ClientObject implements WorksheetShape {
  protected readonly loadable = ["name", "position", "visibility", "tabColor"] as const;
  readonly protection: Protection;

  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
    private readonly nullable = false,
  ) {
    super(batch);
    this.protection = new Protection(batch, ref);
  }

  protected exists(): boolean {
    return this.nullable ? this.ref() !== undefined : (must(this.ref), true);
  }

  protected read(name: string): unknown {
    const s = must(this.ref);
    switch (name) {
      case "name":
        return s.name;
      case "position":
        return this.batch.book.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        throw new DoubleExcelError("InvalidArgument", `Unknown property ${name}`);
    }
  }

  /** Collection loads fill the items' scalar properties, as `worksheets.load("items")` does. */
  prime(s: DoubleSheet, position: number): void {
    this.loaded.set("isNullObject", false);
    this.loaded.set("name", s.name);
    this.loaded.set("position", position);
    this.loaded.set("visibility", s.visibility);
    this.loaded.set("tabColor", s.tabColor);
  }

  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.write(v, () => {
      const s = must(this.ref);
      if (s.name !== v) guardStructure(this.batch);
      checkSheetName(this.batch.book, v, s);
      if (this.batch.book.activeSheet === s.name) this.batch.book.activeSheet = v;
      s.name = v;
    });
  }
  get position(): number {
    return this.got("position");
  }
  set position(v: number) {
    this.write(v, () => {
      const s = must(this.ref);
      guardStructure(this.batch);
      const list = this.batch.book.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.max(0, Math.min(v, list.length)), 0, s);
    });
  }
  get visibility(): Visibility {
    return this.got("visibility");
  }
  set visibility(v: Visibility) {
    this.write(v, () => {
      const s = must(this.ref);
      if (s.visibility !== v) guardStructure(this.batch);
      // A workbook keeps one visible sheet (Excel's code for this is undocumented).
      const visible = this.batch.book.sheets.filter((x) => x.visibility === "Visible");
      if (v !== "Visible" && visible.length === 1 && visible[0] === s)
        throw new DoubleExcelError("InvalidOperation", "The last visible sheet cannot be hidden.");
      s.visibility = v;
    });
  }
  get tabColor(): string {
    return this.got("tabColor");
  }
  set tabColor(v: string) {
    this.write(v, () => {
      must(this.ref).tabColor = v;
    });
  }

  private target(areas: () => Area[]): Target {
    return { sheet: () => must(this.ref), areas };
  }

  getRange(address?: string): Range {
    if (address === undefined)
      return new Range(
        this.batch,
        this.target(() => [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]),
      );
    let cached: Area[] | undefined;
    const r = new Range(
      this.batch,
      this.target(() => {
        cached ??= areasOf(address);
        if (cached.length !== 1) throw new DoubleExcelError("InvalidArgument", "getRange takes one area.");
        return cached;
      }),
    );
    this.batch.enqueue(undefined, () => undefined, [address]);
    return r;
  }

  /** ExcelApi 1.9 */
  getRanges(address = ""): RangeAreas {
    this.batch.requires(9, "Worksheet.getRanges");
    let cached: Area[] | undefined;
    this.batch.enqueue(address, () => undefined, [address]);
    return new RangeAreas(
      this.batch,
      this.target(() => (cached ??= areasOf(address))),
    );
  }

  private used(valuesOnly: boolean, nullable: boolean): Range {
    let cached: Area[] | undefined;
    return new Range(
      this.batch,
      this.target(() => {
        if (!cached) {
          const a = must(this.ref).usedArea(valuesOnly);
          cached = a ? [a] : nullable ? [] : [{ top: 0, left: 0, bottom: 0, right: 0 }];
        }
        return cached;
      }),
      nullable,
    );
  }
  getUsedRange(valuesOnly = false): Range {
    return this.used(valuesOnly, false);
  }
  /** ExcelApi 1.4 */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.batch.requires(4, "Worksheet.getUsedRangeOrNullObject");
    return this.used(valuesOnly, true);
  }

  delete(): void {
    this.write("delete", () => {
      const s = must(this.ref);
      guardStructure(this.batch);
      // Excel refuses by design (office-js issue #365): make it Hidden first.
      if (s.visibility === "VeryHidden")
        throw new DoubleExcelError("GeneralException", "A very hidden sheet cannot be deleted.");
      const book = this.batch.book;
      const visible = book.sheets.filter((x) => x.visibility === "Visible");
      if (visible.length === 1 && visible[0] === s) {
        throw new DoubleExcelError("InvalidOperation", "A workbook must keep one visible sheet.");
      }
      book.sheets.splice(book.sheets.indexOf(s), 1);
      if (book.activeSheet === s.name)
        book.activeSheet = book.sheets.find((x) => x.visibility === "Visible")?.name ?? "";
    });
  }

  activate(): void {
    this.write("activate", () => {
      const s = must(this.ref);
      if (s.visibility !== "Visible")
        throw new DoubleExcelError("InvalidOperation", "Hidden sheets cannot be activated.");
      this.batch.book.activeSheet = s.name;
    });
  }

  get freezePanes(): FreezePanes {
    return new FreezePanes(this.batch, this.ref);
  }

  get tables(): TableCollection {
    return new TableCollection(this.batch, this.ref);
  }

  /** ExcelApi 1.9 */
  get pageLayout(): PageLayout {
    this.batch.requires(9, "Worksheet.pageLayout");
    return new PageLayout(this.batch, this.ref);
  }

  /** ExcelApi 1.9: a manual break before the range's first column. */
  get verticalPageBreaks(): PageBreakCollection {
    this.batch.requires(9, "Worksheet.verticalPageBreaks");
    return new PageBreakCollection(this.batch, this.ref);
  }

  /** ExcelApi 1.18 */
  get notes(): NoteCollection {
    this.batch.requires(18, "Worksheet.notes");
    return new NoteCollection(this.batch, this.ref);
  }
}

export { TableCollection };

export class WorksheetCollection extends ClientObject implements WorksheetCollectionShape {
  protected readonly loadable = ["items"] as const;
  constructor(batch: Batch) {
    super(batch);
  }
  protected read(): unknown {
    throw new Error("unreachable");
  }
  /** Any load fetches the items with their scalar properties. */
  load(_props?: unknown): this {
    this.batch.enqueue("items", () => {
      const items = this.batch.book.sheets.map((s) => {
        const ws = new Worksheet(this.batch, () => (this.batch.book.sheets.includes(s) ? s : undefined));
        ws.prime(s, this.batch.book.sheets.indexOf(s));
        return ws;
      });
      this.batch.addResponse(items.map((w) => w.toJSON()));
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): Worksheet[] {
    return this.got("items");
  }
  getItem(name: string): Worksheet {
    let cached: DoubleSheet | undefined;
    return new Worksheet(this.batch, () => (cached ??= this.batch.book.find(name)));
  }
  /** ExcelApi 1.4 */
  getItemOrNullObject(name: string): Worksheet {
    this.batch.requires(4, "WorksheetCollection.getItemOrNullObject");
    let cached: DoubleSheet | undefined;
    return new Worksheet(this.batch, () => (cached ??= this.batch.book.find(name)), true);
  }
  getActiveWorksheet(): Worksheet {
    let cached: DoubleSheet | undefined;
    return new Worksheet(this.batch, () => (cached ??= this.batch.book.find(this.batch.book.activeSheet)));
  }
  add(name?: string): Worksheet {
    let created: DoubleSheet | undefined;
    this.batch.enqueueWrite(name ?? "", () => {
      guardStructure(this.batch);
      const book = this.batch.book;
      let n = name ?? "";
      if (name === undefined) for (let i = 1; book.find((n = `Sheet${i}`)); i++);
      checkSheetName(book, n);
      created = new DoubleSheet(n);
      book.sheets.push(created);
    });
    return new Worksheet(this.batch, () => created);
  }
}
