import { diffDays } from "../domain/iso-date";
import type { Rule } from "./rule-types";
import { entryCell, shortTitle } from "./where";

export const deadlineDueSoon: Rule = {
  meta: {
    id: "deadline-due-soon",
    category: "deadline",
    defaultSeverity: "warning",
    description: { ru: "Не выполнено, срок скоро", en: "Not done, due within the warning window" },
    messages: {
      regional: {
        ru: "{place}: пункт {item} «{title}» нужно выполнить не позднее {due} (осталось {days} дн.).",
        en: "{place}: item {item} “{title}” is due {due} ({days} days left).",
      },
      today: {
        ru: "{place}: пункт {item} «{title}» нужно выполнить сегодня, {due}.",
        en: "{place}: item {item} “{title}” is due today, {due}.",
      },
      school: {
        ru: "{place}: пункт {item} «{title}» нужно выполнить не позднее {due} (осталось {days} дн.).",
        en: "{place}: item {item} “{title}” is due {due} ({days} days left).",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.rolledUp || e.judged.status !== "due-soon" || !e.judged.due) continue;
      const at = entryCell(e);
      if (!at) continue;
      const due = e.judged.due;
      report({
        messageId: due === ctx.asOf ? "today" : "regional",
        ...at,
        measure: e.number,
        data: { title: shortTitle(e.title), due, days: diffDays(due, ctx.asOf) },
      });
    }
    for (const s of ctx.steps) {
      if (s.judged.status !== "due-soon" || !s.judged.due) continue;
      const due = s.judged.due;
      report({
        messageId: due === ctx.asOf ? "today" : "school",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { title: shortTitle(s.item.title), due, days: diffDays(due, ctx.asOf) },
      });
    }
  },
};
