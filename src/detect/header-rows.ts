import { cellText } from "../domain/text";
import { cellValue, type CellRange, type SheetSnapshot } from "../domain/snapshot";

/** How far down we look for a header row: title rows above tables are common, but short. */
export const HEADER_SCAN_ROWS = 30;

function mergeAt(merges: CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * Candidate header texts of each column at a given row: its own text, the text of a
 * merged cell covering it (merged headers), and «group + own» for two-row headers
 * («Срок» over «дата» → «Срок дата»).
 */
export function headerTexts(sheet: SheetSnapshot, row: number, width: number): (string | null)[][] {
  const merges = sheet.merges ?? [];
  const out: (string | null)[][] = [];
  for (let col = 0; col < width; col++) {
    const texts: string[] = [];
    let own = cellText(cellValue(sheet, row, col));
    const m = mergeAt(merges, row, col);
    if (!own && m) own = cellText(cellValue(sheet, m.top, m.left));
    if (own) texts.push(own);
    if (row > 0 && own) {
      const above = mergeAt(merges, row - 1, col);
      const group = above ? cellText(cellValue(sheet, above.top, above.left)) : "";
      if (group && group !== own && above && above.right > above.left) texts.push(`${group} ${own}`);
    }
    out.push(texts);
  }
  return out;
}

/** True for the «1 2 3 4 5» column-numbering row printed under many Russian form headers. */
export function isNumberingRow(sheet: SheetSnapshot, row: number): boolean {
  const r = sheet.rows[row];
  if (!r) return false;
  const nums: number[] = [];
  for (const v of r) {
    if (v === null || v === "") continue;
    const n =
      typeof v === "number" ? v : /^\s*\d{1,2}\s*\.?\s*$/.test(String(v)) ? Number(String(v).replace(".", "")) : NaN;
    if (!Number.isInteger(n)) return false;
    nums.push(n);
  }
  if (nums.length < 3) return false;
  return nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
}

/** Last row holding any value, +1 (0 for an empty sheet). */
export function usedRowCount(sheet: SheetSnapshot): number {
  for (let r = sheet.rows.length - 1; r >= 0; r--) {
    const row = sheet.rows[r];
    if (row && row.some((v) => v !== null && !(typeof v === "string" && v.trim() === ""))) return r + 1;
  }
  return 0;
}
