import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";

/**
 * Excel keeps a merged area's value in its top-left cell only. For reading data, every cell
 * of a merge carries that value: a «Срок» merged over three items is each item's deadline,
 * a «Муниципальный район» merged down is each school's. Header rows are unaffected (header
 * detection reads merges itself). Returns the same snapshot when nothing is merged; never
 * changes the input.
 */
export function withMergedValues(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  if (!snapshot.sheets.some((s) => s.merges?.length)) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.map(fillSheet) };
}

function fillSheet(sheet: SheetSnapshot): SheetSnapshot {
  const merges = sheet.merges ?? [];
  if (merges.length === 0) return sheet;
  const rows = sheet.rows.slice();
  const formats = sheet.formats?.slice();
  const copied = new Set<number>();
  const rowFor = (r: number): CellValue[] => {
    if (!copied.has(r)) {
      rows[r] = (rows[r] ?? []).slice();
      if (formats) formats[r] = (formats[r] ?? []).slice();
      copied.add(r);
    }
    return rows[r];
  };
  for (const m of merges) {
    // Whole-row or whole-column merges are formatting, not data.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) continue;
    const value = sheet.rows[m.top]?.[m.left] ?? null;
    if (value === null) continue;
    const format = sheet.formats?.[m.top]?.[m.left];
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        rowFor(r)[c] = value;
        if (formats) (formats[r] as (string | null | undefined)[])[c] = format;
      }
    }
  }
  return { ...sheet, rows, formats };
}
