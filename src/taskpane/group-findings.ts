import type { Finding, Severity } from "../domain/finding";

export type SeverityFilter = Severity | "all";

export interface SchoolGroup {
  /** null = findings not about one school (roadmap, structure). */
  school: string | null;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  schools: SchoolGroup[];
  count: number;
}

/** Case-insensitive, ё-insensitive match of the search text against what the user sees. */
export function filterFindings(findings: readonly Finding[], severity: SeverityFilter, text: string): Finding[] {
  const needle = fold(text.trim());
  return findings.filter(
    (f) =>
      (severity === "all" || f.severity === severity) &&
      (needle === "" || fold(`${f.sheet} ${f.cell} ${f.school ?? ""} ${f.message} ${f.rule}`).includes(needle)),
  );
}

/**
 * Groups by sheet, then school, keeping the engine's order (sheet order, row, column)
 * within each group; school groups appear in order of their first finding.
 */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<string | null, Finding[]>>();
  for (const f of findings) {
    let schools = sheets.get(f.sheet);
    if (!schools) sheets.set(f.sheet, (schools = new Map()));
    const key = f.school ?? null;
    const list = schools.get(key);
    if (list) list.push(f);
    else schools.set(key, [f]);
  }
  return [...sheets].map(([sheet, schools]) => {
    const groups = [...schools].map(([school, list]) => ({ school, findings: list }));
    return { sheet, schools: groups, count: groups.reduce((n, g) => n + g.findings.length, 0) };
  });
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е");
}
