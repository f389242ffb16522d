/**
 * The layout of the add-in's very-hidden state sheet, shared by every adapter so a
 * workbook saved by Excel opens in the CLI and the other way round. Column A holds the
 * key, column B a piece of the value; a long value continues on the next rows with the
 * same key (Excel cells hold at most 32,767 characters).
 */
export const STATE_PIECE = 30_000;

/**
 * Pure and total: sheet rows → key/values. Reads both layouts ever written: pieces on
 * several rows with the same key (joined in row order), and pieces in B, C, D… of one
 * row (joined left to right). Rows without a text key (blanked stale rows) are skipped.
 */
export function parseStateRows(rows: readonly (readonly unknown[] | null | undefined)[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of rows) {
    const key = row?.[0];
    if (typeof key !== "string" || key === "") continue;
    let piece = "";
    for (let c = 1; c < row!.length; c++) piece += pieceText(row![c]);
    map.set(key, (map.get(key) ?? "") + piece);
  }
  return map;
}

function pieceText(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
}

/** Pure: key/values → rows of [key, piece] in key order, pieces of at most STATE_PIECE characters. */
export function stateRows(map: ReadonlyMap<string, string>): [string, string][] {
  const rows: [string, string][] = [];
  const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const v = map.get(k)!;
    if (v.length === 0) rows.push([k, ""]);
    for (let i = 0; i < v.length;) {
      let end = Math.min(i + STATE_PIECE, v.length);
      // Never split a surrogate pair: a lone half cannot be stored as XML text.
      if (end < v.length && isHighSurrogate(v.charCodeAt(end - 1))) end--;
      rows.push([k, v.slice(i, end)]);
      i = end;
    }
  }
  return rows;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
