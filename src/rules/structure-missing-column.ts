import { COLUMN_SPECS } from "../detect/synonyms";
import type { Rule } from "./rule-types";

export const structureMissingColumn: Rule = {
  meta: {
    id: "structure-missing-column",
    category: "structure",
    defaultSeverity: "error",
    description: { ru: "Не найден обязательный столбец", en: "A required column was not found" },
    messages: {
      missing: {
        ru: "{place}: на листе «{sheet}» не найден столбец «{column}». Добавьте заголовок или укажите столбец в настройках. Проверка остального выполнена.",
        en: "{place}: the column “{column}” was not found on the sheet “{sheet}”. Add the header or choose the column in the settings. Everything else was checked.",
      },
    },
  },
  check(ctx, report) {
    for (const p of ctx.structure) {
      if (p.kind !== "column" || !p.sheet || !p.key) continue;
      const spec = COLUMN_SPECS[p.role].find((s) => s.key === p.key);
      const step = p.key.startsWith("step:") ? p.key.slice(5) : null;
      report({
        messageId: "missing",
        sheet: p.sheet,
        row: p.headerRow ?? 0,
        col: 0,
        measure: step ?? undefined,
        data: {
          column: step ? (ctx.lang === "ru" ? `п. ${step} …` : `item ${step} …`) : spec ? spec.label[ctx.lang] : p.key,
        },
      });
    }
  },
};
