import { MonitorError } from "../../app/workbook-gateway";
import type { CellRange } from "../../domain/snapshot";
import { officeCode } from "./errors";

/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded; "Payload size limit best practices" in Microsoft's Excel
 * performance article). The limit is on the request body Office.js sends, i.e.
 * `JSON.stringify({ Actions, ObjectPaths })` of the queued commands, in UTF-8 bytes: Cyrillic
 * takes two bytes a letter, so a character count halves the real size of Russian text.
 */
export const PAYLOAD_LIMIT = 5_000_000;
/**
 * What one sync may carry by our estimate: 20 % under the limit, for what the estimate cannot
 * see (ids growing to six digits in a long batch, the host's own wrapping). Should Excel still
 * refuse, the batcher halves the batch and tries again (see PayloadBatcher).
 */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * Bytes of the request per proxy and per command, measured by building requests with the
 * real Office.js runtime (excel-web-16.00.debug.js, ClientRequest.buildRequestMessageBody)
 * for 20,000 commands of each kind and dividing the growth by 20,000:
 * - every proxy a command goes through (`getItem(name)`, `getRange(a)`, `.format`, `.fill`,
 *   `.protection`, `.notes`…) is an ObjectPaths entry plus its "instantiate" action —
 *   150–190 bytes with five-digit ids;
 * - every command itself (a property set, a method call, a load) is one action of
 *   100–110 bytes before its arguments.
 * Measured: `getRange(a).values = [[""]]` 293 bytes; `getRange(a).format.fill.color = "#FFC7CE"`
 * 595; `getItem(s).protection.load("protected")` 426; `getRange(a).hyperlink = {}` 292;
 * `format.borders.getItem(e).style = …` 789. The constants below round up, so
 * `opBytes(paths, …args)` over-estimates each of these by 0–10 %.
 */
export const PATH_BYTES = 170;
export const ACTION_BYTES = 110;
/**
 * Bulk commands (values, setCellProperties grids, state rows, getCellProperties reads) are cut
 * to at most this (62.5 kB; the per-command overhead is then under 1 %), so a batch holds many
 * of them and a refused one can be halved into commands that fit even a host accepting a
 * small fraction of what we estimated.
 */
export const OP_BYTES_MAX = PAYLOAD_BUDGET / 64;
/** The root, `workbook.worksheets` and a few sheets that every batch references once. */
const BATCH_BYTES = 2_000;

/** UTF-8 length without TextEncoder (missing in some old webviews' workers, and slower here). */
export function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // U+0080–U+07FF: 2 bytes; the rest of the BMP 3; a surrogate pair (2 UTF-16 units) 4.
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

/** UTF-8 bytes of values as they appear in the request (JSON, as Office.js serialises arguments). */
export function jsonBytes(...values: unknown[]): number {
  let n = 0;
  for (const v of values) n += utf8Bytes(JSON.stringify(v ?? null) ?? "null");
  return n;
}

/**
 * Estimated request bytes of one command that goes through `paths` proxies, with `args` the
 * values it sends (the address given to getRange, the value set, the method's arguments).
 * `actions` > 1 for a command that sets several properties on the same proxy.
 */
export function opBytes(paths: number, args: unknown[] = [], actions = 1): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + jsonBytes(...args);
}

/**
 * Cuts a rectangle written cell by cell (values, formats, setCellProperties grids) into blocks
 * of whole rows whose cells weigh at most `max` bytes together (`bytesOf` per cell, its JSON
 * with the comma); a single row heavier than that is cut into runs of columns. At least one
 * cell per block, so a block is never empty.
 */
export function splitArea(
  area: CellRange,
  bytesOf: (row: number, col: number) => number,
  max = OP_BYTES_MAX,
): { block: CellRange; bytes: number }[] {
  const out: { block: CellRange; bytes: number }[] = [];
  let top = area.top;
  let size = 0;
  const close = (bottom: number) => {
    if (bottom >= top) out.push({ block: { top, left: area.left, bottom, right: area.right }, bytes: size });
  };
  for (let r = area.top; r <= area.bottom; r++) {
    let row = 0;
    for (let c = area.left; c <= area.right; c++) row += bytesOf(r, c);
    if (size > 0 && size + row > max) {
      close(r - 1);
      top = r;
      size = 0;
    }
    if (row <= max) {
      size += row;
      continue;
    }
    // One row alone is too heavy: runs of columns, then the next row starts a new block.
    let left = area.left;
    let run = 0;
    for (let c = area.left; c <= area.right; c++) {
      const b = bytesOf(r, c);
      if (run > 0 && run + b > max) {
        out.push({ block: { top: r, bottom: r, left, right: c - 1 }, bytes: run });
        left = c;
        run = 0;
      }
      run += b;
    }
    out.push({ block: { top: r, bottom: r, left, right: area.right }, bytes: run });
    top = r + 1;
    size = 0;
  }
  close(area.bottom);
  return out;
}

/** A command for the batcher: queues its Office.js calls; may return what to read after its sync. */
export type Queue = () => void | (() => void);

interface Op {
  cost: number;
  queue: Queue;
}

/** What a host refused, per request context: the next batcher of the same run starts below it. */
const learned = new WeakMap<object, number>();

export interface BatcherOptions {
  /** Bytes per sync by our estimate; default PAYLOAD_BUDGET. */
  budget?: number;
  /**
   * The commands only read. Then a refused *response* is retried smaller too. A write batch
   * is retried only on a refused *request*: Excel refuses that before running any command,
   * whereas a response is refused after the commands ran, and replaying writes such as
   * `worksheets.add` or `notes.add` would apply them twice.
   */
  readOnly?: boolean;
}

/**
 * Packs commands into as few syncs as the payload budget allows: a normal batch costs one
 * sync and a huge one a few — never one per cell or row. Every write path uses it.
 *
 * When Excel on the web refuses a sync as too large all the same, the refused commands are
 * queued again in two halves, each synced on its own, down to a single command; later
 * batches, and later batchers on the same context, keep the smaller budget. A single command still refused is `request-too-large`,
 * a MonitorError the pane explains, never `unknown`.
 *
 * Rules for the commands, so a retry is correct: each `queue` builds its own proxies from
 * `context` (or from proxies that stay valid across syncs, such as `worksheets.getItem(name)`)
 * — never from what another command created (`worksheets.add` returns a proxy that Office.js
 * invalidates after a failed sync); and side effects go in the returned callback, which runs
 * once, after the sync that carried the command succeeded. Halving keeps the order, and a
 * refused request ran nothing, so each command is applied exactly once, in order.
 */
export class PayloadBatcher {
  private pending: Op[] = [];
  private used = 0;
  private budget: number;
  private readonly readOnly: boolean;
  /** Syncs sent, refused ones included. */
  syncs = 0;
  /** Syncs Excel refused as too large (each one was then retried smaller). */
  refused = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    options: BatcherOptions | number = {},
  ) {
    const o = typeof options === "number" ? { budget: options } : options;
    this.budget = Math.min((o.budget ?? PAYLOAD_BUDGET) - BATCH_BYTES, learned.get(context) ?? Infinity);
    this.readOnly = o.readOnly ?? false;
  }

  /** Adds a command costing about `cost` request bytes; syncs what is pending first if it would not fit. */
  async add(cost: number, queue: Queue): Promise<void> {
    if (this.pending.length > 0 && this.used + cost > this.budget) await this.flush();
    this.pending.push({ cost, queue });
    this.used += cost;
  }

  /** Sends what is pending (nothing when nothing is). */
  async flush(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.used = 0;
    if (ops.length > 0) await this.send(ops);
  }

  /**
   * Syncs `ops` in order, in batches under the budget. A refused batch halves the budget and is
   * packed again (with everything after it), so a host that takes far less than we estimated
   * costs about log2(estimate / limit) refusals, not one per batch.
   */
  private async send(ops: Op[]): Promise<void> {
    let rest = ops;
    while (rest.length > 0) {
      let n = 0;
      let cost = 0;
      while (n < rest.length && (n === 0 || cost + rest[n].cost <= this.budget)) cost += rest[n++].cost;
      const after: (() => void)[] = [];
      for (let i = 0; i < n; i++) {
        const read = rest[i].queue();
        if (read) after.push(read);
      }
      this.syncs++;
      try {
        await this.context.sync();
      } catch (e) {
        const code = officeCode(e);
        const retry =
          code === "RequestPayloadSizeLimitExceeded" || (this.readOnly && code === "ResponsePayloadSizeLimitExceeded");
        if (!retry) throw e;
        this.refused++;
        if (n === 1) throw new MonitorError("request-too-large", { officeCode: code }, e);
        // What was refused was too much: from now on aim at half of it (at most half the commands).
        this.budget = Math.max(1, Math.min(this.budget, Math.floor(cost / 2), cost - rest[n - 1].cost));
        learned.set(this.context, this.budget);
        continue;
      }
      for (const read of after) read();
      rest = rest.slice(n);
    }
  }
}
