import { oneYearAfter } from "../domain/iso-date";
import { judgeStatus } from "../domain/judge-status";
import { parseQuarterKey } from "../domain/quarter";
import { BUILTIN_ROADMAP } from "../domain/roadmap";
import type { WorkbookSnapshot } from "../domain/snapshot";
import { detectLayout } from "../detect/detect-layout";
import type { Layout, Role } from "../detect/layout-types";
import { COLUMN_SPECS } from "../detect/synonyms";
import { buildIndicators } from "./build-indicators";
import { buildRoadmap, detectRoadmapYear } from "./build-roadmap";
import { buildSchools, commonCreationYear, indexSchools } from "./build-schools";
import { buildSteps } from "./build-steps";
import type { Judgement } from "../domain/judge-status";
import { countedSteps } from "./counted-steps";
import type { CheckContext, RoadmapEntry, StructureProblem } from "./context";
import { withMergedValues } from "./merged-values";
import { rollUp, trustedDone } from "./rollup";
import type { CheckOptions } from "./types";

export const DEFAULT_WINDOW_DAYS = 14;

/** Roles whose absence is reported; indicator rules are optional (a built-in catalogue exists). */
const REQUIRED_ROLES: Role[] = ["roadmap", "registry", "steps", "indicators"];

function structureProblems(layout: Layout): StructureProblem[] {
  const out: StructureProblem[] = [];
  for (const role of REQUIRED_ROLES) {
    const l = layout[role];
    if (!l) {
      // The registry may carry the step columns itself; then no separate sheet is missing.
      out.push({ kind: "sheet", role });
      continue;
    }
    if (role === "steps" && l.sheet === layout.registry?.sheet) continue;
    for (const spec of COLUMN_SPECS[role]) {
      if (spec.required && l.columns[spec.key] === undefined) {
        out.push({ kind: "column", role, key: spec.key, sheet: l.sheet, headerRow: l.headerRow });
      }
    }
  }
  const rules = layout.indicatorRules;
  if (rules) {
    for (const spec of COLUMN_SPECS.indicatorRules) {
      if (spec.required && rules.columns[spec.key] === undefined) {
        out.push({
          kind: "column",
          role: "indicatorRules",
          key: spec.key,
          sheet: rules.sheet,
          headerRow: rules.headerRow,
        });
      }
    }
  }
  return out;
}

/** Parses the workbook once into what every rule needs. */
export function buildContext(original: WorkbookSnapshot, options: CheckOptions): CheckContext {
  const snapshot = withMergedValues(original);
  const asOf = options.asOf;
  const windowDays = options.dueSoonDays ?? DEFAULT_WINDOW_DAYS;
  // PRODUCT.md §5: occurrences up to one year after the as-of date.
  const until = oneYearAfter(asOf);
  const itemNumbers = new Set(BUILTIN_ROADMAP.items.map((i) => i.number));
  // Item numbers of the workbook's own roadmap count too: its step columns may name them.
  for (let n = 1; n <= 40; n++) itemNumbers.add(String(n));
  const layout = detectLayout(snapshot, itemNumbers, options.mapping);

  const schools = buildSchools(snapshot, layout.registry);
  const schoolsByKey = indexSchools(schools);
  const roadmapYear = options.roadmapYear ?? detectRoadmapYear(snapshot, layout.roadmap, Number(asOf.slice(0, 4)));
  const deadlineContext = {
    roadmapYear,
    creationYear: options.creationYear ?? commonCreationYear(schools),
  };
  const stepNumbers = new Set(Object.keys(layout.steps?.stepColumns ?? {}));
  const roadmap = buildRoadmap(snapshot, layout.roadmap, deadlineContext, until, stepNumbers);
  const steps = buildSteps(snapshot, layout.steps, roadmap, schoolsByKey, deadlineContext, asOf, until, windowDays);

  const judgedByItem = new Map<RoadmapEntry, Judgement[]>();
  // A school listed twice rolls up once: its second row's empty cells are not a late school.
  for (const s of countedSteps(steps)) {
    const list = judgedByItem.get(s.item);
    if (list) list.push(s.judged);
    else judgedByItem.set(s.item, [s.judged]);
  }
  /** A roadmap row judged on its own done-date cell. */
  const judgeRow = (entry: RoadmapEntry): Judgement =>
    judgeStatus({
      occurrences: entry.occurrences,
      done: entry.done ? trustedDone(entry.done.cell, asOf) : { kind: "empty" },
      asOf,
      windowDays,
      resolvable: entry.unresolved === null,
    });
  const missingSteps: StructureProblem[] = [];
  for (const entry of roadmap) {
    if (entry.perSchool) {
      const mine = judgedByItem.get(entry) ?? [];
      entry.rolledUp = mine.length > 0;
      const firstDue = entry.occurrences.find((d) => d >= asOf) ?? entry.occurrences[0] ?? null;
      entry.judged = rollUp(mine, entry.unresolved ? null : firstDue);
      if (mine.length === 0) {
        // No school cells for this item: judge the roadmap row like a regional one. When the
        // school-steps sheet exists but lacks the item's column, say so instead of reporting
        // the row itself (a per-school row carries no finding of its own).
        const stepsLayout = layout.steps;
        if (stepsLayout?.stepColumns && stepsLayout.stepColumns[entry.number] === undefined) {
          missingSteps.push({
            kind: "column",
            role: "steps",
            key: `step:${entry.number}`,
            sheet: stepsLayout.sheet,
            headerRow: stepsLayout.headerRow,
          });
          entry.rolledUp = true;
        }
        entry.judged = judgeRow(entry);
      }
    } else {
      entry.judged = judgeRow(entry);
    }
  }

  const requestedQuarter = options.quarter ? parseQuarterKey(options.quarter) : null;
  const indicators = buildIndicators(snapshot, layout, asOf, requestedQuarter, schools);
  return {
    snapshot,
    layout,
    asOf,
    lang: options.lang,
    windowDays,
    deadlineContext,
    roadmap,
    schools,
    schoolsByKey,
    steps: steps,
    structure: [...structureProblems(layout), ...missingSteps],
    quarter: indicators.quarter,
    indicators: indicators.model,
  };
}
