import type { Finding, Lang } from "../domain/finding";
import type { Quarter } from "../domain/quarter";
import { isDone } from "../domain/status";
import { schoolKey } from "../domain/text";
import type { CheckContext, StepCell } from "../engine/context";
import { findRule } from "../engine/indicator-columns";
import type { IndicatorRule, IndicatorValue } from "../engine/indicator-types";
import { duplicateRows, isUsable, showValue } from "../engine/indicator-values";
import { excludedReason } from "./excluded-reason";

/** One indicator of one line of the per-school table. */
export interface IndicatorCell {
  /** Counted value; null when missing or excluded. */
  fact: number | null;
  plan: number | null;
  /** fact / plan; null when either is missing or the plan is 0. */
  ofPlan: number | null;
  /** "ok" counted; "missing" no value («нет данных»); "excluded" a value with a data error («не учтено»). */
  state: "ok" | "missing" | "excluded";
  /** Excluded: the value as the school typed it, and why it does not count. */
  shown?: string;
  reason?: string;
}

export interface SchoolLine {
  municipality: string;
  school: string;
  stepsDone: number;
  stepsOverdue: number;
  /** Parallel to `reportIndicators`. */
  indicators: IndicatorCell[];
}

/** Indicators the report shows: the sheet's columns in their order, else every known rule; numbers only. */
export function reportIndicators(ctx: CheckContext): IndicatorRule[] {
  const m = ctx.indicators;
  const rules = m.columns.length > 0 ? m.columns.map((c) => c.rule) : m.rules;
  return rules.filter((r) => r.type === "integer" || r.type === "number" || r.type === "percent");
}

function ofPlan(fact: number | null, plan: number | null): number | null {
  return fact !== null && plan !== null && plan > 0 ? fact / plan : null;
}

const cellKey = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;

/** The first error finding on each cell: what makes a value «не учтено». */
function errorsByCell(findings: readonly Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    const k = cellKey(f.sheet, f.row, f.col);
    if (!out.has(k)) out.set(k, f);
  }
  return out;
}

/**
 * One line per registry school (registry order; the first of duplicates), with its step
 * counts (from its first row only) and its indicators for the quarter. A value that carries
 * an error finding, or cannot be used as a number, is excluded — marked «не учтено» with
 * the reason and left out of every total, all alike; a school with no value shows «нет
 * данных». Without a registry, the schools of the indicators sheet for that quarter are listed.
 */
export function schoolLines(
  ctx: CheckContext,
  quarter: Quarter,
  indicators: IndicatorRule[],
  steps: readonly StepCell[],
  findings: readonly Finding[],
  lang: Lang,
): SchoolLine[] {
  const people: { key: string; name: string; municipality: string }[] = [];
  const seen = new Set<string>();
  const add = (key: string, name: string, municipality: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    people.push({ key, name, municipality });
  };
  for (const s of ctx.schools) add(s.key, s.name, s.municipality);
  const inQuarter = (v: { quarter: Quarter | null }) =>
    v.quarter !== null && v.quarter.year === quarter.year && v.quarter.q === quarter.q;
  if (people.length === 0) {
    for (const r of ctx.indicators.rows) if (inQuarter(r)) add(r.schoolKey, r.school, r.municipality);
  }
  const counts = new Map<string, { done: number; overdue: number }>();
  const keys = new Map<string, string>();
  for (const s of steps) {
    let k = keys.get(s.school);
    if (k === undefined) keys.set(s.school, (k = schoolKey(s.school)));
    const c = counts.get(k) ?? { done: 0, overdue: 0 };
    if (isDone(s.judged.status)) c.done++;
    if (s.judged.status === "overdue") c.overdue++;
    counts.set(k, c);
  }
  const municipalityFromSheet = new Map<string, string>();
  for (const r of ctx.indicators.rows) if (r.municipality) municipalityFromSheet.set(r.schoolKey, r.municipality);

  // The school's first row of the quarter holds its values; later copies are duplicates.
  const dup = duplicateRows(ctx.indicators.rows);
  const values = new Map<string, Map<string, IndicatorValue>>();
  for (const v of ctx.indicators.values) {
    if (!inQuarter(v) || dup.has(v.row)) continue;
    let school = values.get(v.schoolKey);
    if (!school) values.set(v.schoolKey, (school = new Map()));
    if (!school.has(v.rule.code)) school.set(v.rule.code, v);
  }
  const errors = errorsByCell(findings);

  const cellOf = (v: IndicatorValue | undefined, rule: IndicatorRule): IndicatorCell => {
    if (!v || v.empty) return { fact: null, plan: rule.plan, ofPlan: null, state: "missing" };
    const error = errors.get(cellKey(v.sheet, v.row, v.col));
    if (error || !isUsable(v, dup)) {
      return {
        fact: null,
        plan: rule.plan,
        ofPlan: null,
        state: "excluded",
        shown: showValue(v, lang),
        reason: excludedReason(error, lang),
      };
    }
    return { fact: v.value, plan: rule.plan, ofPlan: ofPlan(v.value, rule.plan), state: "ok" };
  };

  return people.map((p) => ({
    municipality: p.municipality || municipalityFromSheet.get(p.key) || "",
    school: p.name,
    stepsDone: counts.get(p.key)?.done ?? 0,
    stepsOverdue: counts.get(p.key)?.overdue ?? 0,
    indicators: indicators.map((rule) => cellOf(values.get(p.key)?.get(rule.code), rule)),
  }));
}

export interface TotalsLine {
  stepsDone: number;
  stepsOverdue: number;
  indicators: IndicatorCell[];
}

/**
 * The «Итого» line over counted values only. Counts are sums; a school's plan is its annual
 * plan, so the region's plan is that × the number of schools listed. A share is never
 * averaged: it is recomputed from its parts as Σ(share × base) / Σ(base) over schools that
 * report both the share and its base (П4 weighted by П1), so a big school weighs more than a
 * small one. A share whose base is unknown has no total.
 */
export function totalsLine(lines: SchoolLine[], indicators: IndicatorRule[], allRules: IndicatorRule[]): TotalsLine {
  const sum = (f: (l: SchoolLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    stepsDone: sum((l) => l.stepsDone),
    stepsOverdue: sum((l) => l.stepsOverdue),
    indicators: indicators.map((rule, i): IndicatorCell => {
      if (rule.type === "percent") {
        const base = rule.base ? findRule(rule.base, allRules) : null;
        const baseIndex = base ? indicators.indexOf(base) : -1;
        let weighted = 0;
        let weights = 0;
        if (baseIndex >= 0) {
          for (const l of lines) {
            const share = l.indicators[i].fact;
            const w = l.indicators[baseIndex].fact;
            if (share === null || w === null || w <= 0) continue;
            weighted += share * w;
            weights += w;
          }
        }
        const fact = weights > 0 ? weighted / weights : null;
        return { fact, plan: rule.plan, ofPlan: ofPlan(fact, rule.plan), state: fact === null ? "missing" : "ok" };
      }
      const reported = lines.filter((l) => l.indicators[i].fact !== null);
      const fact = reported.length > 0 ? reported.reduce((s, l) => s + (l.indicators[i].fact as number), 0) : null;
      const plan = rule.plan !== null && lines.length > 0 ? rule.plan * lines.length : null;
      return { fact, plan, ofPlan: ofPlan(fact, plan), state: fact === null ? "missing" : "ok" };
    }),
  };
}
