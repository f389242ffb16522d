import { formatPercent } from "../domain/number-text";
import type { Quarter } from "../domain/quarter";
import type { IndicatorRule } from "../engine/indicator-types";
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
        ru: "{place}: показатель {item} за {quarter} равен {value}, это ниже минимума {min}.",
        en: "{place}: indicator {item} for {quarter} is {value}, below the minimum of {min}.",
      },
      plan: {
        ru: "{place}: показатель {item} за {quarter} равен {value}, годовой план {plan} не выполнен ({share} плана).",
        en: "{place}: indicator {item} for {quarter} is {value}; the annual plan of {plan} is not met ({share} of plan).",
      },
    },
  },
  check(ctx, report) {
    const dup = duplicateRows(ctx.indicators.rows);
    // Limits are shown once per indicator, not once per school.
    const limits = new Map<IndicatorRule, { min: string; plan: string }>();
    const shown = (rule: IndicatorRule) => {
      let t = limits.get(rule);
      if (!t) {
        const show = (n: number | null) => (n === null ? "" : showNumber(n, rule, ctx.lang));
        limits.set(rule, (t = { min: show(rule.min), plan: show(rule.plan) }));
      }
      return t;
    };
    for (const v of ctx.indicators.values) {
      if (!isUsable(v, dup)) continue;
      const { min, plan } = v.rule;
      const belowMin = min !== null && v.value < min - EPS;
      const belowPlan = !belowMin && v.quarter?.q === 4 && plan !== null && plan > 0 && v.value < plan - EPS;
      if (!belowMin && !belowPlan) continue;
      const data: Record<string, string> = {
        quarter: quarterLabel(v.quarter as Quarter, ctx.lang),
        value: showValue(v, ctx.lang),
      };
      if (belowMin) data.min = shown(v.rule).min;
      else {
        data.plan = shown(v.rule).plan;
        data.share = formatPercent(v.value / (plan as number), ctx.lang);
      }
      report({
        messageId: belowMin ? "min" : "plan",
        sheet: v.sheet,
        row: v.row,
        col: v.col,
        school: v.school,
        measure: v.rule.code,
        data,
      });
    }
  },
};
