import { a1, parseA1 } from "../../domain/cell-address";
import { partPrefix } from "./xml-children";
import { attr, elements, removeAttr, setAttr, startTag } from "./xml-text";

/** Called with a cell's current style index; returns the index to set. */
export type Restyle = (currentXf: number) => number;

/**
 * Changes the style index (`s`) of some cells in a worksheet part, leaving every other
 * byte of the sheet as it was. Cells that do not exist yet (an empty cell is coloured
 * when a date is missing) are created empty, in column order, inheriting the row or
 * column format they displayed with.
 *
 * `targets` is keyed by 0-based "row:col".
 */
export function restyleCells(sheetXml: string, targets: Map<string, Restyle>, p = partPrefix(sheetXml)): string {
  if (targets.size === 0) return sheetXml;
  const byRow = new Map<number, Map<number, Restyle>>();
  for (const [key, fn] of targets) {
    const [r, c] = key.split(":").map(Number);
    if (!byRow.has(r)) byRow.set(r, new Map());
    byRow.get(r)!.set(c, fn);
  }
  const colStyles = columnStyles(sheetXml, p);
  const dataMatch = new RegExp(`<${p}sheetData\\b[^>]*?/>|<${p}sheetData\\b[^>]*>([\\s\\S]*?)</${p}sheetData>`).exec(
    sheetXml,
  );
  if (!dataMatch) return sheetXml;
  const body = dataMatch[1] ?? "";

  // Only the rows being changed are cut out; the text between them is copied in one piece.
  const out: string[] = [];
  let cursor = 0;
  let implicitRow = -1;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  const flushBefore = (row: number, at: number) => {
    if (next >= pending.length || pending[next] >= row) return;
    out.push(body.slice(cursor, at));
    cursor = at;
    while (next < pending.length && pending[next] < row) {
      const r = pending[next++];
      out.push(newRow(r, byRow.get(r)!, null, colStyles, p));
    }
  };
  for (const rowEl of elements(body, `${p}row`)) {
    const rAttr = attr(startTag(rowEl.text), "r");
    const row = rAttr ? Number(rAttr) - 1 : implicitRow + 1;
    implicitRow = row;
    flushBefore(row, rowEl.start);
    const wanted = byRow.get(row);
    if (!wanted) continue;
    if (pending[next] === row) next++;
    out.push(body.slice(cursor, rowEl.start), patchRow(rowEl.text, row, wanted, colStyles, p));
    cursor = rowEl.end;
  }
  flushBefore(Number.MAX_SAFE_INTEGER, body.length);
  out.push(body.slice(cursor));
  const newBody = out.join("");
  const open = startTag(dataMatch[0]).replace(/\s*\/>$/, ">");
  return (
    sheetXml.slice(0, dataMatch.index) +
    open +
    newBody +
    `</${p}sheetData>` +
    sheetXml.slice(dataMatch.index + dataMatch[0].length)
  );
}

function patchRow(
  rowText: string,
  row: number,
  wanted: Map<number, Restyle>,
  colStyles: ColStyle[],
  p: string,
): string {
  const tag = startTag(rowText);
  const rowXf = attr(tag, "customFormat") === "1" ? Number(attr(tag, "s") ?? 0) : null;
  if (rowText.endsWith("/>")) return newRow(row, wanted, tag, colStyles, p);
  const inner = rowText.slice(tag.length, rowText.length - `</${p}row>`.length);
  const left = new Map(wanted);
  const out: string[] = [];
  let cursor = 0;
  let implicitCol = -1;
  const insertBefore = (col: number) => {
    for (const c of [...left.keys()].sort((a, b) => a - b)) {
      if (c >= col) break;
      out.push(emptyCell(row, c, left.get(c)!(inherited(c, rowXf, colStyles)), p));
      left.delete(c);
    }
  };
  for (const cell of elements(inner, `${p}c`)) {
    const cTag = startTag(cell.text);
    const ref = attr(cTag, "r");
    const col = ref ? (parseA1(ref)?.col ?? implicitCol + 1) : implicitCol + 1;
    implicitCol = col;
    out.push(inner.slice(cursor, cell.start));
    cursor = cell.end;
    insertBefore(col);
    const fn = left.get(col);
    if (!fn) {
      out.push(cell.text);
      continue;
    }
    left.delete(col);
    const current = Number(attr(cTag, "s") ?? 0);
    out.push(setAttr(cTag, "s", String(fn(current))) + cell.text.slice(cTag.length));
  }
  out.push(inner.slice(cursor));
  const added = left.size > 0;
  insertBefore(Number.MAX_SAFE_INTEGER);
  // "spans" is only an optimisation hint; drop it rather than leave it wrong.
  const newTag = added ? removeAttr(tag, "spans") : tag;
  return newTag + out.join("") + `</${p}row>`;
}

function newRow(
  row: number,
  wanted: Map<number, Restyle>,
  existingTag: string | null,
  colStyles: ColStyle[],
  p: string,
): string {
  const tag = existingTag ? removeAttr(existingTag, "spans").replace(/\s*\/>$/, ">") : `<${p}row r="${row + 1}">`;
  const rowXf = existingTag && attr(existingTag, "customFormat") === "1" ? Number(attr(existingTag, "s") ?? 0) : null;
  const cells = [...wanted.keys()]
    .sort((a, b) => a - b)
    .map((c) => emptyCell(row, c, wanted.get(c)!(inherited(c, rowXf, colStyles)), p));
  return tag + cells.join("") + `</${p}row>`;
}

function emptyCell(row: number, col: number, xf: number, p: string): string {
  return `<${p}c r="${a1(row, col)}" s="${xf}"/>`;
}

interface ColStyle {
  min: number;
  max: number;
  xf: number;
}

/** An empty cell displays with its row's format, else its column's. */
function inherited(col: number, rowXf: number | null, colStyles: ColStyle[]): number {
  if (rowXf !== null) return rowXf;
  return colStyles.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.xf ?? 0;
}

function columnStyles(sheetXml: string, p: string): ColStyle[] {
  const cols = new RegExp(`<${p}cols\\b[^>]*>([\\s\\S]*?)</${p}cols>`).exec(sheetXml);
  if (!cols) return [];
  return elements(cols[1], `${p}col`)
    .map((e) => startTag(e.text))
    .filter((t) => attr(t, "style") !== null)
    .map((t) => ({ min: Number(attr(t, "min")), max: Number(attr(t, "max")), xf: Number(attr(t, "style")) }));
}

/** A cell to put back: it gets `original` again if it still has the index we wrote (`painted`). */
export interface RestoreTarget {
  painted: number;
  original: number;
}

/**
 * Undoes an earlier paint in a worksheet part: each target cell whose style index is still
 * the one we wrote gets its original index back; a cell the user restyled since is left
 * alone, and no cell is created or has its value touched. Every other byte is kept.
 *
 * `targets` is keyed by 0-based "row:col". Returns the new XML and how many cells changed.
 */
export function restoreCells(
  sheetXml: string,
  targets: Map<string, RestoreTarget>,
  p = partPrefix(sheetXml),
): { xml: string; restored: number } {
  const rowsWanted = new Set<number>();
  for (const key of targets.keys()) rowsWanted.add(Number(key.split(":")[0]));
  const dataMatch = new RegExp(`<${p}sheetData\\b[^>]*>([\\s\\S]*?)</${p}sheetData>`).exec(sheetXml);
  if (!dataMatch || rowsWanted.size === 0) return { xml: sheetXml, restored: 0 };
  const bodyStart = dataMatch.index + dataMatch[0].indexOf(">") + 1;
  const body = dataMatch[1];
  const out: string[] = [];
  let cursor = 0;
  let implicitRow = -1;
  let restored = 0;
  for (const rowEl of elements(body, `${p}row`)) {
    const rAttr = attr(startTag(rowEl.text), "r");
    const row = rAttr ? Number(rAttr) - 1 : implicitRow + 1;
    implicitRow = row;
    if (!rowsWanted.has(row) || rowEl.text.endsWith("/>")) continue;
    let implicitCol = -1;
    const rowOut: string[] = [];
    let rowCursor = 0;
    for (const cell of elements(rowEl.text, `${p}c`)) {
      const cTag = startTag(cell.text);
      const ref = attr(cTag, "r");
      const col = ref ? (parseA1(ref)?.col ?? implicitCol + 1) : implicitCol + 1;
      implicitCol = col;
      const target = targets.get(cellKey(row, col));
      if (!target || Number(attr(cTag, "s") ?? 0) !== target.painted) continue;
      // Index 0 is the default: drop the attribute, as the cell was written before we painted it.
      const restoredTag = target.original === 0 ? removeAttr(cTag, "s") : setAttr(cTag, "s", String(target.original));
      rowOut.push(rowEl.text.slice(rowCursor, cell.start), restoredTag);
      rowCursor = cell.start + cTag.length;
      restored++;
    }
    if (rowCursor === 0) continue;
    rowOut.push(rowEl.text.slice(rowCursor));
    out.push(body.slice(cursor, rowEl.start), rowOut.join(""));
    cursor = rowEl.end;
  }
  if (restored === 0) return { xml: sheetXml, restored };
  out.push(body.slice(cursor));
  return {
    xml: sheetXml.slice(0, bodyStart) + out.join("") + sheetXml.slice(bodyStart + body.length),
    restored,
  };
}

/** Map key of a cell: 0-based "row:col". */
export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/**
 * The highest style index a worksheet part uses (cells' and rows' `s`, columns' `style`),
 * or -1: new formats must not take an index a cell already points at, even past the list.
 */
export function maxStyleIndex(sheetXml: string): number {
  let max = -1;
  for (const m of sheetXml.matchAll(/\s(?:s|style)\s*=\s*["'](\d+)["']/g)) {
    const n = Number(m[1]);
    if (n > max) max = n;
  }
  return max;
}
