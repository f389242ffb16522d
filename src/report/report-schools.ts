import type { Quarter } from "../domain/quarter";
import { isDone } from "../domain/status";
import { schoolKey } from "../domain/text";
import type { CheckContext } from "../engine/context";
import { findRule } from "../engine/indicator-columns";
import type { IndicatorRule } from "../engine/indicator-types";
import { usableForQuarter } from "../engine/indicator-values";

/** One indicator of one line of the per-school table. */
export interface IndicatorCell {
  fact: number | null;
  plan: number | null;
  /** fact / plan; null when either is missing or the plan is 0. */
  ofPlan: number | null;
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

/**
 * One line per registry school (registry order; the first of duplicates), with its step
 * counts and its indicators for the quarter. Values with a data error (text, negative,
 * fractional people, a share above 100 %) are left blank: the findings name them, and
 * they must not distort the totals. Without a registry, the schools of the
 * indicators sheet for that quarter are listed instead.
 */
export function schoolLines(ctx: CheckContext, quarter: Quarter, indicators: IndicatorRule[]): SchoolLine[] {
  const people: { key: string; name: string; municipality: string }[] = [];
  const seen = new Set<string>();
  const add = (key: string, name: string, municipality: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    people.push({ key, name, municipality });
  };
  for (const s of ctx.schools) add(s.key, s.name, s.municipality);
  if (people.length === 0) {
    for (const r of ctx.indicators.rows) {
      if (r.quarter && r.quarter.year === quarter.year && r.quarter.q === quarter.q)
        add(r.schoolKey, r.school, r.municipality);
    }
  }
  const steps = new Map<string, { done: number; overdue: number }>();
  const keys = new Map<string, string>();
  for (const s of ctx.steps) {
    let k = keys.get(s.school);
    if (k === undefined) keys.set(s.school, (k = schoolKey(s.school)));
    const c = steps.get(k) ?? { done: 0, overdue: 0 };
    if (isDone(s.judged.status)) c.done++;
    if (s.judged.status === "overdue") c.overdue++;
    steps.set(k, c);
  }
  const municipalityFromSheet = new Map<string, string>();
  for (const r of ctx.indicators.rows) if (r.municipality) municipalityFromSheet.set(r.schoolKey, r.municipality);
  const values = usableForQuarter(ctx.indicators, quarter);
  return people.map((p) => ({
    municipality: p.municipality || municipalityFromSheet.get(p.key) || "",
    school: p.name,
    stepsDone: steps.get(p.key)?.done ?? 0,
    stepsOverdue: steps.get(p.key)?.overdue ?? 0,
    indicators: indicators.map((rule) => {
      const fact = values.get(p.key)?.get(rule.code)?.value ?? null;
      return { fact, plan: rule.plan, ofPlan: ofPlan(fact, rule.plan) };
    }),
  }));
}

export interface TotalsLine {
  stepsDone: number;
  stepsOverdue: number;
  indicators: IndicatorCell[];
}

/**
 * The «Итого» line. Counts are sums; a school's plan is its annual plan, so the region's
 * plan is that × the number of schools listed. A share is never averaged: it is recomputed
 * from its parts as Σ(share × base) / Σ(base) over schools that report both the share and
 * its base (П4 weighted by П1), so a big school weighs more than a small one. A share
 * whose base is unknown has no total.
 */
export function totalsLine(lines: SchoolLine[], indicators: IndicatorRule[], allRules: IndicatorRule[]): TotalsLine {
  const sum = (f: (l: SchoolLine) => number) => lines.reduce((s, l) => s + f(l), 0);
  return {
    stepsDone: sum((l) => l.stepsDone),
    stepsOverdue: sum((l) => l.stepsOverdue),
    indicators: indicators.map((rule, i) => {
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
        return { fact, plan: rule.plan, ofPlan: ofPlan(fact, rule.plan) };
      }
      const reported = lines.filter((l) => l.indicators[i].fact !== null);
      const fact = reported.length > 0 ? reported.reduce((s, l) => s + (l.indicators[i].fact as number), 0) : null;
      const plan = rule.plan !== null && lines.length > 0 ? rule.plan * lines.length : null;
      return { fact, plan, ofPlan: ofPlan(fact, plan) };
    }),
  };
}
