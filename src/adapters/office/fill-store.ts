/**
 * The fills the add-in replaced, kept so «Снять выделение» restores them exactly.
 * `null` means the cell had no fill (restored with fill.clear(), not with white).
 */
export interface StoredFill {
  color: string;
  /** "Solid" unless the user used a pattern (known only with ExcelApi 1.9). */
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
}

export interface PaintRecord {
  /** sheet → A1 address → the cell's own fill before the add-in first painted it. */
  fills: Record<string, Record<string, StoredFill | null>>;
  /** sheet → A1 addresses of notes the add-in created (user notes are never touched). */
  notes: Record<string, string[]>;
}

export const PAINT_KEY = "kvm.paint";

export function emptyRecord(): PaintRecord {
  return { fills: {}, notes: {} };
}

/** Total parser: anything unreadable is an empty record, never an exception. */
export function parsePaintRecord(text: string | null | undefined): PaintRecord {
  if (!text) return emptyRecord();
  try {
    const v = JSON.parse(text) as Partial<PaintRecord>;
    const fills = v && typeof v.fills === "object" && v.fills ? v.fills : {};
    const notes = v && typeof v.notes === "object" && v.notes ? v.notes : {};
    return { fills, notes } as PaintRecord;
  } catch {
    return emptyRecord();
  }
}

export function serializePaintRecord(r: PaintRecord): string {
  return JSON.stringify(r);
}

/** Office returns white with pattern "None" for a cell without fill. */
export function fromCellProperties(fill: {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
}): StoredFill | null {
  if (!fill.pattern || fill.pattern === "None") return null;
  const out: StoredFill = { color: (fill.color ?? "#FFFFFF").toUpperCase(), pattern: fill.pattern };
  if (fill.patternColor && fill.pattern !== "Solid") out.patternColor = fill.patternColor;
  if (fill.tintAndShade) out.tintAndShade = fill.tintAndShade;
  return out;
}

/**
 * ExcelApi 1.7 only reports a colour, and reports white for "no fill"; white is taken
 * as no fill because that is by far the common case (a white-filled cell then loses
 * only its white, which looks the same).
 */
export function fromFillColor(color: string | null | undefined): StoredFill | null {
  if (!color || color.toUpperCase() === "#FFFFFF") return null;
  return { color: color.toUpperCase(), pattern: "Solid" };
}

/** Groups stored fills by identical value, for one multi-area write per group. */
export function groupStored(
  cells: Record<string, StoredFill | null>,
  addresses: Iterable<string>,
): Map<string, { fill: StoredFill | null; addresses: string[] }> {
  const out = new Map<string, { fill: StoredFill | null; addresses: string[] }>();
  for (const a of addresses) {
    if (!(a in cells)) continue;
    const fill = cells[a];
    const key = JSON.stringify(fill);
    let g = out.get(key);
    if (!g) out.set(key, (g = { fill, addresses: [] }));
    g.addresses.push(a);
  }
  return out;
}
