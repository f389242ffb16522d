import { cellText } from "../domain/text";
import { showValue } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

const EPS = 1e-9;

export const percentOutOfRange: Rule = {
  meta: {
    id: "percent-out-of-range",
    category: "indicator",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Доля вне пределов 0–100 %", en: "A percentage outside 0–100 %" },
    messages: {
      range: {
        ru: "{place}: показатель {item} равен {value}, а доля должна быть от 0% до 100%.",
        en: "{place}: indicator {item} is {value}; a share must be between 0% and 100%.",
      },
      points: {
        ru: "{place}: показатель {item}: «{raw}» без знака % прочитано как {value}, а доля должна быть от 0% до 100%. Введите долю как 85% или 0,85.",
        en: "{place}: indicator {item}: “{raw}” without a % sign is read as {value}; a share must be between 0% and 100%. Type it as 85% or 0.85.",
      },
    },
  },
  check(ctx, report) {
    for (const v of ctx.indicators.values) {
      if (v.rule.type !== "percent" || v.value === null) continue;
      if (v.value >= -EPS && v.value <= 1 + EPS) continue;
      report({
        messageId: v.readAsPercentPoints ? "points" : "range",
        sheet: v.sheet,
        row: v.row,
        col: v.col,
        school: v.school,
        measure: v.rule.code,
        data: { value: showValue(v, ctx.lang), raw: cellText(v.raw) },
      });
    }
  },
};
