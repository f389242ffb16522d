import { a1 } from "../../domain/cell-address";
import type { CellRange } from "../../domain/snapshot";

/** Excel rejects longer address strings; stay a little under 8,192. */
export const MAX_ADDRESS_CHARS = 8_000;

export function areaAddress(r: CellRange): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/**
 * Packs cells into few rectangles: runs of adjacent columns in a row, then runs stacked
 * in consecutive rows with the same columns. Duplicates are ignored.
 */
export function cellsToAreas(cells: readonly { row: number; col: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && c.col <= last.right + 1) {
      if (c.col > last.right) last.right = c.col;
    } else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  const open = new Map<string, CellRange>();
  const out: CellRange[] = [];
  for (const r of runs) {
    const key = `${r.left}:${r.right}`;
    const prev = open.get(key);
    if (prev && prev.bottom + 1 === r.top) prev.bottom = r.top;
    else {
      const copy = { ...r };
      open.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

/** Joins area addresses with "," into strings no longer than `limit` characters each. */
export function joinAddresses(areas: readonly CellRange[], limit = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of areas) {
    const a = areaAddress(r);
    if (cur && cur.length + 1 + a.length > limit) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Splits a rectangle into bands of whole rows with at most `maxCells` cells each (at least
 * one row), so a per-cell read or write of a big block stays under the payload budget.
 */
export function rowBands(area: CellRange, maxCells: number): CellRange[] {
  const width = area.right - area.left + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const out: CellRange[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    out.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
  }
  return out;
}
