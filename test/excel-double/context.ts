import { DoubleExcelError } from "./errors";
import type { DoubleWorkbook } from "./model";

/** Excel on the web's limits are in bytes of the UTF-8 request, not in characters. */
const encoder = new TextEncoder();
/**
 * What Office.js adds to the request for one command besides its arguments: the action and
 * the proxy it goes through. Measured with Office.js's request builder, `getRange(a).values =
 * [[""]]` is 293 bytes (the double queues it as two commands: 2 × 150), a fill colour 595 and a
 * protection load 426 (one and two commands here): the double counts no more than Excel does.
 */
const COMMAND_BYTES = 150;
function bytes(json: string): number {
  return encoder.encode(json).length;
}

/** One queued command: runs at sync, in order, like Office.js batches. */
interface Op {
  payload: number;
  addresses: string[];
  run(): void;
}

/**
 * The batch: proxies queue loads and writes here; `sync()` checks the host limits
 * (edit mode, address length, request size), runs the commands in order and fails
 * at the first error, keeping what ran before it — as Excel does, which is why the
 * adapter must check protection before writing.
 */
export class Batch {
  private queue: Op[] = [];
  private response = 0;
  syncCount = 0;

  constructor(readonly book: DoubleWorkbook) {}

  enqueue(payloadArgs: unknown, run: () => void, addresses: string[] = []): void {
    const payload = COMMAND_BYTES + (payloadArgs === undefined ? 0 : bytes(JSON.stringify(payloadArgs)));
    this.queue.push({ payload, addresses, run });
  }

  /**
   * A command that changes the workbook: refused with AccessDenied when the workbook cannot
   * be edited at all (`book.viewOnly`: Excel on the web in Viewing mode, an IRM-restricted file).
   */
  enqueueWrite(payloadArgs: unknown, run: () => void, addresses: string[] = []): void {
    this.enqueue(
      payloadArgs,
      () => {
        if (this.book.viewOnly) throw new DoubleExcelError("AccessDenied", "The workbook is open for viewing only.");
        run();
      },
      addresses,
    );
  }

  /** Loads call this with what they read, so the response size is enforced too. */
  addResponse(value: unknown): void {
    this.response += value === undefined ? 0 : bytes(JSON.stringify(value));
  }

  /** Office.js method missing on hosts below the requirement set. */
  requires(minor: number, api: string): void {
    this.book.apiCalls.add(api);
    if (this.book.apiVersion < minor) {
      throw new DoubleExcelError("ApiNotFound", `${api} needs ExcelApi 1.${minor}`);
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.response = 0;
    this.syncCount++;
    this.book.totalSyncs++;
    await Promise.resolve();
    if (!this.book.sheets.some((s) => s.visibility === "Visible")) {
      // Not an Excel error: a test set up a workbook Excel cannot have.
      throw new Error("An Excel workbook always has a visible sheet: add one with book.addSheet(…) first.");
    }
    if (this.book.editMode) {
      throw new DoubleExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    let request = 0;
    for (const op of ops) {
      request += op.payload;
      for (const a of op.addresses) {
        this.book.maxAddressLength = Math.max(this.book.maxAddressLength, a.length);
        if (a.length > this.book.addressLimit) {
          throw new DoubleExcelError("InvalidArgument", `Address longer than ${this.book.addressLimit} characters.`);
        }
      }
    }
    this.book.maxRequestPayload = Math.max(this.book.maxRequestPayload, request);
    if (request > this.book.payloadLimit) {
      // Refused before any command runs, as Excel on the web does.
      this.book.refusedPayloads++;
      throw new DoubleExcelError("RequestPayloadSizeLimitExceeded", `Request of ${request} bytes.`);
    }
    this.book.requestBytes += request;
    for (const op of ops) op.run();
    if (this.response > this.book.payloadLimit) {
      this.book.refusedPayloads++;
      throw new DoubleExcelError("ResponsePayloadSizeLimitExceeded", `Response of ${this.response} bytes.`);
    }
    this.book.responseBytes += this.response;
  }
}

/** Names a load call asks for: "a, b", ["a","b"], {select: "a,b"} or nothing (= all). */
export function loadNames(arg: unknown, all: readonly string[]): string[] {
  if (arg === undefined) return [...all];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.map(String);
  if (arg && typeof arg === "object") {
    const sel = (arg as { select?: unknown }).select;
    if (sel !== undefined) return loadNames(sel, all);
    return Object.keys(arg);
  }
  return [...all];
}

/** Base of every proxy: properties are readable only after load + sync. */
export abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly batch: Batch) {}

  /** Scalar properties a bare `load()` fetches. */
  protected abstract readonly loadable: readonly string[];
  /** Reads one property from the model at sync time (may throw ItemNotFound). */
  protected abstract read(name: string): unknown;
  /** False for an *OrNullObject proxy whose target does not exist. */
  protected exists(): boolean {
    return true;
  }

  /** Reads properties from the model now; a parent's nested load ("areas/items/x") calls it at sync. */
  fetchNow(names: readonly string[]): void {
    for (const n of names) {
      const v = this.read(n);
      this.batch.addResponse(v);
      this.loaded.set(n, v);
    }
  }

  load(props?: unknown): this {
    const names = loadNames(props, this.loadable);
    this.batch.enqueue(names, () => {
      const present = this.exists();
      this.loaded.set("isNullObject", !present);
      if (!present) return;
      for (const n of names) {
        const v = this.read(n);
        this.batch.addResponse(v);
        this.loaded.set(n, v);
      }
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.got<boolean>("isNullObject");
  }

  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new DoubleExcelError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Queues a write; `apply` runs at sync. */
  protected write(args: unknown, apply: () => void, addresses: string[] = []): void {
    this.batch.enqueueWrite(args, apply, addresses);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Like OfficeExtension.ClientResult: `value` after sync. */
export class ClientResult<T> {
  private ready = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new DoubleExcelError("PropertyNotLoaded", "ClientResult.value read before context.sync().");
    return this.v as T;
  }
}
