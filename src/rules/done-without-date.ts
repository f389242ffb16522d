import type { Rule } from "./rule-types";
import { entryCell } from "./where";

export const doneWithoutDate: Rule = {
  meta: {
    id: "done-without-date",
    category: "date",
    defaultSeverity: "warning",
    paint: "warning",
    description: { ru: "Отмечено выполненным без даты", en: "Marked done with no date" },
    messages: {
      mark: {
        ru: "{place}: пункт {item} отмечен «{text}», но дата исполнения не указана. Впишите дату.",
        en: "{place}: item {item} is marked “{text}” but has no date. Enter the date it was done.",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.rolledUp) continue;
      if (!e.done || e.done.cell.kind !== "mark") continue;
      const at = entryCell(e);
      if (!at) continue;
      report({ messageId: "mark", ...at, measure: e.number, data: { text: e.done.cell.text } });
    }
    for (const s of ctx.steps) {
      if (s.cell.kind !== "mark") continue;
      report({
        messageId: "mark",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { text: s.cell.text },
      });
    }
  },
};
