import type { Rule } from "./rule-types";
import { entryCell } from "./where";

export const dateInvalid: Rule = {
  meta: {
    id: "date-invalid",
    category: "date",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "В ячейке даты не дата", en: "A date cell holds something that is not a date" },
    messages: {
      impossible: {
        ru: "{place}: «{text}» — такой даты не существует. Исправьте дату исполнения пункта {item}.",
        en: "{place}: “{text}” is not a real date. Correct the date done of item {item}.",
      },
      unparsed: {
        ru: "{place}: «{text}» не похоже на дату. Впишите дату исполнения пункта {item} в виде ДД.ММ.ГГГГ.",
        en: "{place}: “{text}” is not a date. Enter the date done of item {item} as DD.MM.YYYY.",
      },
      deadlineImpossible: {
        ru: "{place}: «{text}» в столбце «Срок (дата)» — такой даты не существует. Исправьте срок пункта {item}.",
        en: "{place}: “{text}” in “Deadline (date)” is not a real date. Correct the deadline of item {item}.",
      },
      deadlineUnparsed: {
        ru: "{place}: «{text}» в столбце «Срок (дата)» не похоже на дату. Впишите срок пункта {item} в виде ДД.ММ.ГГГГ.",
        en: "{place}: “{text}” in “Deadline (date)” is not a date. Enter the deadline of item {item} as DD.MM.YYYY.",
      },
      "not-a-date-number": {
        ru: "{place}: число «{text}» не является датой. Впишите дату исполнения пункта {item} в виде ДД.ММ.ГГГГ.",
        en: "{place}: the number “{text}” is not a date. Enter the date done of item {item} as DD.MM.YYYY.",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.deadlineDate && e.sheet !== undefined) {
        const { row, col, cell } = e.deadlineDate;
        const messageId = cell.reason === "impossible" ? "deadlineImpossible" : "deadlineUnparsed";
        report({ messageId, sheet: e.sheet, row, col, measure: e.number, data: { text: cell.text } });
      }
      if (e.rolledUp) continue;
      if (!e.done || e.done.cell.kind !== "invalid") continue;
      const at = entryCell(e);
      if (!at) continue;
      report({ messageId: e.done.cell.reason, ...at, measure: e.number, data: { text: e.done.cell.text } });
    }
    for (const s of ctx.steps) {
      if (s.cell.kind !== "invalid") continue;
      report({
        messageId: s.cell.reason,
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
