import type { Rule } from "./rule-types";

/**
 * Plans and minimums the report and indicator-below-target use but the workbook never
 * stated: they come from the built-in catalogue, whose values the coordinator must
 * confirm before signing a report built on them (PRODUCT.md §5).
 */
export const indicatorPlanDefault: Rule = {
  meta: {
    id: "indicator-plan-default",
    category: "indicator",
    defaultSeverity: "info",
    description: {
      ru: "План или минимум показателя взят из встроенного перечня и ждёт подтверждения",
      en: "An indicator's plan or minimum comes from the built-in catalogue and awaits confirmation",
    },
    messages: {
      builtin: {
        ru: "{place}: план и минимум показателей {codes} взяты из встроенного перечня, а не из листа «Правила показателей». В отчёте они помечены как значения по умолчанию. Проверьте их и внесите свои значения на лист «Правила показателей».",
        en: "{place}: the plan and minimum of indicators {codes} come from the built-in catalogue, not from a “Правила показателей” sheet. The report marks them as defaults. Check them and enter your own values on a “Правила показателей” sheet.",
      },
    },
  },
  check(ctx, report) {
    const layout = ctx.layout.indicators;
    if (!layout) return;
    const columns = ctx.indicators.columns.filter(
      (c) => c.rule.source === "builtin" && (c.rule.plan !== null || c.rule.min !== null),
    );
    if (columns.length === 0) return;
    // One finding for the sheet, on the first such column's header: the codes say the rest.
    report({
      messageId: "builtin",
      sheet: layout.sheet,
      row: layout.headerRow,
      col: columns[0].col,
      data: { codes: columns.map((c) => c.rule.code).join(", ") },
    });
  },
};
