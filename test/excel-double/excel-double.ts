import { Batch } from "./context";
import type { DoubleWorkbook } from "./model";
import { DocumentProperties } from "./workbook-properties";
import { TableCollection, WorkbookProtection, WorksheetCollection } from "./worksheet";

/** What `Excel.run` hands the batch function. */
export class RequestContext {
  readonly batch: Batch;
  readonly workbook: {
    worksheets: WorksheetCollection;
    protection: WorkbookProtection;
    tables: TableCollection;
    properties: DocumentProperties;
  };
  /** Office.js keeps proxies alive across runs with this; the double needs no bookkeeping. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };

  constructor(book: DoubleWorkbook) {
    this.batch = new Batch(book);
    this.workbook = {
      worksheets: new WorksheetCollection(this.batch),
      protection: new WorkbookProtection(this.batch),
      tables: new TableCollection(this.batch),
      properties: new DocumentProperties(this.batch),
    };
  }

  get syncCount(): number {
    return this.batch.syncCount;
  }

  sync(): Promise<void> {
    return this.batch.sync();
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
