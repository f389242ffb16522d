import type { WorkbookSnapshot } from "../domain/snapshot";
import { RULES } from "../rules";
import { buildContext } from "./build-context";
import type { CheckContext } from "./context";
import { buildMeasures, quarterOfContext } from "./measures";
import { buildPaintPlan } from "./paint";
import { runRules } from "./run-rules";
import type { CheckOptions, CheckResult, CheckSummary } from "./types";

function countCells(ctx: CheckContext): number {
  let n = ctx.steps.length + ctx.indicators.values.length + ctx.schools.length;
  for (const e of ctx.roadmap) {
    if (e.sheet === undefined) continue;
    n += 1 + (e.done ? 1 : 0) + (e.documentCell ? 1 : 0);
  }
  return n;
}

/** The whole check: parse once, run the rules, derive colours and the JSON measures. */
export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  options: CheckOptions,
): CheckResult & { context: CheckContext } {
  const ctx = buildContext(snapshot, options);
  const findings = runRules(RULES, ctx, options.severities);
  const summary: CheckSummary = { errors: 0, warnings: 0, info: 0, cellsChecked: countCells(ctx) };
  for (const f of findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.info++;
  }
  return {
    asOf: options.asOf,
    quarter: quarterOfContext(ctx),
    measures: buildMeasures(ctx),
    findings,
    summary,
    paint: buildPaintPlan(ctx, findings),
    layout: ctx.layout,
    context: ctx,
  };
}
