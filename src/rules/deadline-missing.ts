import type { Rule } from "./rule-types";
import { shortTitle } from "./where";

const reasons = {
  // The same words as the pane's «Как прочитаны сроки» and the report (domain/deadline-describe).
  schedule: {
    ru: "{place}: пункт {item} «{title}», «{text}» — срок не определён: по графику — впишите дату в столбец «Срок (дата)».",
    en: "{place}: item {item} “{title}”, “{text}” — no deadline yet: set by a schedule — enter the date in “Deadline (date)”.",
  },
  conditional: {
    ru: "{place}: пункт {item} «{title}», «{text}» — срок не определён: зависит от события — впишите дату в столбец «Срок (дата)», когда она станет известна.",
    en: "{place}: item {item} “{title}”, “{text}” — no deadline yet: depends on an event — enter the date in “Deadline (date)” once it is known.",
  },
  "template-year": {
    ru: "{place}: у пункта {item} «{title}» срок «{text}» зависит от года создания Кванториума (X) — укажите «Год создания» в реестре или в настройках.",
    en: "{place}: item {item} “{title}” has deadline “{text}” that depends on the year X the Kvantorium is created — fill “Year created” in the registry or the settings.",
  },
  unknown: {
    ru: "{place}: срок пункта {item} «{title}» не распознан: «{text}». Впишите дату в столбец «Срок (дата)».",
    en: "{place}: the deadline of item {item} “{title}” is not recognised: “{text}”. Enter the date in “Deadline (date)”.",
  },
  start: {
    ru: "{place}: «{text}» у пункта {item} «{title}» — это начало работ, а не срок. Впишите срок в столбец «Срок (дата)».",
    en: "{place}: “{text}” of item {item} “{title}” is a start date, not a deadline. Enter the deadline in “Deadline (date)”.",
  },
  empty: {
    ru: "{place}: у пункта {item} «{title}» не указан срок.",
    en: "{place}: item {item} “{title}” has no deadline.",
  },
  schoolTemplateYear: {
    ru: "{place}: срок пункта {item} («{text}») зависит от года создания Кванториума; укажите его в реестре.",
    en: "{place}: the deadline of item {item} (“{text}”) depends on the year the Kvantorium is created; fill it in the registry.",
  },
};

export const deadlineMissing: Rule = {
  meta: {
    id: "deadline-missing",
    category: "deadline",
    defaultSeverity: "warning",
    description: { ru: "Срок нельзя определить как дату", en: "The deadline cannot be resolved to a date" },
    messages: reasons,
  },
  check(ctx, report) {
    for (const e of ctx.roadmap) {
      if (!e.unresolved || e.sheet === undefined || e.row === undefined) continue;
      // Per-school template deadlines may resolve per school; those are reported on the school's cell.
      if (e.perSchool && e.unresolved === "template-year" && ctx.steps.some((s) => s.item === e)) continue;
      const at = e.deadlineCell ?? { row: e.row, col: 0 };
      report({
        messageId: e.deadlineText.trim() ? e.unresolved : "empty",
        sheet: e.sheet,
        ...at,
        measure: e.number,
        data: { title: shortTitle(e.title), text: e.deadlineText },
      });
    }
    for (const s of ctx.steps) {
      if (s.unresolved !== "template-year" || s.item.unresolved === null) continue;
      report({
        messageId: "schoolTemplateYear",
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        school: s.school,
        measure: s.item.number,
        data: { text: s.item.deadlineText },
      });
    }
  },
};
