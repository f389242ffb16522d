import type { CheckContext, StepCell } from "./context";

/** A school listed more than once: the row that counts and the rows that do not. */
export interface RepeatedSchool {
  school: string;
  sheet: string;
  /** 0-based rows: the first counts, the others are left out of every figure. */
  rows: number[];
}

/**
 * The steps the report counts: each school's steps from its first row only (PRODUCT.md §5).
 * A school listed twice — often a second, nearly empty copy — would otherwise add its
 * empty cells to the real school's «Просрочено» and to every roll-up.
 */
export function countedSteps(steps: readonly StepCell[]): StepCell[] {
  const first = new Map<string, string>();
  return steps.filter((s) => {
    const at = `${s.sheet}\u0000${s.row}`;
    const seen = first.get(s.schoolKey);
    if (seen === undefined) first.set(s.schoolKey, at);
    return seen === undefined || seen === at;
  });
}

/** Schools the registry lists more than once, in registry order (school-duplicate reports each). */
export function repeatedSchools(ctx: CheckContext): RepeatedSchool[] {
  const out: RepeatedSchool[] = [];
  for (const list of ctx.schoolsByKey.values()) {
    if (list.length < 2) continue;
    out.push({ school: list[0].name, sheet: list[0].sheet, rows: list.map((s) => s.row) });
  }
  return out.sort((a, b) => a.rows[0] - b.rows[0]);
}
