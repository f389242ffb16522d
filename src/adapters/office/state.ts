import { MonitorError } from "../../app/workbook-gateway";
import { parseStateRows, stateRows } from "../../app/state-format";
import { OP_BYTES_MAX, PayloadBatcher, jsonBytes, opBytes } from "./payload-budget";

/**
 * The add-in's own state lives in a very-hidden sheet, so it is saved with the workbook,
 * travels with it to other computers and is readable by the .xlsx adapter too.
 * Layout: column A the key, column B a piece of the value (Excel cells hold 32,767
 * characters; long values continue on the next rows with the same key). Both columns
 * are text-formatted so values are never read as numbers or formulas.
 */
export const STATE_SHEET = "_kvantorium_state";
export type StateMap = Map<string, string>;

// One layout for every adapter (src/app/state-format.ts), so the CLI and the web page read
// what Excel wrote and the other way round.
export { parseStateRows, stateRows };

/** What was read: the map plus how many rows the sheet held (to blank stale rows on write). */
export interface StateHandle {
  map: StateMap;
  exists: boolean;
  rowCount: number;
  /** The state sheet itself is protected (possible only through VBA or an unhidden sheet). */
  protected: boolean;
}

/**
 * Queue with the first loads: is the workbook structure protected (ExcelApi 1.7)? Then no
 * sheet can be added, renamed or deleted, though cells can still be written.
 */
export function loadBookProtection(context: Excel.RequestContext): Excel.WorkbookProtection {
  const p = context.workbook.protection;
  p.load("protected");
  return p;
}

/** The error for a locked workbook structure; `workbook` lets the UI name the right remedy. */
export function structureProtected(): MonitorError {
  return new MonitorError("sheet-protected", { sheet: "", workbook: "true" });
}

/**
 * Throws before any write when the state cannot be saved: its sheet is protected, or it
 * must be created while the workbook structure is protected.
 */
export function assertStateWritable(handle: StateHandle, bookProtected: boolean): void {
  if (handle.protected) throw new MonitorError("sheet-protected", { sheet: STATE_SHEET });
  if (!handle.exists && bookProtected) throw structureProtected();
}

/** Step 1 of a read, queued with other loads: does the state sheet exist? */
export function probeState(context: Excel.RequestContext): Excel.Worksheet {
  const ws = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  ws.load("name");
  return ws;
}

/** Step 2, after a sync: queue the load of its cells and protection (null when there is no sheet). */
export function loadStateCells(probe: Excel.Worksheet): Excel.Range | null {
  if (probe.isNullObject) return null;
  probe.protection.load("protected");
  const used = probe.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,rowCount");
  return used;
}

/** Step 3, after another sync: the decoded state. */
export function stateFrom(probe: Excel.Worksheet, cells: Excel.Range | null): StateHandle {
  if (probe.isNullObject || !cells) return { map: new Map(), exists: false, rowCount: 0, protected: false };
  const locked = probe.protection.protected;
  if (cells.isNullObject) return { map: new Map(), exists: true, rowCount: 0, protected: locked };
  return {
    map: parseStateRows(cells.values),
    exists: true,
    rowCount: cells.rowIndex + cells.rowCount,
    protected: locked,
  };
}

/** Reads the state on its own: two syncs. */
export async function readState(context: Excel.RequestContext): Promise<StateHandle> {
  const probe = probeState(context);
  await context.sync();
  const cells = loadStateCells(probe);
  if (cells) await context.sync();
  return stateFrom(probe, cells);
}

/** Queues the state write (creating the very-hidden sheet when needed); the caller syncs. */
export async function queueStateWrite(
  context: Excel.RequestContext,
  handle: StateHandle,
  map: StateMap,
  batcher: PayloadBatcher,
): Promise<void> {
  const rows: string[][] = stateRows(map);
  // Overwrite rows that held older, longer state with blanks.
  while (rows.length < handle.rowCount) rows.push(["", ""]);
  if (rows.length === 0) return;
  if (!handle.exists) {
    await batcher.add(opBytes(1, [STATE_SHEET, "VeryHidden"], 2), () => {
      const ws = context.workbook.worksheets.add(STATE_SHEET);
      ws.visibility = "VeryHidden";
    });
  }
  // By name, not the proxy `add` returned: that one is void after a refused sync.
  const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
  for (let start = 0; start < rows.length;) {
    let end = start;
    let size = 0;
    while (end < rows.length && (end === start || size < OP_BYTES_MAX)) size += jsonBytes(rows[end++], ["@", "@"]);
    const chunk = rows.slice(start, end);
    const address = `A${start + 1}:B${end}`;
    // Values and their "@" format: one range proxy, two property sets.
    await batcher.add(opBytes(1, [address], 2) + size, () => {
      const range = sheet.getRange(address);
      range.numberFormat = chunk.map(() => ["@", "@"]);
      range.values = chunk;
    });
    start = end;
  }
}
