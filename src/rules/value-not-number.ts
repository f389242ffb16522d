import { cellText } from "../domain/text";
import type { Rule } from "./rule-types";

const FIELD = {
  min: { ru: "Мин.", en: "Min" },
  max: { ru: "Макс.", en: "Max" },
  plan: { ru: "Целевое значение", en: "Annual plan" },
} as const;

export const valueNotNumber: Rule = {
  meta: {
    id: "value-not-number",
    category: "indicator",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "В ячейке показателя не число", en: "An indicator cell that is not a number" },
    messages: {
      value: {
        ru: "{place}: показатель {item}: «{value}» не является числом. Введите число цифрами, например 1234, 12,5 или 85%.",
        en: "{place}: indicator {item}: “{value}” is not a number. Type digits, e.g. 1234, 12.5 or 85%.",
      },
      rule: {
        ru: "{place}: в правиле показателя {item} графа «{field}» содержит «{value}» — это не число, ограничение не проверяется.",
        en: "{place}: the rule of indicator {item} has “{value}” in “{field}”: not a number, so this limit is not checked.",
      },
    },
  },
  check(ctx, report) {
    for (const p of ctx.indicators.ruleProblems) {
      report({
        messageId: "rule",
        sheet: p.sheet,
        row: p.row,
        col: p.col,
        measure: p.code,
        data: { field: FIELD[p.field][ctx.lang], value: p.text },
      });
    }
    for (const v of ctx.indicators.values) {
      if (v.problem !== "not-number") continue;
      report({
        messageId: "value",
        sheet: v.sheet,
        row: v.row,
        col: v.col,
        school: v.school,
        measure: v.rule.code,
        data: { value: cellText(v.raw) },
      });
    }
  },
};
