import { areaA1, parseArea, type Area } from "./address";
import { ClientObject, type Batch } from "./context";
import { DoubleExcelError } from "./errors";
import type { DoubleSheet, DoubleTable } from "./model";
import { Range } from "./range";
import type { RangeShape, TableCollectionShape, TableShape } from "./typed";

type SheetRef = () => DoubleSheet | undefined;

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Excel's table names: a letter, "_" or "\\" first, then letters, digits, "_" and "."; not a cell reference. */
function validTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]?\d*$/.test(name);
}

/** Header row as Excel makes it: empty → "ColumnN", repeats get 2, 3… appended. */
function headersOf(sheet: DoubleSheet, area: Area): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let c = area.left; c <= area.right; c++) {
    const v = sheet.peek(area.top, c)?.value ?? "";
    const base = v === "" ? `Column${c - area.left + 1}` : String(v);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** A table proxy: `name` and `style` can be set (queued) and loaded. */
export class Table extends ClientObject implements TableShape {
  protected readonly loadable = ["name", "style"] as const;
  constructor(
    batch: Batch,
    private readonly entry: () => DoubleTable | undefined,
  ) {
    super(batch);
  }
  private must(): DoubleTable {
    const t = this.entry();
    if (!t) throw new DoubleExcelError("ItemNotFound", "The table does not exist.");
    return t;
  }
  protected read(name: string): unknown {
    const t = this.must();
    return name === "name" ? t.name : (t.style ?? "TableStyleMedium2");
  }
  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.write(v, () => {
      const t = this.must();
      if (!validTableName(v)) throw new DoubleExcelError("InvalidArgument", `Bad table name ${v}`);
      const clash = this.batch.book.sheets.some((s) =>
        s.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase()),
      );
      if (clash) throw new DoubleExcelError("ItemAlreadyExists", `Table ${v} exists.`);
      t.name = v;
    });
  }
  get style(): string {
    return this.got("style");
  }
  set style(v: string) {
    this.write(v, () => {
      this.must().style = v;
    });
  }
}

/**
 * `worksheet.tables` (ref set) or `workbook.tables` (every sheet's). `add` takes a Range or
 * an address; a bare address is read on the active sheet, as Excel does — whichever
 * collection it was called on.
 */
export class TableCollection extends ClientObject implements TableCollectionShape {
  protected readonly loadable = ["items"] as const;
  constructor(
    batch: Batch,
    private readonly ref?: SheetRef,
  ) {
    super(batch);
  }
  protected read(): unknown {
    throw new Error("unreachable");
  }
  private all(): DoubleTable[] {
    if (!this.ref) return this.batch.book.sheets.flatMap((s) => s.tables);
    const s = this.ref();
    if (!s) throw new DoubleExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return s.tables;
  }
  load(_props?: unknown): this {
    this.batch.enqueue("items", () => {
      const items = this.all().map((t) => {
        const table = new Table(this.batch, () => t);
        table.fetchNow(["name", "style"]);
        return table;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): Table[] {
    return this.got("items");
  }
  get count(): number {
    return this.items.length;
  }

  add(address: RangeShape | string, hasHeaders: boolean): Table {
    let created: DoubleTable | undefined;
    const where = typeof address === "string" ? address : "(Range)";
    this.write(
      [where, hasHeaders],
      () => {
        const book = this.batch.book;
        let sheet: DoubleSheet | undefined;
        let area: Area | null;
        if (typeof address === "string") {
          sheet = book.find(book.activeSheet);
          area = parseArea(address);
        } else {
          if (!(address instanceof Range))
            throw new DoubleExcelError("InvalidArgument", "Not a Range of this workbook.");
          sheet = address.t.sheet();
          const areas = address.t.areas();
          area = areas.length === 1 ? areas[0] : null;
        }
        if (!sheet || !area) throw new DoubleExcelError("InvalidArgument", `Bad table range ${where}`);
        if (sheet.protected) throw new DoubleExcelError("AccessDenied", "Sheet is protected.");
        const a = area;
        // Excel's documented code: a table can't overlap another table or merged cells.
        if (sheet.merges.some((m) => overlaps(m, a)))
          throw new DoubleExcelError("MergedRangeConflict", "A table cannot overlap merged cells.");
        const others = book.sheets.flatMap((s) => s.tables);
        if (sheet.tables.some((t) => overlaps(t.area, a)))
          throw new DoubleExcelError("MergedRangeConflict", "A table cannot overlap another table.");
        let n = others.length + 1;
        while (others.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        const headers = hasHeaders ? headersOf(sheet, a) : [];
        // Excel writes the de-duplicated headers into the sheet.
        headers.forEach((h, i) => (sheet!.cellAt(a.top, a.left + i).value = h));
        created = { name: `Table${n}`, address: areaA1(a), area: a, hasHeaders, headers };
        sheet.tables.push(created);
      },
      typeof address === "string" ? [address] : [],
    );
    return new Table(this.batch, () => created);
  }
}
