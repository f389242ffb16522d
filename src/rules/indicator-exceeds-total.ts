import type { Quarter } from "../domain/quarter";
import { findRule } from "../engine/indicator-columns";
import { duplicateRows, indexValues, isUsable, quarterLabel, showValue, valueKey } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

const EPS = 1e-9;

export const indicatorExceedsTotal: Rule = {
  meta: {
    id: "indicator-exceeds-total",
    category: "indicator",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Часть больше целого («Не больше»)", en: "A part larger than its whole (“Not above”)" },
    messages: {
      exceeds: {
        ru: "{place}: {school} — показатель {item} за {quarter} ({value}) больше показателя {whole} ({wholeValue}), а часть не может быть больше целого.",
        en: "{place}: {school} — indicator {item} for {quarter} ({value}) is larger than indicator {whole} ({wholeValue}); a part cannot exceed its whole.",
      },
    },
  },
  check(ctx, report) {
    const model = ctx.indicators;
    const index = indexValues(model);
    const dup = duplicateRows(model.rows);
    for (const v of model.values) {
      if (!v.rule.notAbove || !isUsable(v, dup)) continue;
      const wholeRule = findRule(v.rule.notAbove, model.rules);
      if (!wholeRule || wholeRule === v.rule) continue;
      // Same school, same quarter: usually the same row, but a school may split its rows.
      const whole = index.get(valueKey(v.schoolKey, v.quarter as Quarter, wholeRule.code));
      if (!whole || v.value <= whole.value + EPS) continue;
      report({
        messageId: "exceeds",
        sheet: v.sheet,
        row: v.row,
        col: v.col,
        school: v.school,
        measure: v.rule.code,
        data: {
          quarter: quarterLabel(v.quarter as Quarter, ctx.lang),
          value: showValue(v, ctx.lang),
          whole: wholeRule.code,
          wholeValue: showValue(whole, ctx.lang),
        },
      });
    }
  },
};
