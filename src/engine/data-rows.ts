import { cellValue, isBlank, type SheetSnapshot } from "../domain/snapshot";
import { cellText, isTotalsText } from "../domain/text";
import type { SheetLayout } from "../detect/layout-types";

/**
 * A data row has something in a mapped column and is not a totals row («Итого», «Всего»)
 * or a note under the table («* …», «Примечание: …»). Rows that are empty get nothing.
 */
const mappedColumns = new WeakMap<SheetLayout, Set<number>>();

function columnsOf(layout: SheetLayout): Set<number> {
  let cols = mappedColumns.get(layout);
  if (!cols) {
    cols = new Set([...Object.values(layout.columns), ...Object.values(layout.stepColumns ?? {})]);
    mappedColumns.set(layout, cols);
  }
  return cols;
}

export function isDataRow(sheet: SheetSnapshot, row: number, layout: SheetLayout): boolean {
  const cols = columnsOf(layout);
  let firstText = "";
  let filled = 0;
  const r = sheet.rows[row];
  if (!r) return false;
  for (let c = 0; c < r.length; c++) {
    const v = r[c];
    if (isBlank(v)) continue;
    if (!firstText && typeof v === "string") firstText = v.trim();
    if (cols.has(c)) filled++;
  }
  if (filled === 0) return false;
  if (firstText && isTotalsText(firstText)) return false;
  if (/^(\*|примечание|примечания|справочно)/i.test(firstText) && filled <= 1) return false;
  return true;
}

export function textAt(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  return col === undefined ? "" : cellText(cellValue(sheet, row, col));
}
