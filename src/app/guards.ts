import type { Lang } from "../domain/finding";
import type { CellRange } from "../domain/snapshot";
import { checkWorkbook } from "../engine/check";
import type { InputGuard } from "./input-guards";
import { checkOptionsOf } from "./monitor";
import type { MonitorSettings } from "./monitor-types";
import { masterArea } from "./school-area";
import { runs } from "./split-plan";
import { MonitorError, type WorkbookGateway } from "./workbook-gateway";

export interface SheetGuards {
  sheet: string;
  guards: { ranges: CellRange[]; guard: InputGuard }[];
}

/**
 * Pure: the guards «Защитить ввод» puts on the master — the same validation the school
 * copies carry, on every registry school's input cells, as ranges per column.
 */
export function masterGuards(area: ReturnType<typeof masterArea>): SheetGuards[] {
  const out: SheetGuards[] = [];
  for (const sheet of area.sheets) {
    const rows = [
      ...new Set(area.schools.flatMap((s) => s.rows.filter((r) => r.sheet === sheet.sheet).map((r) => r.row))),
    ]
      .filter((r) => r > sheet.headerRow)
      .sort((a, b) => a - b);
    if (rows.length === 0) continue;
    out.push({
      sheet: sheet.sheet,
      guards: sheet.inputs.map((i) => ({ ranges: runs(rows, i.col), guard: i.guard })),
    });
  }
  return out;
}

/**
 * «Защитить ввод» (PRODUCT.md §6a): data validation on the school input cells of the master
 * itself, next to the user's own validation and never replacing it (cells she already
 * validates are left to her rule). Returns how many cells got a guard.
 */
export async function protectInput(
  gateway: WorkbookGateway,
  settings: MonitorSettings,
  lang: Lang,
  now: Date,
): Promise<number> {
  if (!gateway.addValidation) throw new MonitorError("api-not-supported");
  const snapshot = await gateway.readSnapshot();
  const { context } = checkWorkbook(snapshot, checkOptionsOf(settings, lang, now));
  let cells = 0;
  for (const s of masterGuards(masterArea(context))) cells += await gateway.addValidation(s.sheet, s.guards);
  return cells;
}
