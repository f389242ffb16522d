import { MonitorError } from "../../app/workbook-gateway";
import { a1, parseA1 } from "../../domain/cell-address";
import type { PaintCell, PaintPlan } from "../../domain/paint-plan";
import { areaAddress, cellsToAreas, joinAddresses, rowBands } from "./addresses";
import type { Capabilities } from "./capabilities";
import {
  PAINT_KEY,
  fromCellProperties,
  fromFillColor,
  groupStored,
  isOurFill,
  isRestorable,
  parsePaintRecord,
  serializePaintRecord,
  type PaintRecord,
  type StoredFill,
} from "./fill-store";
import { OP_BYTES_MAX, PayloadBatcher, jsonBytes, opBytes, utf8Bytes } from "./payload-budget";
import {
  assertStateWritable,
  loadBookProtection,
  loadStateCells,
  probeState,
  queueStateWrite,
  stateFrom,
} from "./state";

type Cell = { row: number; col: number };
/** sheet → A1 address → the cell's fill as read now. */
type Fills = Map<string, Map<string, StoredFill | null>>;

/** What getCellProperties({format: {fill}}) asks for: the five parts of a fill. */
const FILL_QUERY = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

function toCells(addresses: Iterable<string>): Cell[] {
  const out: Cell[] = [];
  for (const a of addresses) {
    const p = parseA1(a);
    if (p) out.push(p);
  }
  return out;
}

/**
 * Queues reads of the current fills of `cells` into `out`, filled in after the sync that
 * carries each read. 1.9: getCellProperties per row band (a response carries each cell's
 * address, so a 10,000 × 7 block is ~10 MB and must be split); 1.7: one fill load per cell.
 */
async function queueFillReads(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheet: string,
  cells: Cell[],
  batcher: PayloadBatcher,
  out: Fills,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  let got = out.get(sheet);
  if (!got) out.set(sheet, (got = new Map()));
  const into = got;
  // Response per cell: {"address":"'Лист'!A1","format":{"fill":{…five parts…}}} ≈ 140 bytes + the name.
  const perCell = 150 + 2 * utf8Bytes(sheet);
  for (const area of cellsToAreas(cells)) {
    if (caps.cellProperties) {
      for (const band of rowBands(area, Math.floor(OP_BYTES_MAX / perCell))) {
        const address = areaAddress(band);
        const n = (band.bottom - band.top + 1) * (band.right - band.left + 1);
        await batcher.add(opBytes(1, [address, FILL_QUERY]) + n * perCell, () => {
          const props = ws.getRange(address).getCellProperties(FILL_QUERY);
          return () =>
            props.value.forEach((row, i) =>
              row.forEach((p, j) =>
                into.set(a1(band.top + i, band.left + j), fromCellProperties(p.format?.fill ?? {})),
              ),
            );
        });
      }
    } else {
      // 1.7/1.8: one colour per cell (white reads as no fill, patterns as plain colour —
      // see fromFillColor), still queued and fetched in the same sync.
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const address = a1(r, c);
          // Request: getRange, format, fill and the load; response {"color":"#RRGGBB"} and its wrapping.
          await batcher.add(opBytes(3, [address, ["color"]]) + 80, () => {
            const fill = ws.getRange(address).format.fill;
            fill.load("color");
            return () => into.set(address, fromFillColor(fill.color));
          });
        }
    }
  }
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
  const simple =
    fill === null || ((fill.pattern ?? "Solid") === "Solid" && !fill.tintAndShade && !fill.patternTintAndShade);
  const apply = (f: Excel.RangeFill) => {
    if (fill === null) f.clear();
    else f.color = fill.color;
  };
  if (simple && caps.rangeAreas) {
    for (const address of joinAddresses(areas)) {
      await batcher.add(opBytes(3, [address, fill?.color ?? null]), () => apply(ws.getRanges(address).format.fill));
    }
    return;
  }
  for (const area of areas) {
    if (simple || !caps.cellProperties || fill === null) {
      // On 1.7/1.8 a patterned original is written back as its plain colour (fill.color only).
      const address = areaAddress(area);
      await batcher.add(opBytes(3, [address, fill?.color ?? null]), () => apply(ws.getRange(address).format.fill));
    } else {
      // Patterned or tinted fills: only setCellProperties restores every part of them.
      const props = { format: { fill: { ...fill } } };
      const perCell = jsonBytes(props) + 1;
      for (const band of rowBands(area, Math.floor(OP_BYTES_MAX / perCell))) {
        const grid = Array.from({ length: band.bottom - band.top + 1 }, () =>
          Array.from({ length: band.right - band.left + 1 }, () => props),
        );
        const address = areaAddress(band);
        await batcher.add(opBytes(1, [address, grid]), () =>
          ws.getRange(address).setCellProperties(grid as Excel.SettableCellProperties[][]),
        );
      }
    }
  }
}

/**
 * Paints `plan` and forgets the previous paint: cells painted before but absent now get
 * their own fill back. `repaint(context, caps, [])` is «Снять выделение».
 * Syncs: 1 (state probe, sheet list, workbook protection), 1 (state, protection, current
 * fills of the plan's cells), 1 when something was painted before (current fills of cells to
 * restore, notes, protection of those sheets), then the writes — the same for 10 or 10,000 cells.
 * All checks run before the first write, so a protected sheet leaves the workbook untouched;
 * the record of originals is written before any colour, so a failure part-way never leaves
 * colours that «Снять выделение» cannot take back.
 */
export async function repaint(context: Excel.RequestContext, caps: Capabilities, plan: PaintPlan): Promise<void> {
  // Last paint of a cell wins.
  const wanted = new Map<string, Map<string, PaintCell>>();
  for (const c of plan) {
    let m = wanted.get(c.sheet);
    if (!m) wanted.set(c.sheet, (m = new Map()));
    m.set(a1(c.row, c.col), c);
  }

  // Sync 1: which sheets exist, where the state is, whether sheets may be added.
  const probe = probeState(context);
  const book = loadBookProtection(context);
  const list = context.workbook.worksheets;
  list.load("items/name");
  await context.sync();
  const existing = new Map(list.items.map((w) => [w.name, w]));
  for (const sheet of wanted.keys()) {
    if (!existing.has(sheet)) throw new MonitorError("sheet-missing", { sheet });
  }

  // Sync 2: the state, protection of the plan's sheets, the cells' current fills. Reads only,
  // so a response Excel refuses as too large is read again in smaller parts.
  const reader = new PayloadBatcher(context, { readOnly: true });
  let stateCells: Excel.Range | null = null;
  // The state's size is unknown until read: a guess of a large paint record (~60 bytes a cell).
  await reader.add(opBytes(4, ["values,rowIndex,rowCount"], 2) + 600_000, () => {
    const cells = loadStateCells(probe);
    return () => {
      stateCells = cells;
    };
  });
  const asked = new Set<string>();
  const locked = new Set<string>();
  const protect = async (sheet: string) => {
    if (asked.has(sheet)) return;
    asked.add(sheet);
    await reader.add(opBytes(2, [sheet, ["protected"]]) + 40, () => {
      const p = context.workbook.worksheets.getItem(sheet).protection;
      p.load("protected");
      return () => {
        if (p.protected) locked.add(sheet);
      };
    });
  };
  const throwIfLocked = () => {
    for (const sheet of locked) throw new MonitorError("sheet-protected", { sheet });
  };
  const current: Fills = new Map();
  for (const [sheet, cells] of wanted) {
    await protect(sheet);
    await queueFillReads(context, caps, sheet, [...cells.values()], reader, current);
  }
  await reader.flush();
  const state = stateFrom(probe, stateCells);
  const record: PaintRecord = parsePaintRecord(state.map.get(PAINT_KEY));
  throwIfLocked();

  // Previously painted sheets that were deleted or renamed cannot be restored; forget them.
  for (const part of [record.fills, record.painted, record.notes])
    for (const sheet of Object.keys(part)) if (!existing.has(sheet)) delete part[sheet];

  // Sync 3: current fills of recorded cells leaving the plan, protection of their sheets,
  // and the notes at recorded and planned cells.
  const dropped = new Map<string, string[]>();
  for (const [sheet, fills] of Object.entries(record.fills)) {
    const keep = wanted.get(sheet);
    const gone = Object.keys(fills).filter((a) => !keep?.has(a));
    if (gone.length === 0) continue;
    dropped.set(sheet, gone);
    await protect(sheet);
    await queueFillReads(context, caps, sheet, toCells(gone), reader, current);
  }
  const noteProbes = new Map<string, Map<string, Excel.Note>>();
  if (caps.notes) {
    const probeNote = async (sheet: string, address: string) => {
      let m = noteProbes.get(sheet);
      if (!m) noteProbes.set(sheet, (m = new Map()));
      if (m.has(address)) return;
      const into = m;
      await protect(sheet);
      // The response holds the note's text: ours are a sentence or two; a long one of the user's
      // (up to 32,767 characters) makes Excel refuse the response, and the retry reads it alone.
      await reader.add(opBytes(3, [address, ["content"]]) + 1_000, () => {
        const note = context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(address);
        note.load("content");
        return () => {
          into.set(address, note);
        };
      });
    };
    for (const [sheet, notes] of Object.entries(record.notes))
      for (const a of Object.keys(notes)) await probeNote(sheet, a);
    for (const [sheet, cells] of wanted) for (const [a, c] of cells) if (c.note) await probeNote(sheet, a);
  }
  await reader.flush();
  throwIfLocked();

  // Decide every write before queueing any.
  const restores: { sheet: string; fills: Record<string, StoredFill | null>; addresses: string[] }[] = [];
  const ours = (sheet: string, a: string): boolean => {
    const colour = record.painted[sheet]?.[a];
    // Older records did not keep our colour: restore as before.
    return colour === undefined || isOurFill(current.get(sheet)?.get(a) ?? null, colour);
  };
  for (const [sheet, gone] of dropped) {
    const fills = record.fills[sheet];
    // A cell no longer showing our colour was recoloured by the user, or is another cell
    // since rows were inserted or deleted: leave it as it is.
    restores.push({ sheet, fills: { ...fills }, addresses: gone.filter((a) => ours(sheet, a)) });
    for (const a of gone) {
      delete fills[a];
      if (record.painted[sheet]) delete record.painted[sheet][a];
    }
  }
  // Cells whose own fill could not be put back exactly (gradients) keep it: their finding
  // still shows in the pane, on «Замечания» and in the note.
  const unpaintable = new Map<string, Set<string>>();
  for (const [sheet, cells] of wanted) {
    const fills = (record.fills[sheet] ??= {});
    const painted = (record.painted[sheet] ??= {});
    for (const [a, c] of cells) {
      if (!(a in fills && ours(sheet, a)) && !isRestorable(current.get(sheet)?.get(a) ?? null)) {
        let skip = unpaintable.get(sheet);
        if (!skip) unpaintable.set(sheet, (skip = new Set()));
        skip.add(a);
        delete fills[a];
        delete painted[a];
        continue;
      }
      // The true original stays while the cell still shows our colour; otherwise what is there now is the user's.
      if (!(a in fills) || !ours(sheet, a)) fills[a] = current.get(sheet)?.get(a) ?? null;
      painted[a] = c.fill.toUpperCase();
    }
  }
  for (const part of [record.fills, record.painted])
    for (const [sheet, m] of Object.entries(part)) if (Object.keys(m).length === 0) delete part[sheet];
  const noteOps = caps.notes ? planNotes(wanted, record, noteProbes) : [];

  const map = new Map(state.map);
  const empty = Object.keys(record.fills).length === 0 && Object.keys(record.notes).length === 0;
  if (empty) map.delete(PAINT_KEY);
  else map.set(PAINT_KEY, serializePaintRecord(record));
  const writeState = map.size > 0 || state.exists;
  if (writeState) assertStateWritable(state, book.protected);

  // Writes: the record first, so if it cannot be saved nothing is painted.
  const writer = new PayloadBatcher(context);
  if (writeState) await queueStateWrite(context, state, map, writer);
  for (const r of restores) {
    const ws = context.workbook.worksheets.getItem(r.sheet);
    for (const g of groupStored(r.fills, r.addresses).values())
      // A gradient kept by an older version cannot be written back; the cell stays as it is.
      if (isRestorable(g.fill)) await queueFill(ws, caps, toCells(g.addresses), g.fill, writer);
  }
  for (const [sheet, cells] of wanted) {
    const ws = context.workbook.worksheets.getItem(sheet);
    const byFill = new Map<string, Cell[]>();
    for (const [a, c] of cells) {
      if (unpaintable.get(sheet)?.has(a)) continue;
      const fill = c.fill.toUpperCase();
      let l = byFill.get(fill);
      if (!l) byFill.set(fill, (l = []));
      l.push(c);
    }
    for (const [fill, list] of byFill) await queueFill(ws, caps, list, { color: fill, pattern: "Solid" }, writer);
  }
  for (const op of noteOps) {
    const ws = context.workbook.worksheets.getItem(op.sheet);
    // notes.add(a, text): the notes proxy and the call; set/delete go through getItemOrNullObject too.
    await writer.add(opBytes(op.kind === "add" ? 2 : 3, [op.address, op.text]), () => {
      if (op.kind === "add") ws.notes.add(op.address, op.text);
      else {
        const note = ws.notes.getItemOrNullObject(op.address);
        if (op.kind === "set") note.content = op.text;
        else note.delete();
      }
    });
  }
  await writer.flush();
}

type NoteOp = { sheet: string; address: string; kind: "add" | "set" | "delete"; text: string };

/**
 * Our notes follow the paint; a note the user wrote — or edited after we wrote it — is
 * never replaced or deleted. Updates `record.notes` to the notes that will be ours.
 */
function planNotes(
  wanted: Map<string, Map<string, PaintCell>>,
  record: PaintRecord,
  probes: Map<string, Map<string, Excel.Note>>,
): NoteOp[] {
  const ops: NoteOp[] = [];
  const next: PaintRecord["notes"] = {};
  const probe = (sheet: string, a: string) => {
    const n = probes.get(sheet)?.get(a);
    return n && !n.isNullObject ? n : null;
  };
  const handled = new Set<string>();
  for (const [sheet, notes] of Object.entries(record.notes)) {
    for (const [a, wrote] of Object.entries(notes)) {
      const note = probe(sheet, a);
      if (!note) continue; // the user deleted it
      // "" = an older record that kept no text: taken as still ours.
      if (wrote !== "" && note.content !== wrote) continue; // the user edited it: theirs now
      handled.add(`${sheet}!${a}`);
      const text = wanted.get(sheet)?.get(a)?.note;
      if (!text) ops.push({ sheet, address: a, kind: "delete", text: "" });
      else {
        if (note.content !== text) ops.push({ sheet, address: a, kind: "set", text });
        (next[sheet] ??= {})[a] = text;
      }
    }
  }
  for (const [sheet, cells] of wanted) {
    for (const [a, c] of cells) {
      if (!c.note || handled.has(`${sheet}!${a}`) || probe(sheet, a)) continue;
      ops.push({ sheet, address: a, kind: "add", text: c.note });
      (next[sheet] ??= {})[a] = c.note;
    }
  }
  record.notes = next;
  return ops;
}
