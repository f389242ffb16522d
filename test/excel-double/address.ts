/** A1 address parsing for the double (0-based, inclusive areas). */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's sheet limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellA1(row: number, col: number): string {
  return `${letters(col)}${row + 1}`;
}

export function areaA1(a: Area): string {
  const tl = cellA1(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${cellA1(a.bottom, a.right)}`;
}

function parseCell(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1", "B2:C9", "$A$1", optionally prefixed by a sheet ("'Лист 1'!A1"); null when invalid. */
export function parseArea(text: string): Area | null {
  let t = text.trim();
  const bang = t.lastIndexOf("!");
  if (bang >= 0) t = t.slice(bang + 1);
  const [a, b, extra] = t.split(":");
  if (extra !== undefined) return null;
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** "A1:B2, D4" → areas; null when any part is invalid. */
export function parseAreas(text: string): Area[] | null {
  const parts = text.split(",");
  const out: Area[] = [];
  for (const p of parts) {
    const a = parseArea(p);
    if (!a) return null;
    out.push(a);
  }
  return out.length ? out : null;
}

/** Sheet names with spaces or non-ASCII letters are quoted in addresses, as Excel does. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
