import { MonitorError } from "../../app/workbook-gateway";
import { a1, parseA1 } from "../../domain/cell-address";
import type { PaintCell, PaintPlan } from "../../domain/paint-plan";
import { PayloadBatcher, areaAddress, cellsToAreas, joinAddresses, jsonSize } from "./addresses";
import type { Capabilities } from "./capabilities";
import {
  PAINT_KEY,
  fromCellProperties,
  fromFillColor,
  groupStored,
  parsePaintRecord,
  serializePaintRecord,
  type PaintRecord,
  type StoredFill,
} from "./fill-store";
import { loadStateCells, probeState, queueStateWrite, stateFrom } from "./state";

type Cell = { row: number; col: number };

function toCells(addresses: Iterable<string>): Cell[] {
  const out: Cell[] = [];
  for (const a of addresses) {
    const p = parseA1(a);
    if (p) out.push(p);
  }
  return out;
}

/** Queues one fill (or "no fill") on many cells: multi-area ranges on 1.9, single areas on 1.7. */
async function queueFill(
  ws: Excel.Worksheet,
  caps: Capabilities,
  cells: Cell[],
  fill: StoredFill | null,
  batcher: PayloadBatcher,
): Promise<void> {
  const areas = cellsToAreas(cells);
  const simple = fill === null || ((fill.pattern ?? "Solid") === "Solid" && !fill.tintAndShade);
  const apply = (f: Excel.RangeFill) => {
    if (fill === null) f.clear();
    else f.color = fill.color;
  };
  if (simple && caps.rangeAreas) {
    for (const address of joinAddresses(areas)) {
      await batcher.add(address.length + 80, () => apply(ws.getRanges(address).format.fill));
    }
    return;
  }
  for (const area of areas) {
    const address = areaAddress(area);
    if (simple || !caps.cellProperties || fill === null) {
      await batcher.add(address.length + 80, () => apply(ws.getRange(address).format.fill));
    } else {
      // Patterned or tinted fills: only setCellProperties restores every part of them.
      const props = { format: { fill: { ...fill } } };
      const grid = Array.from({ length: area.bottom - area.top + 1 }, () =>
        Array.from({ length: area.right - area.left + 1 }, () => props),
      );
      await batcher.add(jsonSize(grid), () =>
        ws.getRange(address).setCellProperties(grid as Excel.SettableCellProperties[][]),
      );
    }
  }
}

/**
 * Paints `plan` and forgets the previous paint: cells painted before but absent now get
 * their own fill back. `repaint(context, caps, [])` is «Снять выделение».
 * Syncs: 1 (state probe + sheet list), 1 (state, protection, original fills), 1 (notes and
 * protection of previously painted sheets), then the writes — the same for 10 or 10,000 cells.
 * All checks run before the first write, so a protected sheet leaves the workbook untouched.
 */
export async function repaint(context: Excel.RequestContext, caps: Capabilities, plan: PaintPlan): Promise<void> {
  // Last paint of a cell wins.
  const wanted = new Map<string, Map<string, PaintCell>>();
  for (const c of plan) {
    let m = wanted.get(c.sheet);
    if (!m) wanted.set(c.sheet, (m = new Map()));
    m.set(a1(c.row, c.col), c);
  }

  // Sync 1: which sheets exist, where the state is.
  const probe = probeState(context);
  const list = context.workbook.worksheets;
  list.load("items/name");
  await context.sync();
  const existing = new Map(list.items.map((w) => [w.name, w]));
  for (const sheet of wanted.keys()) {
    if (!existing.has(sheet)) throw new MonitorError("sheet-missing", { sheet });
  }

  // Sync 2: the state, protection of the plan's sheets, the cells' own fills.
  const stateCells = loadStateCells(probe);
  const protections = new Map<string, Excel.WorksheetProtection>();
  const protect = (sheet: string) => {
    if (protections.has(sheet)) return;
    const p = context.workbook.worksheets.getItem(sheet).protection;
    p.load("protected");
    protections.set(sheet, p);
  };
  const originals: (() => [string, string, StoredFill | null][])[] = [];
  const batcher = new PayloadBatcher(context);
  for (const [sheet, cells] of wanted) {
    protect(sheet);
    const ws = context.workbook.worksheets.getItem(sheet);
    const areas = cellsToAreas([...cells.values()]);
    for (const area of areas) {
      const address = areaAddress(area);
      const n = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (caps.cellProperties) {
        await batcher.add(200 + n * 140, () => {
          const props = ws.getRange(address).getCellProperties({
            format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
          });
          originals.push(() =>
            props.value.flatMap((row, i) =>
              row.map((p, j): [string, string, StoredFill | null] => [
                sheet,
                a1(area.top + i, area.left + j),
                fromCellProperties(p.format?.fill ?? {}),
              ]),
            ),
          );
        });
      } else {
        // 1.7: one colour per cell, still queued and fetched in the same sync.
        for (let r = area.top; r <= area.bottom; r++)
          for (let c = area.left; c <= area.right; c++) {
            const cellAddress = a1(r, c);
            await batcher.add(160, () => {
              const fill = ws.getRange(cellAddress).format.fill;
              fill.load("color");
              originals.push(() => [[sheet, cellAddress, fromFillColor(fill.color)]]);
            });
          }
      }
    }
  }
  await batcher.flush();
  if (batcher.syncs === 0) await context.sync();
  const state = stateFrom(probe, stateCells);
  const record: PaintRecord = parsePaintRecord(state.map.get(PAINT_KEY));
  for (const [sheet, p] of protections) if (p.protected) throw new MonitorError("sheet-protected", { sheet });

  // Previously painted sheets that were deleted or renamed cannot be restored; forget them.
  for (const sheet of Object.keys(record.fills)) if (!existing.has(sheet)) delete record.fills[sheet];
  for (const sheet of Object.keys(record.notes)) if (!existing.has(sheet)) delete record.notes[sheet];

  // Sync 3: protection of sheets we must restore, and which cells already carry a note.
  const restoreSheets = Object.keys(record.fills).filter((s) => !wanted.has(s));
  for (const s of restoreSheets) protect(s);
  const noteProbes = new Map<string, Map<string, Excel.Note>>();
  if (caps.notes) {
    const probeNote = (sheet: string, address: string) => {
      let m = noteProbes.get(sheet);
      if (!m) noteProbes.set(sheet, (m = new Map()));
      if (m.has(address)) return;
      const note = context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(address);
      note.load("content");
      m.set(address, note);
    };
    for (const [sheet, addresses] of Object.entries(record.notes)) for (const a of addresses) probeNote(sheet, a);
    for (const [sheet, cells] of wanted) for (const [a, c] of cells) if (c.note) probeNote(sheet, a);
  }
  if (restoreSheets.length > 0 || noteProbes.size > 0) {
    await context.sync();
    for (const s of restoreSheets) {
      if (protections.get(s)?.protected) throw new MonitorError("sheet-protected", { sheet: s });
    }
  }

  // Record the true originals: cells already in the record keep what was stored first.
  for (const read of originals)
    for (const [sheet, address, fill] of read()) {
      const fills = (record.fills[sheet] ??= {});
      if (!(address in fills)) fills[address] = fill;
    }

  // Writes.
  const writer = new PayloadBatcher(context);
  for (const [sheet, fills] of Object.entries(record.fills)) {
    const keep = wanted.get(sheet);
    const dropped = Object.keys(fills).filter((a) => !keep?.has(a));
    if (dropped.length === 0) continue;
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const g of groupStored(fills, dropped).values())
      await queueFill(ws, caps, toCells(g.addresses), g.fill, writer);
    for (const a of dropped) delete fills[a];
    if (Object.keys(fills).length === 0) delete record.fills[sheet];
  }
  for (const [sheet, cells] of wanted) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const byFill = new Map<string, Cell[]>();
    for (const c of cells.values()) {
      const fill = c.fill.toUpperCase();
      let l = byFill.get(fill);
      if (!l) byFill.set(fill, (l = []));
      l.push(c);
    }
    for (const [fill, list] of byFill) await queueFill(ws, caps, list, { color: fill, pattern: "Solid" }, writer);
  }
  if (caps.notes) await queueNotes(context, wanted, record, noteProbes, writer);

  const map = new Map(state.map);
  if (Object.keys(record.fills).length === 0 && Object.keys(record.notes).length === 0) map.delete(PAINT_KEY);
  else map.set(PAINT_KEY, serializePaintRecord(record));
  if (map.size > 0 || state.exists) await queueStateWrite(context, state, map, writer);
  await writer.flush();
}

/** Our notes follow the paint; a note the user wrote is never replaced or deleted. */
async function queueNotes(
  context: Excel.RequestContext,
  wanted: Map<string, Map<string, PaintCell>>,
  record: PaintRecord,
  probes: Map<string, Map<string, Excel.Note>>,
  writer: PayloadBatcher,
): Promise<void> {
  const next: Record<string, string[]> = {};
  const exists = (sheet: string, a: string) => probes.get(sheet)?.get(a)?.isNullObject === false;
  for (const [sheet, addresses] of Object.entries(record.notes)) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const a of addresses) {
      if (!exists(sheet, a)) continue;
      const text = wanted.get(sheet)?.get(a)?.note;
      await writer.add(jsonSize([a, text]), () => {
        const note = ws.notes.getItemOrNullObject(a);
        if (text) note.content = text;
        else note.delete();
      });
      if (text) (next[sheet] ??= []).push(a);
    }
  }
  for (const [sheet, cells] of wanted) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const ours = new Set(record.notes[sheet] ?? []);
    for (const [a, c] of cells) {
      if (!c.note || ours.has(a) || exists(sheet, a)) continue;
      const text = c.note;
      await writer.add(jsonSize([a, text]), () => ws.notes.add(a, text));
      (next[sheet] ??= []).push(a);
    }
  }
  record.notes = next;
}
