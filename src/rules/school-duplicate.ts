import { a1 } from "../domain/cell-address";
import type { Rule } from "./rule-types";

export const schoolDuplicate: Rule = {
  meta: {
    id: "school-duplicate",
    category: "school",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Одна и та же школа в реестре дважды", en: "The same school twice in the registry" },
    messages: {
      duplicate: {
        ru: "{place}: эта школа уже есть в реестре (строка {firstRow}, ячейка {firstCell}). Удалите или исправьте повтор.",
        en: "{place}: this school is already in the registry (row {firstRow}, cell {firstCell}). Remove or correct the repeat.",
      },
    },
  },
  check(ctx, report) {
    for (const list of ctx.schoolsByKey.values()) {
      for (const s of list.slice(1)) {
        report({
          messageId: "duplicate",
          sheet: s.sheet,
          row: s.row,
          col: s.col,
          school: s.name,
          data: { firstRow: list[0].row + 1, firstCell: a1(list[0].row, list[0].col) },
        });
      }
    }
  },
};
