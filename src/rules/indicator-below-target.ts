import { formatPercent } from "../domain/number-text";
import type { Quarter } from "../domain/quarter";
import { duplicateRows, isUsable, quarterLabel, showNumber, showValue } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

const EPS = 1e-9;

export const indicatorBelowTarget: Rule = {
  meta: {
    id: "indicator-below-target",
    category: "indicator",
    defaultSeverity: "warning",
    paint: "warning",
    description: {
      ru: "Показатель ниже минимума или ниже годового плана в IV квартале",
      en: "An indicator below its minimum, or below the annual plan in Q4",
    },
    messages: {
      min: {
        ru: "{place}: {school} — показатель {item} за {quarter} равен {value}, это ниже минимума {min}.",
        en: "{place}: {school} — indicator {item} for {quarter} is {value}, below the minimum of {min}.",
      },
      plan: {
        ru: "{place}: {school} — показатель {item} за {quarter} равен {value}, годовой план {plan} не выполнен ({share} плана).",
        en: "{place}: {school} — indicator {item} for {quarter} is {value}; the annual plan of {plan} is not met ({share} of plan).",
      },
    },
  },
  check(ctx, report) {
    const dup = duplicateRows(ctx.indicators.rows);
    for (const v of ctx.indicators.values) {
      if (!isUsable(v, dup)) continue;
      const { min, plan } = v.rule;
      const quarter = quarterLabel(v.quarter as Quarter, ctx.lang);
      const at = { sheet: v.sheet, row: v.row, col: v.col, school: v.school, measure: v.rule.code };
      if (min !== null && v.value < min - EPS) {
        report({
          ...at,
          messageId: "min",
          data: { quarter, value: showValue(v, ctx.lang), min: showNumber(min, v.rule, ctx.lang) },
        });
      } else if (v.quarter?.q === 4 && plan !== null && plan > 0 && v.value < plan - EPS) {
        report({
          ...at,
          messageId: "plan",
          data: {
            quarter,
            value: showValue(v, ctx.lang),
            plan: showNumber(plan, v.rule, ctx.lang),
            share: formatPercent(v.value / plan, ctx.lang),
          },
        });
      }
    }
  },
};
