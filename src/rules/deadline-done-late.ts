import type { Rule } from "./rule-types";
import { entryCell, shortTitle } from "./where";

export const deadlineDoneLate: Rule = {
  meta: {
    id: "deadline-done-late",
    category: "deadline",
    defaultSeverity: "warning",
    description: { ru: "Выполнено позже срока", en: "Done after the due date" },
    messages: {
      regional: {
        ru: "{place}: пункт {item} «{title}» выполнен с опозданием на {days} дн. (срок {due}).",
        en: "{place}: item {item} “{title}” was done {days} days late (due {due}).",
      },
      school: {
        ru: "{place}: пункт {item} «{title}» выполнен с опозданием на {days} дн. (срок {due}).",
        en: "{place}: item {item} “{title}” was done {days} days late (due {due}).",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.rolledUp || e.judged.status !== "done-late") continue;
      const at = entryCell(e);
      const due = e.judged.missed ?? e.judged.due;
      if (!at || !due) continue;
      // A mark without a date («да») cannot say how late it was: done-without-date reports it.
      const days = e.judged.lateDays;
      if (days === undefined) continue;
      report({ messageId: "regional", ...at, measure: e.number, data: { title: shortTitle(e.title), due, days } });
    }
    for (const s of ctx.steps) {
      const due = s.judged.missed ?? s.judged.due;
      if (s.judged.status !== "done-late" || !due) continue;
      const days = s.judged.lateDays;
      if (days === undefined) continue;
      report({
        messageId: "school",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { title: shortTitle(s.item.title), due, days },
      });
    }
  },
};
