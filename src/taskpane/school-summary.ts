import type { Finding } from "../domain/finding";
import type { MeasureResult } from "../engine/types";

export interface SchoolRow {
  school: string;
  overdue: number;
  dataErrors: number;
  warnings: number;
}

export interface ItemRow {
  item: string;
  title: string;
  /** Schools with this item overdue. */
  schools: number;
}

const OVERDUE = "deadline-overdue";

/**
 * Each school with its overdue steps, data errors and warnings, worst first (most overdue,
 * then most errors, then most warnings; ties by name): for 100 schools, where she starts.
 */
export function schoolRows(findings: readonly Finding[]): SchoolRow[] {
  const rows = new Map<string, SchoolRow>();
  for (const f of findings) {
    if (!f.school || f.severity === "info") continue;
    let row = rows.get(f.school);
    if (!row) rows.set(f.school, (row = { school: f.school, overdue: 0, dataErrors: 0, warnings: 0 }));
    if (f.rule === OVERDUE) row.overdue += 1;
    else if (f.severity === "error") row.dataErrors += 1;
    else row.warnings += 1;
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.overdue - a.overdue ||
      b.dataErrors - a.dataErrors ||
      b.warnings - a.warnings ||
      a.school.localeCompare(b.school, "ru"),
  );
}

/** How many schools are overdue on each roadmap item, in roadmap order; items nobody is late on are left out. */
export function itemRows(findings: readonly Finding[], measures: readonly MeasureResult[]): ItemRow[] {
  const schools = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.rule !== OVERDUE || !f.school || f.measure === undefined) continue;
    let set = schools.get(f.measure);
    if (!set) schools.set(f.measure, (set = new Set()));
    set.add(f.school);
  }
  return measures
    .filter((m) => schools.has(m.number))
    .map((m) => ({ item: m.number, title: m.title, schools: schools.get(m.number)?.size ?? 0 }));
}

/** The findings a click in «По школам» or «По пунктам» narrows the list to. */
export interface FocusFilter {
  school?: string;
  /** An item number: its overdue findings. */
  item?: string;
}

export function focusFindings(findings: readonly Finding[], focus: FocusFilter): Finding[] {
  return findings.filter(
    (f) =>
      (focus.school === undefined || f.school === focus.school) &&
      (focus.item === undefined || (f.rule === OVERDUE && f.measure === focus.item)),
  );
}
