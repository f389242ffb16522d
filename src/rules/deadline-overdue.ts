import { diffDays } from "../domain/iso-date";
import type { Rule } from "./rule-types";
import { entryCell, shortTitle } from "./where";

export const deadlineOverdue: Rule = {
  meta: {
    id: "deadline-overdue",
    category: "deadline",
    defaultSeverity: "error",
    description: { ru: "Не выполнено, срок прошёл", en: "Not done and past due" },
    messages: {
      regional: {
        ru: "{place}: пункт {item} «{title}» не выполнен, срок {due} прошёл ({days} дн. назад).",
        en: "{place}: item {item} “{title}” is not done; it was due {due} ({days} days ago).",
      },
      school: {
        ru: "{place}: пункт {item} «{title}» не выполнен, срок {due} прошёл ({days} дн. назад).",
        en: "{place}: item {item} “{title}” is not done; it was due {due} ({days} days ago).",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.rolledUp || e.judged.status !== "overdue") continue;
      const at = entryCell(e);
      const due = e.judged.missed ?? e.judged.due;
      if (!at || !due) continue;
      report({
        messageId: "regional",
        ...at,
        measure: e.number,
        data: { title: shortTitle(e.title), due, days: diffDays(ctx.asOf, due) },
      });
    }
    for (const s of ctx.steps) {
      const due = s.judged.missed ?? s.judged.due;
      if (s.judged.status !== "overdue" || !due) continue;
      report({
        messageId: "school",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { title: shortTitle(s.item.title), due, days: diffDays(ctx.asOf, due) },
      });
    }
  },
};
