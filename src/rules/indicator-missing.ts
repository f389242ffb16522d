import { quarterKey } from "../domain/quarter";
import { cellText } from "../domain/text";
import { quarterLabel } from "../engine/indicator-values";
import type { Rule } from "./rule-types";

export const indicatorMissing: Rule = {
  meta: {
    id: "indicator-missing",
    category: "indicator",
    defaultSeverity: "warning",
    paint: "warning",
    description: {
      ru: "Школа не сдала показатели за отчётный квартал",
      en: "A school has no indicator values for the reporting quarter",
    },
    messages: {
      "no-row": {
        ru: "{place}: на листе «{indicators}» нет строки за {quarter}. Добавьте строку со значениями показателей.",
        en: "{place}: the sheet “{indicators}” has no row for {quarter}. Add a row with the indicator values.",
      },
      empty: {
        ru: "{place}: не заполнен показатель {item} за {quarter}.",
        en: "{place}: indicator {item} for {quarter} is empty.",
      },
      period: {
        ru: "{place}: отчётный период «{period}» не распознан, значения этой строки не отнесены ни к одному кварталу. Напишите, например, «III квартал 2024» или «2024-Q3».",
        en: "{place}: the reporting period “{period}” is not recognised, so this row's values belong to no quarter. Write e.g. “III квартал 2024” or “2024-Q3”.",
      },
    },
  },
  check(ctx, report) {
    const model = ctx.indicators;
    const sheet = ctx.layout.indicators?.sheet;
    if (!sheet) return;
    for (const r of model.rows) {
      if (r.quarter || r.periodCol < 0) continue;
      report({
        messageId: "period",
        sheet: r.sheet,
        row: r.row,
        col: r.periodCol,
        school: r.school,
        data: { period: cellText(r.periodRaw) },
      });
    }
    const q = ctx.quarter;
    if (!q) return;
    const quarter = quarterLabel(q, ctx.lang);
    const key = quarterKey(q);
    const rowOf = new Map<string, number>();
    for (const r of model.rows) {
      if (r.quarter && quarterKey(r.quarter) === key && !rowOf.has(r.schoolKey)) rowOf.set(r.schoolKey, r.row);
    }
    const emptyByRow = new Map<number, typeof model.values>();
    for (const v of model.values) {
      if (!v.empty) continue;
      const list = emptyByRow.get(v.row);
      if (list) list.push(v);
      else emptyByRow.set(v.row, [v]);
    }
    const seen = new Set<string>();
    for (const s of ctx.schools) {
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      const row = rowOf.get(s.key);
      if (row === undefined) {
        report({
          messageId: "no-row",
          sheet: s.sheet,
          row: s.row,
          col: s.col,
          school: s.name,
          data: { indicators: sheet, quarter },
        });
        continue;
      }
      for (const v of emptyByRow.get(row) ?? []) {
        report({
          messageId: "empty",
          sheet: v.sheet,
          row: v.row,
          col: v.col,
          school: v.school,
          measure: v.rule.code,
          data: { quarter },
        });
      }
    }
  },
};
