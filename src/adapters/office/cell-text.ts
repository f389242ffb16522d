/** Excel refuses a value longer than a cell holds, and the whole write with it. */
export const MAX_CELL_TEXT = 32_767;

/**
 * A model value as a cell can hold it: text over 32,767 characters is cut there (as the .xlsx
 * adapter does), never in the middle of a surrogate pair. Model text can exceed it when a
 * finding quotes a full cell of the user's.
 */
export function fitCellValue<T>(v: T): T | string {
  if (typeof v !== "string" || v.length <= MAX_CELL_TEXT) return v;
  const last = v.charCodeAt(MAX_CELL_TEXT - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return v.slice(0, end);
}
