import { Batch } from "./context";
import type { DoubleWorkbook } from "./model";
import type { RequestContextShape, WorkbookShape } from "./typed";
import { TableCollection, WorkbookProtection, WorksheetCollection } from "./worksheet";

/** `context.workbook`: the parts of Excel.Workbook the adapter uses. */
export class Workbook implements WorkbookShape {
  readonly worksheets: WorksheetCollection;
  readonly protection: WorkbookProtection;
  readonly tables: TableCollection;
  constructor(batch: Batch) {
    this.worksheets = new WorksheetCollection(batch);
    this.protection = new WorkbookProtection(batch);
    this.tables = new TableCollection(batch);
  }
}

/** What `Excel.run` hands the batch function. */
export class RequestContext implements RequestContextShape {
  readonly batch: Batch;
  readonly workbook: Workbook;

  constructor(book: DoubleWorkbook) {
    this.batch = new Batch(book);
    this.workbook = new Workbook(this.batch);
  }

  get syncCount(): number {
    return this.batch.syncCount;
  }

  /** As Office.js: resolves with the value passed in, once the queued commands have run. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.batch.sync();
    return passThroughValue as T;
  }
}

/** Excel.run: one context per call; commands left queued are flushed at the end, as Office.js does. */
export function makeRun(book: DoubleWorkbook) {
  return async function run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
    const ctx = new RequestContext(book);
    const result = await batch(ctx);
    if (ctx.batch.pending > 0) await ctx.sync();
    return result;
  };
}

/** Office.context.requirements.isSetSupported for this double's ExcelApi version. */
export function makeIsSetSupported(book: DoubleWorkbook) {
  return (name: string, minVersion?: string | number): boolean => {
    if (name !== "ExcelApi") return false;
    const [major, minor] = String(minVersion ?? "1.1")
      .split(".")
      .map(Number);
    return major < 1 || (major === 1 && (minor || 0) <= book.apiVersion);
  };
}
