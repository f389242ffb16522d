import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../domain/snapshot";

/**
 * Excel keeps a merged area's value in its top-left cell only. For reading data, a merge
 * that runs down rows carries that value to every row of its first column: a «Срок» merged
 * over three items is each item's deadline, a «Муниципальный район» merged down is each
 * school's. A merge across columns is not copied sideways: a note merged across the table
 * («* По п. 12 срок перенесён…», A18:K18) is one remark, not a value of every column, and a
 * title merged over two columns is not the second column's value. Header rows are unaffected
 * (header detection reads merges itself). Returns the same snapshot when nothing runs down
 * rows; never changes the input.
 */
export function withMergedValues(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  if (!snapshot.sheets.some((s) => s.merges?.some((m) => m.bottom > m.top))) return snapshot;
  return { ...snapshot, sheets: snapshot.sheets.map(fillSheet) };
}

function fillSheet(sheet: SheetSnapshot): SheetSnapshot {
  const merges = (sheet.merges ?? []).filter((m) => m.bottom > m.top);
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
    // Whole-column merges are formatting, not data.
    if (m.bottom - m.top + 1 > 10_000) continue;
    const value = sheet.rows[m.top]?.[m.left] ?? null;
    if (value === null) continue;
    const format = sheet.formats?.[m.top]?.[m.left];
    for (let r = m.top + 1; r <= m.bottom; r++) {
      rowFor(r)[m.left] = value;
      if (formats) (formats[r] as (string | null | undefined)[])[m.left] = format;
    }
  }
  return { ...sheet, rows, formats };
}

/**
 * Whether a cell is covered by a merge without being its top-left cell: Excel shows nothing
 * there, so nothing is painted or noted there either. Built once per check.
 */
export function hiddenMergeCells(snapshot: WorkbookSnapshot): (sheet: string, row: number, col: number) => boolean {
  const bySheet = new Map(
    snapshot.sheets.filter((s) => s.merges?.length).map((s) => [s.name, s.merges ?? []] as const),
  );
  if (bySheet.size === 0) return () => false;
  return (sheet, row, col) => {
    const merges = bySheet.get(sheet);
    if (!merges) return false;
    for (const m of merges) {
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return row !== m.top || col !== m.left;
    }
    return false;
  };
}
