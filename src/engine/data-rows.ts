import { cellValue, isBlank, type SheetSnapshot } from "../domain/snapshot";
import { cellText, isTotalsText } from "../domain/text";
import type { SheetLayout } from "../detect/layout-types";

/**
 * A data row has something in a mapped column and is not a totals row («Итого», «Всего»)
 * or a note under, inside or above the table (PRODUCT.md §3): a row whose only text is a
 * remark («* …», «Примечание: …», «Справочно: …»), or whose only value is one text merged
 * across the table's columns. Rows that are empty get nothing.
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
  let firstCol = -1;
  let filled = 0;
  let values = 0;
  let onlyText = true;
  const r = sheet.rows[row];
  if (!r) return false;
  for (let c = 0; c < r.length; c++) {
    const v = r[c];
    if (isBlank(v)) continue;
    values++;
    if (typeof v !== "string") onlyText = false;
    else if (!firstText) {
      firstText = v.trim();
      firstCol = c;
    }
    if (cols.has(c)) filled++;
  }
  if (filled === 0) return false;
  if (firstText && isTotalsText(firstText)) return false;
  // A remark and at most a second piece of text beside it («*» in one cell, its words in the next).
  if ((filled <= 1 || (onlyText && values <= 2)) && REMARK.test(firstText)) return false;
  if (values === 1 && firstText && spansTable(sheet, row, firstCol, cols)) return false;
  return true;
}

/** How remarks begin: a footnote mark, «Примечание», «Прим.», «Справочно», «Пояснение», «Сноска», «NB». */
const REMARK = /^(?:\*|¹|примечани|прим\.|справочно|пояснени|сноска|nb[\s:.])/i;

/** The text's cell is the top-left of a merge across at least three columns, two of them the table's. */
function spansTable(sheet: SheetSnapshot, row: number, col: number, cols: Set<number>): boolean {
  for (const m of sheet.merges ?? []) {
    if (m.top !== row || m.left !== col || m.right - m.left < 2) continue;
    let covered = 0;
    for (const c of cols) if (c >= m.left && c <= m.right) covered++;
    return covered >= 2;
  }
  return false;
}

export function textAt(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  return col === undefined ? "" : cellText(cellValue(sheet, row, col));
}
