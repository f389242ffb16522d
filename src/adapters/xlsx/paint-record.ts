/**
 * What toBytes() painted, kept in the state sheet so a later session (the CLI on its own
 * output, the web page on a downloaded file) can undo it exactly: per cell the style
 * index it had and the one we wrote. Our notes need no record: their author marks them.
 */
export const PAINT_KEY = "kvm.xlsx-paint";

export interface PaintedCell {
  /** A1 address, e.g. "D7". */
  cell: string;
  /** Style index (`s`) the cell had before we painted it. */
  original: number;
  /** Style index we wrote. */
  painted: number;
}

/** Sheet name → painted cells. */
export type PaintRecord = Map<string, PaintedCell[]>;

/**
 * Stored compactly (tens of thousands of cells): cells grouped by their (original, painted)
 * pair as `{v:1, sheets:[{name, groups:[[original, painted, "B2 C3 …"]]}]}`.
 */
interface StoredRecord {
  v: 1;
  sheets: { name: string; groups: [number, number, string][] }[];
}

export function encodePaintRecord(record: PaintRecord): string {
  const sheets: StoredRecord["sheets"] = [];
  for (const [name, cells] of record) {
    const groups = new Map<string, [number, number, string[]]>();
    for (const c of cells) {
      const key = `${c.original}|${c.painted}`;
      const g = groups.get(key) ?? [c.original, c.painted, []];
      g[2].push(c.cell);
      groups.set(key, g);
    }
    sheets.push({ name, groups: [...groups.values()].map(([o, p, list]) => [o, p, list.join(" ")]) });
  }
  return JSON.stringify({ v: 1, sheets } satisfies StoredRecord);
}

/** Total: a damaged or unknown record reads as "nothing recorded" (entries that make sense are kept). */
export function decodePaintRecord(text: string | null | undefined): PaintRecord {
  const out: PaintRecord = new Map();
  let data: unknown;
  try {
    data = JSON.parse(text ?? "null");
  } catch {
    return out;
  }
  if (!isObject(data) || data.v !== 1 || !Array.isArray(data.sheets)) return out;
  for (const sheet of data.sheets) {
    if (!isObject(sheet) || typeof sheet.name !== "string" || !Array.isArray(sheet.groups)) continue;
    const cells: PaintedCell[] = out.get(sheet.name) ?? [];
    for (const g of sheet.groups) {
      if (!Array.isArray(g) || !isIndex(g[0]) || !isIndex(g[1]) || typeof g[2] !== "string") continue;
      for (const cell of g[2].split(" ")) {
        if (/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) cells.push({ cell, original: g[0], painted: g[1] });
      }
    }
    if (cells.length) out.set(sheet.name, cells);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}
