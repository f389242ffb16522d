import { MonitorError, type CellWrite } from "../../app/workbook-gateway";
import type { CellValue } from "../../domain/snapshot";
import { a1 } from "../../domain/cell-address";
import { fitCellValue } from "./cell-text";
import { PayloadBatcher, opBytes } from "./payload-budget";

/**
 * The value as Excel must receive it so it keeps its type. Excel types what it is given as if
 * typed: «=1+2» becomes a formula, «00123» or «15.02.2024» a number or a date, «#N/A» an error.
 * A leading apostrophe makes it text (Excel keeps the apostrophe out of the value), except in a
 * cell formatted as text («@»), where the apostrophe would stay and nothing is converted anyway.
 */
export function officeValue(v: CellValue, format: string): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  if (v === "") return "";
  const text = fitCellValue(v);
  return format === "@" ? text : `'${text}`;
}

/**
 * Collect's writes (and their undo) into the open workbook. Syncs: 1 (which sheets exist),
 * 1 (their protection and the number format of every cell a text goes into), then the writes
 * in as few syncs as the payload budget allows — the same for 10 or 10,000 cells. Every check
 * runs before the first write, so a protected or missing sheet leaves the workbook untouched.
 */
export async function writeCellValues(context: Excel.RequestContext, cells: readonly CellWrite[]): Promise<void> {
  if (cells.length === 0) return;
  // The last write of a cell wins (undo lists a cell changed twice oldest-last).
  const last = new Map<string, CellWrite>();
  for (const c of cells) last.set(`${c.sheet.toLowerCase()}\u0000${c.row}\u0000${c.col}`, c);
  const writes = [...last.values()];

  const list = context.workbook.worksheets;
  list.load("items/name");
  await context.sync();
  const byName = new Map(list.items.map((w) => [w.name.toLowerCase(), w]));
  const sheets = new Map<string, Excel.Worksheet>();
  for (const w of writes) {
    const ws = byName.get(w.sheet.toLowerCase());
    if (!ws) throw new MonitorError("sheet-missing", { sheet: w.sheet });
    sheets.set(ws.name, ws);
  }

  const reader = new PayloadBatcher(context, { readOnly: true });
  // Reads store into maps: a batch the host refuses may be queued again.
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const [name, ws] of sheets) {
    await reader.add(opBytes(1, ["protected"]), () => {
      ws.protection.load("protected");
      protections.set(name, ws.protection);
    });
  }
  // Only a text needs its cell's format: a number or a date goes in as it is.
  const formats = new Map<CellWrite, Excel.Range>();
  for (const w of writes) {
    if (typeof w.value !== "string" || w.value === "" || w.numberFormat) continue;
    const ws = byName.get(w.sheet.toLowerCase())!;
    const address = a1(w.row, w.col);
    await reader.add(opBytes(1, [address, "numberFormat"]), () => {
      formats.set(w, ws.getRange(address).load("numberFormat"));
    });
  }
  await reader.flush();
  for (const [sheet, p] of protections) if (p.protected) throw new MonitorError("sheet-protected", { sheet });

  const writer = new PayloadBatcher(context);
  for (const w of writes) {
    const ws = byName.get(w.sheet.toLowerCase())!;
    const address = a1(w.row, w.col);
    const format = w.numberFormat ?? formats.get(w)?.numberFormat?.[0]?.[0] ?? "General";
    const value = officeValue(w.value, format);
    const cost = w.numberFormat
      ? opBytes(1, [address, [[value]], [[w.numberFormat]]], 2)
      : opBytes(1, [address, [[value]]]);
    await writer.add(cost, () => {
      const range = ws.getRange(address);
      // The format first: a date serial then shows as a date, a text lands in a «@» cell as text.
      if (w.numberFormat) range.numberFormat = [[w.numberFormat]];
      range.values = [[value]];
    });
  }
  await writer.flush();
}
