import type { Rule } from "./rule-types";
import { approxNote, judgedPlaces, shortTitle } from "./where";

export const deadlineDoneLate: Rule = {
  meta: {
    id: "deadline-done-late",
    category: "deadline",
    defaultSeverity: "warning",
    description: { ru: "Выполнено позже срока", en: "Done after the due date" },
    messages: {
      regional: {
        ru: "{place}: пункт {item} «{title}» выполнен с опозданием на {days:day} (срок {due}).{approx}",
        en: "{place}: item {item} “{title}” was done {days:day} late (due {due}).{approx}",
      },
      school: {
        ru: "{place}: пункт {item} «{title}» выполнен с опозданием на {days:day} (срок {due}).{approx}",
        en: "{place}: item {item} “{title}” was done {days:day} late (due {due}).{approx}",
      },
    },
  },
  check(ctx, report) {
    for (const p of judgedPlaces(ctx, "done-late")) {
      const due = p.judged.missed ?? p.judged.due;
      // A mark without a date («да») cannot say how late it was: done-without-date reports it.
      const days = p.judged.lateDays;
      if (!due || days === undefined) continue;
      report({
        messageId: p.kind,
        ...p.at,
        school: p.school,
        measure: p.item.number,
        data: { approx: approxNote(p.approximate, ctx.lang), title: shortTitle(p.item.title), due, days },
      });
    }
  },
};
