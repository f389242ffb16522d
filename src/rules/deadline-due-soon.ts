import { diffDays } from "../domain/iso-date";
import type { Rule } from "./rule-types";
import { judgedPlaces, shortTitle } from "./where";

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
    for (const p of judgedPlaces(ctx, "due-soon")) {
      const due = p.judged.due;
      if (!due) continue;
      report({
        messageId: due === ctx.asOf ? "today" : p.kind,
        ...p.at,
        school: p.school,
        measure: p.item.number,
        data: { title: shortTitle(p.item.title), due, days: diffDays(due, ctx.asOf) },
      });
    }
  },
};
