import { showValue } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

export const valueNegative: Rule = {
  meta: {
    id: "value-negative",
    category: "indicator",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Отрицательное значение показателя", en: "A negative indicator value" },
    messages: {
      negative: {
        ru: "{place}: показатель {item} равен {value}. Численность и количество не бывают меньше нуля.",
        en: "{place}: indicator {item} is {value}. Counts cannot be below zero.",
      },
    },
  },
  check(ctx, report) {
    for (const v of ctx.indicators.values) {
      // Negative shares are reported by percent-out-of-range: one finding per cell.
      if (v.value === null || v.value >= 0 || v.rule.type === "percent") continue;
      report({
        messageId: "negative",
        sheet: v.sheet,
        row: v.row,
        col: v.col,
        school: v.school,
        measure: v.rule.code,
        data: { value: showValue(v, ctx.lang) },
      });
    }
  },
};
