import type { Rule } from "./rule-types";
import { entryCell } from "./where";

export const dateInFuture: Rule = {
  meta: {
    id: "date-in-future",
    category: "date",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Дата исполнения позже даты проверки", en: "A done date later than the as-of date" },
    messages: {
      future: {
        ru: "{place}: дата исполнения пункта {item} {date} ещё не наступила (проверка на {asOf}). Проверьте дату.",
        en: "{place}: the date done of item {item}, {date}, is after the check date {asOf}. Check the date.",
      },
    },
  },
  check(ctx, report) {
    const future = (dates: string[]) => dates.find((d) => d > ctx.asOf);
    for (const e of ctx.roadmap) {
      if (e.rolledUp) continue;
      if (!e.done || e.done.cell.kind !== "dates") continue;
      const date = future(e.done.cell.dates);
      const at = entryCell(e);
      if (!date || !at) continue;
      report({ messageId: "future", ...at, measure: e.number, data: { date, asOf: ctx.asOf } });
    }
    for (const s of ctx.steps) {
      if (s.cell.kind !== "dates") continue;
      const date = future(s.cell.dates);
      if (!date) continue;
      report({
        messageId: "future",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { date, asOf: ctx.asOf },
      });
    }
  },
};
