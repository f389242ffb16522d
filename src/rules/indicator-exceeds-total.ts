import { findRule } from "../engine/indicator-columns";
import type { IndicatorRule } from "../engine/indicator-types";
import { usableByRow, quarterLabel, showValue } from "../engine/indicator-values";
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
        ru: "{place}: показатель {item} за {quarter} ({value}) больше показателя {whole} ({wholeValue}), а часть не может быть больше целого.",
        en: "{place}: indicator {item} for {quarter} ({value}) is larger than indicator {whole} ({wholeValue}); a part cannot exceed its whole.",
      },
    },
  },
  check(ctx, report) {
    const model = ctx.indicators;
    const wholeOf = new Map<IndicatorRule, IndicatorRule | null>();
    for (const rule of model.rules) {
      const whole = rule.notAbove ? findRule(rule.notAbove, model.rules) : null;
      wholeOf.set(rule, whole && whole !== rule ? whole : null);
    }
    // Same school, same quarter is one row: later rows for it are duplicates, not compared.
    for (const row of usableByRow(model).values()) {
      for (const v of row.values()) {
        const wholeRule = wholeOf.get(v.rule);
        const whole = wholeRule ? row.get(wholeRule.code) : undefined;
        if (!wholeRule || !whole || v.value <= whole.value + EPS) continue;
        report({
          messageId: "exceeds",
          sheet: v.sheet,
          row: v.row,
          col: v.col,
          school: v.school,
          measure: v.rule.code,
          data: {
            quarter: quarterLabel(v.quarter, ctx.lang),
            value: showValue(v, ctx.lang),
            whole: wholeRule.code,
            wholeValue: showValue(whole, ctx.lang),
          },
        });
      }
    }
  },
};
