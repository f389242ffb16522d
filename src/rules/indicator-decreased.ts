import { compareQuarter, type Quarter } from "../domain/quarter";
import type { IndicatorValue } from "../engine/indicator-types";
import { duplicateRows, isUsable, quarterLabel, showValue } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

const EPS = 1e-9;

type Usable = IndicatorValue & { value: number; quarter: Quarter };

const byQuarter = (a: Usable, b: Usable) => compareQuarter(a.quarter, b.quarter);

export const indicatorDecreased: Rule = {
  meta: {
    id: "indicator-decreased",
    category: "indicator",
    defaultSeverity: "error",
    paint: "data-error",
    description: {
      ru: "Накопительный показатель уменьшился по сравнению с прошлым кварталом",
      en: "A cumulative indicator went down from the previous quarter",
    },
    messages: {
      decreased: {
        ru: "{place}: накопительный показатель {item} за {quarter} ({value}) меньше, чем за {previous} ({previousValue}). С начала года он может только расти.",
        en: "{place}: cumulative indicator {item} for {quarter} ({value}) is lower than for {previous} ({previousValue}). Within a year it can only grow.",
      },
    },
  },
  check(ctx, report) {
    const dup = duplicateRows(ctx.indicators.rows);
    // Each school's series per indicator code (nested maps: no key string per value).
    const bySchool = new Map<string, Map<string, Usable[]>>();
    for (const v of ctx.indicators.values) {
      if (!v.rule.cumulative || !isUsable(v, dup)) continue;
      let series = bySchool.get(v.schoolKey);
      if (!series) bySchool.set(v.schoolKey, (series = new Map()));
      const list = series.get(v.rule.code);
      if (list) list.push(v as Usable);
      else series.set(v.rule.code, [v as Usable]);
    }
    for (const list of [...bySchool.values()].flatMap((series) => [...series.values()])) {
      // A school's quarters may come in any row order.
      if (list.length > 1) list.sort(byQuarter);
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        // The count starts again each January; a skipped quarter compares with the last one reported.
        if (prev.quarter.year !== cur.quarter.year || cur.value >= prev.value - EPS) continue;
        report({
          messageId: "decreased",
          sheet: cur.sheet,
          row: cur.row,
          col: cur.col,
          school: cur.school,
          measure: cur.rule.code,
          data: {
            quarter: quarterLabel(cur.quarter, ctx.lang),
            value: showValue(cur, ctx.lang),
            previous: quarterLabel(prev.quarter, ctx.lang),
            previousValue: showValue(prev, ctx.lang),
          },
        });
      }
    }
  },
};
