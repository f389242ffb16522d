import type { Rule } from "./rule-types";

export const schoolUnknown: Rule = {
  meta: {
    id: "school-unknown",
    category: "school",
    defaultSeverity: "error",
    paint: "data-error",
    description: { ru: "Школы нет в реестре", en: "A school that is not in the registry" },
    messages: {
      unknown: {
        ru: "{place}: этой школы нет в реестре «{registry}». Проверьте название или добавьте школу в реестр.",
        en: "{place}: this school is not in the registry “{registry}”. Check the name or add the school to the registry.",
      },
    },
  },
  check(ctx, report) {
    const registry = ctx.layout.registry;
    if (!registry || ctx.schools.length === 0) return;
    const seen = new Set<string>();
    const check = (sheet: string, row: number, col: number, school: string, key: string) => {
      const id = `${sheet}|${row}`;
      if (ctx.schoolsByKey.has(key) || seen.has(id)) return;
      seen.add(id);
      report({ messageId: "unknown", sheet, row, col, school, data: { registry: registry.sheet } });
    };
    const steps = ctx.layout.steps;
    if (steps && steps.sheet !== registry.sheet && steps.columns.school !== undefined) {
      for (const s of ctx.steps) check(s.sheet, s.row, steps.columns.school, s.school, s.schoolKey);
    }
    for (const r of ctx.indicators.rows) check(r.sheet, r.row, r.schoolCol, r.school, r.schoolKey);
  },
};
