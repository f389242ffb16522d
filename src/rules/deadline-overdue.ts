import { diffDays } from "../domain/iso-date";
import type { Rule } from "./rule-types";
import { approxNote, judgedPlaces, shortTitle } from "./where";

export const deadlineOverdue: Rule = {
  meta: {
    id: "deadline-overdue",
    category: "deadline",
    defaultSeverity: "error",
    description: { ru: "Не выполнено, срок прошёл", en: "Not done and past due" },
    messages: {
      regional: {
        ru: "{place}: пункт {item} «{title}» не выполнен, срок {due} прошёл ({days:day} назад).{approx}",
        en: "{place}: item {item} “{title}” is not done; it was due {due} ({days:day} ago).{approx}",
      },
      school: {
        ru: "{place}: пункт {item} «{title}» не выполнен, срок {due} прошёл ({days:day} назад).{approx}",
        en: "{place}: item {item} “{title}” is not done; it was due {due} ({days:day} ago).{approx}",
      },
    },
  },
  check(ctx, report) {
    for (const p of judgedPlaces(ctx, "overdue")) {
      const due = p.judged.missed ?? p.judged.due;
      if (!due) continue;
      report({
        messageId: p.kind,
        ...p.at,
        school: p.school,
        measure: p.item.number,
        data: {
          approx: approxNote(p.approximate, ctx.lang),
          title: shortTitle(p.item.title),
          due,
          days: diffDays(ctx.asOf, due),
        },
      });
    }
  },
};
