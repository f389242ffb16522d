import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../domain/snapshot";
import { PAYLOAD_BUDGET, PayloadBatcher, areaAddress } from "./addresses";
import type { Capabilities } from "./capabilities";
import { isPayloadTooLarge, officeCode } from "./errors";

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
): Promise<WorkbookSnapshot> {
  if (!caps.mergedAreas) return readSheets(context, false, onProgress);
  try {
    return await readSheets(context, true, onProgress);
  } catch (e) {
    // Excel refuses getMergedAreasOrNullObject over 512 areas with no documented code; a
    // check without merges (weaker header reading) beats no check. Typing in a cell, a
    // response too large even in chunks and our own errors stay fatal.
    const code = officeCode(e);
    if (code === "" || /EditMode$/.test(code) || isPayloadTooLarge(e)) throw e;
    return readSheets(context, false, onProgress);
  }
}

async function readSheets(
  context: Excel.RequestContext,
  withMerges: boolean,
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
    const chunks = geometry.filter((g) => g.rows > 0).map((g) => ({ g, range: g.used }));
    onProgress?.(1);
    return { sheets: assemble(geometry, chunks).sort((a, b) => a.index - b.index) };
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
  }

  const found = discover("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  onProgress?.(0.1);
  const geometry = found.map(geometryOf);

  let estimate = FIRST_CELL_ESTIMATE;
  for (let attempt = 0; ; attempt++) {
    try {
      const sheets = await loadCells(context, geometry, estimate, onProgress);
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

async function loadCells(
  context: Excel.RequestContext,
  geometry: Geometry[],
  cellEstimate: number,
  onProgress?: (fraction: number) => void,
): Promise<SheetSnapshot[]> {
  const totalCells = geometry.reduce((n, g) => n + g.rows * g.cols, 0) || 1;
  let doneCells = 0;
  const batcher = new PayloadBatcher(context, PAYLOAD_BUDGET);
  const chunks: { g: Geometry; first: number; range: Excel.Range }[] = [];
  for (const g of geometry) {
    if (g.rows === 0) continue;
    const rowsPerChunk = Math.max(1, Math.floor(PAYLOAD_BUDGET / 2 / (g.cols * cellEstimate)));
    for (let first = 0; first < g.rows; first += rowsPerChunk) {
      const count = Math.min(rowsPerChunk, g.rows - first);
      const before = batcher.syncs;
      await batcher.add(count * g.cols * cellEstimate, () => {
        const top = g.top + first;
        const range = g.sheet.getRange(
          areaAddress({ top, left: g.left, bottom: top + count - 1, right: g.left + g.cols - 1 }),
        );
        range.load("values,numberFormat");
        chunks.push({ g, first, range });
      });
      if (batcher.syncs > before) onProgress?.(0.1 + (0.85 * doneCells) / totalCells);
      doneCells += count * g.cols;
    }
  }
  await batcher.flush();

  return assemble(geometry, chunks);
}

/** Places loaded row blocks at their 0-based coordinates (used ranges need not start at A1). */
function assemble(geometry: Geometry[], chunks: { g: Geometry; range: Excel.Range }[]): SheetSnapshot[] {
  const out = new Map<Geometry, SheetSnapshot>();
  for (const g of geometry) {
    const rows: CellValue[][] = Array.from({ length: g.top }, () => []);
    const formats: (string | null)[][] = Array.from({ length: g.top }, () => []);
    out.set(g, { name: g.name, index: g.index, rows, formats, merges: g.merges, visibility: g.visibility });
  }
  for (const { g, range } of chunks) {
    const snap = out.get(g) as SheetSnapshot;
    const values = range.values;
    const numberFormats = range.numberFormat;
    for (let i = 0; i < values.length; i++) {
      const row: CellValue[] = new Array(g.left).fill(null);
      const fmt: (string | null)[] = new Array(g.left).fill(null);
      for (let j = 0; j < values[i].length; j++) {
        const v = values[i][j] as unknown;
        row.push(v === "" || v === undefined ? null : (v as CellValue));
        const f = numberFormats[i]?.[j];
        fmt.push(typeof f === "string" && f !== "General" ? f : null);
      }
      snap.rows.push(row);
      (snap.formats as (string | null)[][]).push(fmt);
    }
  }
  return [...out.values()];
}
