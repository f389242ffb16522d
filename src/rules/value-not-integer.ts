import { showValue } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

/** Numbers typed or computed in Excel carry binary noise (2.0000000001 is still 2). */
const EPS = 1e-9;

export const valueNotInteger: Rule = {
  meta: {
    id: "value-not-integer",
    category: "indicator",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Дробное значение целого показателя", en: "A fraction where a whole number is required" },
    messages: {
      fraction: {
        ru: "{place}: показатель {item} равен {value}, а должен быть целым числом ({unit}).",
        en: "{place}: indicator {item} is {value}; it must be a whole number ({unit}).",
      },
    },
  },
  check(ctx, report) {
    for (const v of ctx.indicators.values) {
      if (v.rule.type !== "integer" || v.value === null) continue;
      if (Math.abs(v.value - Math.round(v.value)) <= EPS) continue;
      report({
        messageId: "fraction",
        sheet: v.sheet,
        row: v.row,
        col: v.col,
        school: v.school,
        measure: v.rule.code,
        data: { value: showValue(v, ctx.lang), unit: v.rule.unit || (ctx.lang === "ru" ? "целое" : "integer") },
      });
    }
  },
};
