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
  /**
   * Fill colours of the two formats when recorded ("" = no solid fill). Another program
   * re-saving the file (LibreOffice, R7-Office) renumbers formats; when the formats no longer
   * show these fills, the indices are not trusted and the cell is left as it is.
   */
  originalFill?: string;
  paintedFill?: string;
}

/** Sheet name → painted cells. */
export type PaintRecord = Map<string, PaintedCell[]>;

/**
 * Stored compactly (tens of thousands of cells): cells grouped by their (original, painted)
 * pair as `{v:1, sheets:[{name, groups:[[original, painted, "B2 C3 …"]]}]}`.
 */
interface StoredRecord {
  v: 1;
  sheets: { name: string; groups: ([number, number, string] | [number, number, string, string, string])[] }[];
}

export function encodePaintRecord(record: PaintRecord): string {
  const sheets: StoredRecord["sheets"] = [];
  for (const [name, cells] of record) {
    const groups = new Map<string, { o: number; p: number; of?: string; pf?: string; list: string[] }>();
    for (const c of cells) {
      const key = `${c.original}|${c.painted}|${c.originalFill ?? "?"}|${c.paintedFill ?? "?"}`;
      const g = groups.get(key) ?? { o: c.original, p: c.painted, of: c.originalFill, pf: c.paintedFill, list: [] };
      g.list.push(c.cell);
      groups.set(key, g);
    }
    sheets.push({
      name,
      groups: [...groups.values()].map((g) =>
        g.of !== undefined && g.pf !== undefined
          ? ([g.o, g.p, g.list.join(" "), g.of, g.pf] as [number, number, string, string, string])
          : ([g.o, g.p, g.list.join(" ")] as [number, number, string]),
      ),
    });
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
        if (!/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) continue;
        const fills =
          typeof g[3] === "string" && typeof g[4] === "string" ? { originalFill: g[3], paintedFill: g[4] } : {};
        cells.push({ cell, original: g[0], painted: g[1], ...fills });
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
