import { readDateCell } from "../domain/date-cell";
import type { DeadlineContext } from "../domain/deadline";
import { judgeStatus } from "../domain/judge-status";
import { cellFormat, cellValue, type WorkbookSnapshot } from "../domain/snapshot";
import { schoolKey } from "../domain/text";
import type { SheetLayout } from "../detect/layout-types";
import { resolveEntryDeadline } from "./build-roadmap";
import type { RoadmapEntry, School, StepCell } from "./context";
import { isDataRow, textAt } from "./data-rows";
import { trustedDone } from "./rollup";

/**
 * Each school's cell for each per-school item. A school's own «Год создания» resolves
 * template deadlines («25 августа X - 1 года») for that school.
 */
export function buildSteps(
  snapshot: WorkbookSnapshot,
  layout: SheetLayout | undefined,
  roadmap: RoadmapEntry[],
  schoolsByKey: Map<string, School[]>,
  ctx: DeadlineContext,
  asOf: string,
  until: string,
  windowDays: number,
): StepCell[] {
  if (!layout?.stepColumns || layout.columns.school === undefined) return [];
  const sheet = snapshot.sheets.find((s) => s.name === layout.sheet);
  if (!sheet) return [];
  const items = new Map(roadmap.map((e) => [e.number, e]));
  const columns = Object.entries(layout.stepColumns)
    .map(([n, col]) => ({ item: items.get(n), col }))
    .filter((x): x is { item: RoadmapEntry; col: number } => x.item !== undefined && x.item.perSchool);
  // The columns' deadlines for a creation year, resolved once per year (not per cell).
  const byYear = new Map<number | null, ReturnType<typeof resolveEntryDeadline>[]>();
  const out: StepCell[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (!isDataRow(sheet, r, layout)) continue;
    const school = textAt(sheet, r, layout.columns.school);
    if (!school) continue;
    const key = schoolKey(school);
    const known = schoolsByKey.get(key)?.[0];
    const municipality = textAt(sheet, r, layout.columns.municipality) || known?.municipality || "";
    const creationYear = known?.creationYear ?? ctx.creationYear ?? null;
    let resolvedRow = byYear.get(creationYear);
    if (!resolvedRow) {
      resolvedRow = columns.map(({ item }) => resolveEntryDeadline(item, { ...ctx, creationYear }, until));
      byYear.set(creationYear, resolvedRow);
    }
    for (let k = 0; k < columns.length; k++) {
      const { item, col } = columns[k];
      const resolved = resolvedRow[k];
      const raw = cellValue(sheet, r, col);
      const cell = readDateCell(raw, cellFormat(sheet, r, col));
      const judged = judgeStatus({
        occurrences: resolved.occurrences,
        done: trustedDone(cell, asOf),
        asOf,
        windowDays,
        resolvable: resolved.unresolved === null,
      });
      out.push({
        sheet: sheet.name,
        row: r,
        col,
        school,
        schoolKey: key,
        municipality,
        item,
        raw,
        cell,
        occurrences: resolved.occurrences,
        unresolved: resolved.unresolved,
        approximate: resolved.approximate,
        judged,
      });
    }
  }
  return out;
}
