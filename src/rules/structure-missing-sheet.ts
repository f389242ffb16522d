import { ROLE_LABEL } from "../detect/synonyms";
import type { Rule } from "./rule-types";

export const structureMissingSheet: Rule = {
  meta: {
    id: "structure-missing-sheet",
    category: "structure",
    defaultSeverity: "error",
    description: { ru: "Не найден лист нужной роли", en: "A sheet of a required role was not found" },
    messages: {
      missing: {
        ru: "Не найден лист «{role}». Переименуйте нужный лист или укажите его в настройках («Сопоставление листов и столбцов»). Проверка остальных листов выполнена.",
        en: "The “{role}” sheet was not found. Rename the sheet or choose it in the settings (“Sheet and column mapping”). The other sheets were checked.",
      },
    },
  },
  check(ctx, report) {
    // A missing sheet has no cell of its own: the finding points at A1 of the first visible sheet.
    const first = ctx.snapshot.sheets.find((s) => (s.visibility ?? "visible") === "visible") ?? ctx.snapshot.sheets[0];
    if (!first) return;
    for (const p of ctx.structure) {
      if (p.kind !== "sheet") continue;
      report({
        messageId: "missing",
        sheet: first.name,
        row: 0,
        col: 0,
        data: { role: ROLE_LABEL[p.role][ctx.lang] },
      });
    }
  },
};
