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
        ru: "{place}: {school} — пункт {item} «{title}» выполнен с опозданием на {days} дн. (срок {due}).",
        en: "{place}: {school} — item {item} “{title}” was done {days} days late (due {due}).",
      },
      regionalNoDate: {
        ru: "{place}: пункт {item} «{title}» отмечен выполненным после срока {due}.",
        en: "{place}: item {item} “{title}” was marked done after its due date {due}.",
      },
      schoolNoDate: {
        ru: "{place}: {school} — пункт {item} «{title}» отмечен выполненным после срока {due}.",
        en: "{place}: {school} — item {item} “{title}” was marked done after its due date {due}.",
      },
    },
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (e.perSchool || e.judged.status !== "done-late") continue;
      const at = entryCell(e);
      const due = e.judged.missed ?? e.judged.due;
      if (!at || !due) continue;
      const days = e.judged.lateDays;
      report({
        messageId: days === undefined ? "regionalNoDate" : "regional",
        ...at,
        measure: e.number,
        data: { title: shortTitle(e.title), due, days: days ?? "" },
      });
    }
    for (const s of ctx.steps) {
      const due = s.judged.missed ?? s.judged.due;
      if (s.judged.status !== "done-late" || !due) continue;
      const days = s.judged.lateDays;
      report({
        messageId: days === undefined ? "schoolNoDate" : "school",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { title: shortTitle(s.item.title), due, days: days ?? "" },
      });
    }
  },
};
