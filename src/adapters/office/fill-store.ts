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
  patternTintAndShade?: number;
}

/**
 * Gradients read back through getCellProperties but cannot be written with it (Excel
 * refuses with UnsupportedFillType): such a cell is never painted, since its own fill could
 * not be put back.
 */
export function isRestorable(fill: StoredFill | null): boolean {
  return fill === null || !/Gradient$/i.test(fill.pattern ?? "");
}

export interface PaintRecord {
  /** sheet → A1 address → the cell's own fill before the add-in first painted it. */
  fills: Record<string, Record<string, StoredFill | null>>;
  /**
   * sheet → A1 address → the colour the add-in wrote there. Addresses do not follow rows the
   * user inserts or deletes, so a cell is restored only while it still shows our colour.
   * Records of older versions lack it; their cells are restored unconditionally.
   */
  painted: Record<string, Record<string, string>>;
  /**
   * sheet → A1 address → the text of the note the add-in wrote; a note is changed or deleted
   * only while it still has that text. "" (older records kept only addresses) means unknown.
   */
  notes: Record<string, Record<string, string>>;
}

export const PAINT_KEY = "kvm.paint";

export function emptyRecord(): PaintRecord {
  return { fills: {}, painted: {}, notes: {} };
}

/** Total parser: anything unreadable is an empty record, never an exception. */
export function parsePaintRecord(text: string | null | undefined): PaintRecord {
  if (!text) return emptyRecord();
  try {
    const v = JSON.parse(text) as Record<string, unknown> | null;
    const obj = (x: unknown): Record<string, unknown> =>
      x && typeof x === "object" && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
    const notes: PaintRecord["notes"] = {};
    for (const [sheet, list] of Object.entries(obj(v?.notes))) {
      // Older records: a list of addresses without the text.
      if (Array.isArray(list)) notes[sheet] = Object.fromEntries(list.map((a) => [String(a), ""]));
      else notes[sheet] = Object.fromEntries(Object.entries(obj(list)).map(([a, t]) => [a, String(t ?? "")]));
    }
    return {
      fills: obj(v?.fills) as PaintRecord["fills"],
      painted: obj(v?.painted) as PaintRecord["painted"],
      notes,
    };
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
  patternTintAndShade?: number;
}): StoredFill | null {
  if (!fill.pattern || fill.pattern === "None") return null;
  const out: StoredFill = { color: (fill.color ?? "#FFFFFF").toUpperCase(), pattern: fill.pattern };
  if (fill.patternColor && fill.pattern !== "Solid") out.patternColor = fill.patternColor;
  if (fill.tintAndShade) out.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade && fill.pattern !== "Solid") out.patternTintAndShade = fill.patternTintAndShade;
  return out;
}

/**
 * ExcelApi 1.7/1.8 only report a colour, and report white for "no fill"; white is taken
 * as no fill because that is by far the common case. Known limitation on those hosts: a
 * white-filled cell is restored as no fill (looks the same but prints gridlines), and a
 * patterned fill comes back as its plain background colour (the pattern is lost).
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

/** Is the cell's current fill the plain colour the add-in wrote (case-insensitive)? */
export function isOurFill(current: StoredFill | null, ours: string): boolean {
  return (
    current !== null &&
    current.color.toUpperCase() === ours.toUpperCase() &&
    (current.pattern ?? "Solid") === "Solid" &&
    !current.tintAndShade
  );
}
