import { a1, parseA1 } from "../../domain/cell-address";
import { partPrefix } from "./xml-children";
import { attr, elements, removeAttr, setAttr, startTag, unescapeXml } from "./xml-text";

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
  const byRow: RestyleRows = new Map();
  for (const [key, fn] of targets) {
    const colon = key.indexOf(":");
    const r = Number(key.slice(0, colon));
    let row = byRow.get(r);
    if (!row) byRow.set(r, (row = new Map()));
    row.set(Number(key.slice(colon + 1)), fn);
  }
  return restyleRows(sheetXml, byRow, p);
}

/** Targets by 0-based row, then column. */
export type RestyleRows = Map<number, Map<number, Restyle>>;

/** restyleCells with the targets already grouped by row (the painter has them so). */
export function restyleRows(sheetXml: string, byRow: RestyleRows, p = partPrefix(sheetXml)): string {
  if (byRow.size === 0) return sheetXml;
  const data = sheetDataSpan(sheetXml, p);
  if (!data) return sheetXml;
  // <cols> comes before <sheetData> (schema order): its search stops there, not at the end of a 20 MB part.
  const colStyles = columnStyles(sheetXml.slice(0, data.start), p);

  // Only the rows being changed are cut out; the text between them is copied in one piece.
  const out: string[] = [];
  let cursor = data.bodyStart;
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  const flushBefore = (row: number, at: number) => {
    if (next >= pending.length || pending[next] >= row) return;
    out.push(sheetXml.slice(cursor, at));
    cursor = at;
    while (next < pending.length && pending[next] < row) {
      const r = pending[next++];
      out.push(newRow(r, byRow.get(r)!, null, colStyles, p));
    }
  };
  forEachElement(
    sheetXml,
    `<${p}row`,
    data.bodyStart,
    data.bodyEnd,
    `</${p}row>`,
    (row, el) => {
      flushBefore(row, el.start);
      const wanted = byRow.get(row);
      if (!wanted) return;
      if (pending[next] === row) next++;
      out.push(sheetXml.slice(cursor, el.start), patchRow(sheetXml, el, row, wanted, colStyles, p));
      cursor = el.end;
    },
    // Rows with nothing to change or to insert before them are passed over unread.
    { wanted: (row) => byRow.has(row) || (next < pending.length && pending[next] < row) },
  );
  flushBefore(Number.MAX_SAFE_INTEGER, data.bodyEnd);
  out.push(sheetXml.slice(cursor, data.bodyEnd));
  const open = data.selfClosed ? sheetXml.slice(data.start, data.bodyStart).replace(/\s*\/>$/, ">") : "";
  return (
    sheetXml.slice(0, data.selfClosed ? data.start : data.bodyStart) +
    open +
    out.join("") +
    (data.selfClosed ? `</${p}sheetData>` : "") +
    sheetXml.slice(data.bodyEnd)
  );
}

/** Where `<sheetData>` is: its content is xml[bodyStart, bodyEnd); a self-closed one has none. */
interface SheetDataSpan {
  start: number;
  bodyStart: number;
  bodyEnd: number;
  selfClosed: boolean;
}

function sheetDataSpan(xml: string, p: string): SheetDataSpan | null {
  const open = `<${p}sheetData`;
  let start = xml.indexOf(open);
  while (start >= 0 && !/[\s/>]/.test(xml[start + open.length] ?? "")) start = xml.indexOf(open, start + 1);
  if (start < 0) return null;
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd < 0) return null;
  if (xml[tagEnd - 1] === "/") return { start, bodyStart: tagEnd + 1, bodyEnd: tagEnd + 1, selfClosed: true };
  const close = xml.indexOf(`</${p}sheetData>`, tagEnd);
  return close < 0 ? null : { start, bodyStart: tagEnd + 1, bodyEnd: close, selfClosed: false };
}

interface ElementOptions {
  /** The 0-based index from the `r` attribute's text (default: a row number). */
  index?: (r: string) => number | undefined;
  /** False: the element is passed over without its end being found or `fn` being called. */
  wanted?: (index: number) => boolean;
  /** The index read from the text right after ` r="` (at that offset), or -1 when it is not plain. */
  inPlace?: (at: number) => number;
}

/** An element found by forEachElement: xml[start, end), its start tag xml[start, openEnd). */
interface Found {
  start: number;
  openEnd: number;
  end: number;
  selfClosed: boolean;
  tag: string;
}

/**
 * Calls `fn` with the 0-based index (from the `r` attribute, or one past the previous) of
 * every `open` element (`<row`, `<c`, with the part's prefix) in xml[from, to), found by
 * indexOf: one linear pass, however long the part. The elements must not nest in
 * themselves (rows and cells do not). `<c` does not match `<col` or `<charset`.
 */
function forEachElement(
  xml: string,
  open: string,
  from: number,
  to: number,
  close: string,
  fn: (index: number, el: Found) => void,
  options: ElementOptions = {},
): void {
  const { index = (r: string) => Number(r) - 1, wanted = () => true } = options;
  let implicit = -1;
  const rows = open.endsWith("row") && close.endsWith("row>");
  const find = rows ? rowFinder(open) : (at: number) => xml.indexOf(open, at);
  const inPlace = options.inPlace ?? (rows ? (at: number) => plainNumberAt(xml, at) - 1 : () => -1);
  let at = find(from);
  while (at >= 0 && at < to) {
    const after = xml.charCodeAt(at + open.length);
    // Whitespace, "/" or ">" must follow the name.
    if (!(after === 0x20 || after === 0x2f || after === 0x3e || after === 0x09 || after === 0x0a || after === 0x0d)) {
      at = find(at + 1);
      continue;
    }
    const openEnd = xml.indexOf(">", at) + 1;
    if (openEnd === 0 || openEnd > to) return;
    // A row's ` r="12"` right after the name (as Excel and LibreOffice write it) is read in
    // place; anything else from the tag. A row passed over is then never sliced out.
    let i = inPlace(at + open.length + 4);
    let tag: string | null = null;
    if (i < 0 || !xml.startsWith(' r="', at + open.length)) {
      tag = xml.slice(at, openEnd);
      const r = quickAttr(tag, "r");
      i = (r === null ? undefined : index(r)) ?? implicit + 1;
    }
    implicit = i;
    if (!wanted(i)) {
      // The element's content holds no `open` element (they do not nest): the next one is past it.
      at = find(openEnd);
      continue;
    }
    const selfClosed = xml.charCodeAt(openEnd - 2) === 0x2f;
    let end = openEnd;
    if (!selfClosed) {
      const c = xml.indexOf(close, openEnd);
      if (c < 0 || c + close.length > to) return;
      end = c + close.length;
    }
    fn(i, { start: at, openEnd, end, selfClosed, tag: tag ?? xml.slice(at, openEnd) });
    at = find(end);
  }

  /**
   * The next `<row` (with the part's prefix) at or after `at`, found through its "ow": a
   * worksheet has a `<` every few bytes, and indexOf("<row") stops at each of them (80 ms
   * on a 16 MB sheet), while "o" is rare in cell markup — the Cyrillic text is all bytes
   * above 0x7F in a byte string — so indexOf("ow") stops at the rows and little else.
   */
  function rowFinder(name: string): (at: number) => number {
    const head = name.length - 2; // `<`, the prefix and "r" before the "ow"
    return (start) => {
      for (let o = xml.indexOf("ow", start + head); o >= 0; o = xml.indexOf("ow", o + 1)) {
        if (xml.startsWith(name, o - head)) return o - head;
      }
      return -1;
    };
  }
}

/** The 0-based column of a plain cell reference (`AB12"`) at xml[at…], or -1 when it is spelled otherwise. */
function plainColumnAt(xml: string, at: number): number {
  let col = 0;
  let i = at;
  for (let c = xml.charCodeAt(i); c >= 65 && c <= 90 && i - at < 3; c = xml.charCodeAt(++i)) col = col * 26 + c - 64;
  if (i === at) return -1;
  const digits = i;
  const first = xml.charCodeAt(i);
  if (first === 48) return -1;
  for (let c = first; c >= 0x30 && c <= 0x39; c = xml.charCodeAt(++i));
  return i > digits && i - digits <= 7 && xml.charCodeAt(i) === 0x22 ? col - 1 : -1;
}

/** The decimal digits at xml[at…] closed by `"`, as a number; -1 when there are none or something else follows. */
function plainNumberAt(xml: string, at: number): number {
  let n = 0;
  let i = at;
  for (let c = xml.charCodeAt(i); c >= 0x30 && c <= 0x39; c = xml.charCodeAt(++i)) n = n * 10 + (c - 0x30);
  return i > at && i - at <= 9 && xml.charCodeAt(i) === 0x22 ? n : -1;
}

/** A cell tag's style index (0 without `s`): ` s="12"` read in place, any other spelling through quickAttr. */
function styleOf(tag: string): number {
  const at = tag.indexOf(' s="');
  if (at >= 0) {
    const n = plainNumberAt(tag, at + 4);
    if (n >= 0) return n;
  }
  return Number(quickAttr(tag, "s") ?? 0);
}

/**
 * An attribute of a row or cell tag: read directly in the spelling Excel and LibreOffice
 * write (` r="…"`), else by attr() (other quotes, spaces around `=`, a prefix).
 */
function quickAttr(tag: string, name: "r" | "s"): string | null {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return attr(tag, name);
  const end = tag.indexOf('"', at + 4);
  return end < 0 ? attr(tag, name) : unescapeXml(tag.slice(at + 4, end));
}

/** A cell's start tag with style index `xf`, every other attribute as written. */
function withStyle(tag: string, xf: number): string {
  const at = tag.indexOf(' s="');
  const end = at < 0 ? -1 : tag.indexOf('"', at + 4);
  if (end >= 0) return `${tag.slice(0, at + 4)}${xf}${tag.slice(end)}`;
  if (attr(tag, "s") !== null) return setAttr(tag, "s", String(xf));
  // A new attribute goes right after the element name, as setAttr puts it.
  let name = 1;
  while (name < tag.length && !/[\s/>]/.test(tag[name])) name++;
  return `${tag.slice(0, name)} s="${xf}"${tag.slice(name)}`;
}

/** The 0-based column of a cell reference: "AB12" read by char codes, anything else by parseA1. */
function cellColumn(ref: string): number | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  const digits = ref.length - i;
  if (i === 0 || digits < 1 || digits > 7 || ref.charCodeAt(i) === 48) return parseA1(ref)?.col;
  for (let j = i; j < ref.length; j++) {
    const ch = ref.charCodeAt(j);
    if (ch < 48 || ch > 57) return parseA1(ref)?.col;
  }
  return col - 1;
}

function patchRow(
  xml: string,
  rowEl: Found,
  row: number,
  wanted: Map<number, Restyle>,
  colStyles: ColStyle[],
  p: string,
): string {
  const tag = rowEl.tag;
  const rowXf = attr(tag, "customFormat") === "1" ? Number(attr(tag, "s") ?? 0) : null;
  if (rowEl.selfClosed) return newRow(row, wanted, tag, colStyles, p);
  const innerEnd = rowEl.end - `</${p}row>`.length;
  const cols = [...wanted.keys()].sort((a, b) => a - b);
  const done = new Set<number>();
  let nextCol = 0;
  const out: string[] = [];
  let cursor = rowEl.openEnd;
  let added = false;
  // Wanted cells left of `col` that the row does not have are created empty, in order.
  const insertBefore = (col: number) => {
    for (; nextCol < cols.length && cols[nextCol] < col; nextCol++) {
      const c = cols[nextCol];
      if (done.has(c)) continue;
      out.push(emptyCell(row, c, wanted.get(c)!(inherited(c, rowXf, colStyles)), p));
      done.add(c);
      added = true;
    }
  };
  forEachElement(
    xml,
    `<${p}c`,
    rowEl.openEnd,
    innerEnd,
    `</${p}c>`,
    (col, cell) => {
      out.push(xml.slice(cursor, cell.start));
      cursor = cell.start;
      insertBefore(col);
      const fn = wanted.get(col);
      if (!fn || done.has(col)) return;
      done.add(col);
      out.push(withStyle(cell.tag, fn(styleOf(cell.tag))));
      cursor = cell.openEnd;
    },
    {
      index: cellColumn,
      inPlace: (at) => plainColumnAt(xml, at),
      // A cell neither restyled nor with a missing one to create before it is passed over.
      wanted: (col) => (wanted.has(col) && !done.has(col)) || (nextCol < cols.length && cols[nextCol] < col),
    },
  );
  out.push(xml.slice(cursor, innerEnd));
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
  for (const key of targets.keys()) rowsWanted.add(Number(key.slice(0, key.indexOf(":"))));
  const data = sheetDataSpan(sheetXml, p);
  if (!data || data.selfClosed || rowsWanted.size === 0) return { xml: sheetXml, restored: 0 };
  const out: string[] = [];
  let cursor = 0;
  let restored = 0;
  forEachElement(sheetXml, `<${p}row`, data.bodyStart, data.bodyEnd, `</${p}row>`, (row, rowEl) => {
    if (!rowsWanted.has(row) || rowEl.selfClosed) return;
    const innerEnd = rowEl.end - `</${p}row>`.length;
    forEachElement(
      sheetXml,
      `<${p}c`,
      rowEl.openEnd,
      innerEnd,
      `</${p}c>`,
      (col, cell) => {
        const target = targets.get(cellKey(row, col));
        if (!target || styleOf(cell.tag) !== target.painted) return;
        // Index 0 is the default: drop the attribute, as the cell was written before we painted it.
        out.push(
          sheetXml.slice(cursor, cell.start),
          target.original === 0 ? removeAttr(cell.tag, "s") : withStyle(cell.tag, target.original),
        );
        cursor = cell.openEnd;
        restored++;
      },
      { index: cellColumn, inPlace: (at) => plainColumnAt(sheetXml, at) },
    );
  });
  if (restored === 0) return { xml: sheetXml, restored };
  out.push(sheetXml.slice(cursor));
  return { xml: out.join(""), restored };
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
