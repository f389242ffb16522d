import { diffDays } from "../domain/iso-date";
import type { Rule } from "./rule-types";
import { approxNote, judgedPlaces, shortTitle } from "./where";

export const deadlineDueSoon: Rule = {
  meta: {
    id: "deadline-due-soon",
    category: "deadline",
    defaultSeverity: "warning",
    description: { ru: "Не выполнено, срок скоро", en: "Not done, due within the warning window" },
    messages: {
      regional: {
        ru: "{place}: пункт {item} «{title}» нужно выполнить не позднее {due} (осталось {days:day}).{approx}",
        en: "{place}: item {item} “{title}” is due {due} ({days:day} left).{approx}",
      },
      today: {
        ru: "{place}: пункт {item} «{title}» нужно выполнить сегодня, {due}.{approx}",
        en: "{place}: item {item} “{title}” is due today, {due}.{approx}",
      },
      school: {
        ru: "{place}: пункт {item} «{title}» нужно выполнить не позднее {due} (осталось {days:day}).{approx}",
        en: "{place}: item {item} “{title}” is due {due} ({days:day} left).{approx}",
      },
    },
  },
  check(ctx, report) {
    for (const p of judgedPlaces(ctx, "due-soon")) {
      const due = p.judged.due;
      if (!due) continue;
      report({
        messageId: due === ctx.asOf ? "today" : p.kind,
        ...p.at,
        school: p.school,
        measure: p.item.number,
        data: {
          approx: approxNote(p.approximate, ctx.lang),
          title: shortTitle(p.item.title),
          due,
          days: diffDays(due, ctx.asOf),
        },
      });
    }
  },
};
