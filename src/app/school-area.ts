import { compareQuarter, type Quarter } from "../domain/quarter";
import type { CheckContext, School } from "../engine/context";
import { indicatorGuard, periodGuard, stepGuard, type InputGuard } from "./input-guards";

/** One column a school fills on a sheet, with its guard. */
export interface InputColumn {
  col: number;
  guard: InputGuard;
  /** "step:8" or "indicator:П3": how a returned copy's header is matched back (collect by name). */
  key: string;
}

/** The part of one master sheet that belongs to the schools: their rows and the columns they fill. */
export interface AreaSheet {
  role: "steps" | "indicators";
  sheet: string;
  headerRow: number;
  schoolCol: number;
  /** Indicators only: the «Отчётный период» column. */
  periodCol?: number;
  inputs: InputColumn[];
}

/** One registry school's own rows (0-based, master coordinates). */
export interface SchoolArea {
  school: School;
  rows: { sheet: string; row: number }[];
}

export interface MasterArea {
  sheets: AreaSheet[];
  schools: SchoolArea[];
  roadmapYear: number;
  quarter: Quarter | null;
  /** Guard of the period column on rows a school adds (null without a reporting quarter). */
  periodGuard: InputGuard | null;
}

/**
 * Pure: which cells each registry school fills (PRODUCT.md §6a) — its step cells on the
 * school-steps sheet and its indicator cells for the reporting quarter and earlier ones —
 * and what each input column accepts. Split, collect and «Защитить ввод» all use it, so a
 * copy guards exactly the cells collect takes back.
 */
export function masterArea(ctx: CheckContext): MasterArea {
  const roadmapYear = ctx.deadlineContext.roadmapYear;
  const sheets: AreaSheet[] = [];
  const steps = ctx.layout.steps;
  if (steps?.stepColumns && steps.columns.school !== undefined) {
    const perSchool = new Set(ctx.roadmap.filter((e) => e.perSchool).map((e) => e.number));
    const inputs = Object.entries(steps.stepColumns)
      .filter(([n]) => perSchool.has(n))
      .sort((a, b) => a[1] - b[1])
      .map(([n, col]) => ({ col, guard: stepGuard(roadmapYear, n), key: `step:${n}` }));
    if (inputs.length) {
      sheets.push({
        role: "steps",
        sheet: steps.sheet,
        headerRow: steps.headerRow,
        schoolCol: steps.columns.school,
        inputs,
      });
    }
  }
  const ind = ctx.layout.indicators;
  if (ind && ind.columns.school !== undefined && ctx.indicators.columns.length) {
    const inputs = ctx.indicators.columns.map((c) => ({
      col: c.col,
      guard: indicatorGuard(c.rule.type, c.rule.code, roadmapYear),
      key: `indicator:${c.rule.code}`,
    }));
    sheets.push({
      role: "indicators",
      sheet: ind.sheet,
      headerRow: ind.headerRow,
      schoolCol: ind.columns.school,
      periodCol: ind.columns.period,
      inputs,
    });
  }

  // The first registry row of a school is the school (a duplicate is a finding of its own).
  const schools: SchoolArea[] = [];
  const byKey = new Map<string, SchoolArea>();
  for (const s of ctx.schools) {
    if (byKey.has(s.key)) continue;
    const area: SchoolArea = { school: s, rows: [{ sheet: s.sheet, row: s.row }] };
    byKey.set(s.key, area);
    schools.push(area);
  }
  const stepRows = new Set<string>(schools.map((a) => `${a.school.sheet}|${a.school.row}`));
  for (const cell of ctx.steps) {
    const id = `${cell.sheet}|${cell.row}`;
    if (stepRows.has(id)) continue;
    stepRows.add(id);
    byKey.get(cell.schoolKey)?.rows.push({ sheet: cell.sheet, row: cell.row });
  }
  const quarter = ctx.quarter;
  for (const r of ctx.indicators.rows) {
    // Later quarters are not the school's to fill yet; rows without a readable quarter stay
    // with the school, so it can correct them.
    if (quarter && r.quarter && compareQuarter(r.quarter, quarter) > 0) continue;
    byKey.get(r.schoolKey)?.rows.push({ sheet: r.sheet, row: r.row });
  }
  return {
    sheets,
    schools,
    roadmapYear,
    quarter,
    periodGuard: quarter ? periodGuard(roadmapYear, quarter) : null,
  };
}
