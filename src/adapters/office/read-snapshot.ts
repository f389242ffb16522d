import { MonitorError } from "../../app/workbook-gateway";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../domain/snapshot";
import { areaAddress } from "./addresses";
import type { Capabilities } from "./capabilities";
import { isPayloadTooLarge, officeCode } from "./errors";
import { PAYLOAD_BUDGET, PayloadBatcher } from "./payload-budget";

interface Discovered {
  name: string;
  index: number;
  visibility: "visible" | "hidden";
  sheet: Excel.Worksheet;
  used: Excel.Range;
  /** Merged areas of the whole sheet (ExcelApi 1.13), queued in the same sync as `used`. */
  merged?: Excel.RangeAreas;
}

interface Geometry extends Discovered {
  top: number;
  left: number;
  rows: number;
  cols: number;
  merges: CellRange[];
}

/** Numbers, not addresses: no A1 parsing, and sheet names with commas cannot confuse it. */
const MERGE_PROPS = "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount";

/** First guess of the JSON size of one cell's value plus number format. */
const FIRST_CELL_ESTIMATE = 48;

export interface ReadLimits {
  /** Excel returns `values: null` for a read of more cells than this (5 million). */
  cellsPerRead: number;
  /** Real data beyond this on one sheet is more than the pane can check: a clear error. */
  cellsPerSheet: number;
}
export const READ_LIMITS: ReadLimits = { cellsPerRead: 5_000_000, cellsPerSheet: 5_000_000 };

/** Tiles in which a huge used range is searched for the data really there. */
const TILE_ROWS = 65_536;
const TILE_COLS = 256;

function visibilityOf(v: string): "visible" | "hidden" | "veryHidden" {
  return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}

/**
 * Reads values, number formats and (ExcelApi 1.13) merged areas of every sheet except
 * very-hidden ones (our state). Syncs: one for the sheet list, then one for every used
 * range's geometry, values and formats together with each sheet's merges — the usual
 * case, whatever the row count. Only when Excel on the web refuses that response (over
 * its 5 MB limit) does it fall back to a geometry sync (with the merges) plus row chunks
 * sized to stay under the limit, shrinking them further if a chunk is refused.
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  caps: Pick<Capabilities, "mergedAreas">,
  onProgress?: (fraction: number) => void,
  limits: ReadLimits = READ_LIMITS,
): Promise<WorkbookSnapshot> {
  if (!caps.mergedAreas) return readSheets(context, false, limits, onProgress);
  try {
    return await readSheets(context, true, limits, onProgress);
  } catch (e) {
    // Excel refuses getMergedAreasOrNullObject over 512 areas with no documented code; a
    // check without merges (weaker header reading) beats no check. Typing in a cell, a
    // response too large even in chunks and our own errors stay fatal.
    const code = officeCode(e);
    if (code === "" || /EditMode$/.test(code) || isPayloadTooLarge(e)) throw e;
    return readSheets(context, false, limits, onProgress);
  }
}

async function readSheets(
  context: Excel.RequestContext,
  withMerges: boolean,
  limits: ReadLimits,
  onProgress?: (fraction: number) => void,
): Promise<WorkbookSnapshot> {
  const list = context.workbook.worksheets;
  list.load("items/name,items/position,items/visibility");
  await context.sync();
  onProgress?.(0.05);

  const discover = (props: string): Discovered[] => {
    const found: Discovered[] = [];
    for (const ws of list.items) {
      const visibility = visibilityOf(ws.visibility);
      if (visibility === "veryHidden") continue;
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(props);
      // The whole sheet, not the used range: Excel returns only areas whose top-left cell
      // lies inside the range, and the .xlsx adapter reports every merge of the sheet too.
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : undefined;
      merged?.load(MERGE_PROPS);
      found.push({ name: ws.name, index: ws.position, visibility, sheet: ws, used, merged });
    }
    return found;
  };

  const whole = discover("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
  try {
    await context.sync();
    const geometry = whole.map(geometryOf);
    // Over 5 million cells Excel answers `values: null` rather than failing: read in parts.
    const readWhole = (g: Geometry) => g.rows * g.cols <= limits.cellsPerRead && g.used.values && g.used.numberFormat;
    if (geometry.every((g) => g.rows === 0 || readWhole(g))) {
      const chunks = geometry.filter((g) => g.rows > 0).map((g) => ({ g, top: g.top, left: g.left, range: g.used }));
      onProgress?.(1);
      return { sheets: assemble(geometry, chunks).sort((a, b) => a.index - b.index) };
    }
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
  }

  const found = discover("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  onProgress?.(0.1);
  const geometry = found.map(geometryOf);
  const areas = await dataAreas(context, geometry, limits);

  let estimate = FIRST_CELL_ESTIMATE;
  for (let attempt = 0; ; attempt++) {
    try {
      const sheets = await loadCells(context, geometry, areas, estimate, limits, onProgress);
      onProgress?.(1);
      return { sheets: sheets.sort((a, b) => a.index - b.index) };
    } catch (e) {
      if (!isPayloadTooLarge(e) || attempt >= 4) throw e;
      estimate *= 8;
    }
  }
}

/** Excel's areas (1-based counts from 0-based indexes) as 0-based inclusive ranges. */
function mergesOf(merged: Excel.RangeAreas | undefined): CellRange[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((r) => ({
    top: r.rowIndex,
    left: r.columnIndex,
    bottom: r.rowIndex + r.rowCount - 1,
    right: r.columnIndex + r.columnCount - 1,
  }));
}

function geometryOf(d: Discovered): Geometry {
  const merges = mergesOf(d.merged);
  return d.used.isNullObject
    ? { ...d, top: 0, left: 0, rows: 0, cols: 0, merges }
    : {
        ...d,
        top: d.used.rowIndex,
        left: d.used.columnIndex,
        rows: d.used.rowCount,
        cols: d.used.columnCount,
        merges,
      };
}

/**
 * Where the data really is. A used range of a few million cells is read as it is; a bigger
 * one (a stray value in XFD1 or A1048576 stretches it over the whole sheet) is searched tile
 * by tile with getUsedRangeOrNullObject, in one sync, so only the blocks that hold values are
 * read. A sheet whose real data is still too large for the pane is a clear error.
 */
async function dataAreas(
  context: Excel.RequestContext,
  geometry: Geometry[],
  limits: ReadLimits,
): Promise<{ g: Geometry; area: CellRange }[]> {
  const out: { g: Geometry; area: CellRange }[] = [];
  const probes: { g: Geometry; used: Excel.Range }[] = [];
  for (const g of geometry) {
    if (g.rows === 0) continue;
    const area = { top: g.top, left: g.left, bottom: g.top + g.rows - 1, right: g.left + g.cols - 1 };
    if (g.rows * g.cols <= limits.cellsPerRead) {
      out.push({ g, area });
      continue;
    }
    for (let top = area.top; top <= area.bottom; top += TILE_ROWS)
      for (let left = area.left; left <= area.right; left += TILE_COLS) {
        const tile = {
          top,
          left,
          bottom: Math.min(area.bottom, top + TILE_ROWS - 1),
          right: Math.min(area.right, left + TILE_COLS - 1),
        };
        const used = g.sheet.getRange(areaAddress(tile)).getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        probes.push({ g, used });
      }
  }
  if (probes.length > 0) await context.sync();
  for (const { g, used } of probes) {
    if (used.isNullObject) continue;
    const top = used.rowIndex;
    const left = used.columnIndex;
    out.push({ g, area: { top, left, bottom: top + used.rowCount - 1, right: left + used.columnCount - 1 } });
  }
  const perSheet = new Map<Geometry, number>();
  for (const { g, area } of out) {
    const n = (perSheet.get(g) ?? 0) + (area.bottom - area.top + 1) * (area.right - area.left + 1);
    perSheet.set(g, n);
    if (n > limits.cellsPerSheet) throw new MonitorError("workbook-too-large", { sheet: g.name });
  }
  return out;
}

/** Reads the areas in blocks under both the payload budget and Excel's cells-per-read limit. */
async function loadCells(
  context: Excel.RequestContext,
  geometry: Geometry[],
  areas: { g: Geometry; area: CellRange }[],
  cellEstimate: number,
  limits: ReadLimits,
  onProgress?: (fraction: number) => void,
): Promise<SheetSnapshot[]> {
  const size = (a: CellRange) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
  const totalCells = areas.reduce((n, x) => n + size(x.area), 0) || 1;
  const maxCells = Math.max(1, Math.min(limits.cellsPerRead, Math.floor(PAYLOAD_BUDGET / 2 / cellEstimate)));
  let doneCells = 0;
  const batcher = new PayloadBatcher(context, PAYLOAD_BUDGET);
  const chunks: { g: Geometry; top: number; left: number; range: Excel.Range }[] = [];
  for (const { g, area } of areas) {
    // Columns first (a row wider than a block is split), then as many rows as fit.
    const width = Math.min(area.right - area.left + 1, maxCells);
    const rowsPerChunk = Math.max(1, Math.floor(maxCells / width));
    for (let left = area.left; left <= area.right; left += width)
      for (let top = area.top; top <= area.bottom; top += rowsPerChunk) {
        const block = {
          top,
          left,
          bottom: Math.min(area.bottom, top + rowsPerChunk - 1),
          right: Math.min(area.right, left + width - 1),
        };
        const before = batcher.syncs;
        await batcher.add(size(block) * cellEstimate, () => {
          const range = g.sheet.getRange(areaAddress(block));
          range.load("values,numberFormat");
          return () => chunks.push({ g, top: block.top, left: block.left, range });
        });
        if (batcher.syncs > before) onProgress?.(0.1 + (0.85 * doneCells) / totalCells);
        doneCells += size(block);
      }
  }
  await batcher.flush();
  return assemble(geometry, chunks);
}

/** Places loaded blocks at their 0-based coordinates; gaps are empty (null) cells. */
function assemble(
  geometry: Geometry[],
  chunks: { g: Geometry; top: number; left: number; range: Excel.Range }[],
): SheetSnapshot[] {
  const out = new Map<Geometry, SheetSnapshot>();
  for (const g of geometry) {
    out.set(g, { name: g.name, index: g.index, rows: [], formats: [], merges: g.merges, visibility: g.visibility });
  }
  for (const { g, top, left, range } of chunks) {
    const snap = out.get(g) as SheetSnapshot;
    const values = range.values;
    const numberFormats = range.numberFormat;
    const formats = snap.formats as (string | null)[][];
    for (let i = 0; i < values.length; i++) {
      const row = (snap.rows[top + i] ??= []);
      const fmt = (formats[top + i] ??= []);
      for (let j = 0; j < values[i].length; j++) {
        const v = values[i][j] as unknown;
        row[left + j] = v === "" || v === undefined ? null : (v as CellValue);
        const f = numberFormats[i]?.[j];
        fmt[left + j] = typeof f === "string" && f !== "General" ? f : null;
      }
    }
  }
  // Dense arrays, as the engine expects: no holes between or before the blocks.
  for (const snap of out.values()) {
    const formats = snap.formats as (string | null)[][];
    for (let r = 0; r < snap.rows.length; r++) {
      const row = (snap.rows[r] ??= []);
      const fmt = (formats[r] ??= []);
      for (let c = 0; c < row.length; c++) {
        if (row[c] === undefined) row[c] = null;
        if (fmt[c] === undefined) fmt[c] = null;
      }
    }
  }
  return [...out.values()];
}
