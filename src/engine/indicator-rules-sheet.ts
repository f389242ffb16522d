import { catalogueIndicator, parseIndicatorType, type IndicatorType } from "../domain/indicator-catalogue";
import { asFraction, readNumberCell } from "../domain/number-text";
import { cellFormat, cellValue, type SheetSnapshot, type WorkbookSnapshot } from "../domain/snapshot";
import { normalizeText } from "../domain/text";
import type { SheetLayout } from "../detect/layout-types";
import { isDataRow, textAt } from "./data-rows";
import type { IndicatorRule, RuleCellProblem } from "./indicator-types";

/** Dashes and «нет» in a rules cell mean "no limit", not a data error. */
const NONE = /^(-|—|–|нет|не установлено|не задано|н\/д)$/i;
const YES = /^(да|\+|1|истина|true|yes|накопительный|нарастающим итогом)$/i;

/** Without a «Тип» the unit tells: «%» is a share, people and events are whole numbers. */
function typeFromUnit(unit: string): IndicatorType {
  const u = normalizeText(unit);
  if (u.includes("%") || u.startsWith("процент") || u.startsWith("доля")) return "percent";
  if (/^(чел|ед|шт|кол)/.test(u)) return "integer";
  return "number";
}

function numberAt(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined,
  type: IndicatorType,
  onProblem: (col: number, text: string) => void,
): number | null {
  if (col === undefined) return null;
  const raw = cellValue(sheet, row, col);
  if (typeof raw === "string" && NONE.test(raw.trim())) return null;
  const read = readNumberCell(raw, cellFormat(sheet, row, col));
  if (read.kind === "empty") return null;
  if (read.kind === "not-number") {
    onProblem(col, read.text);
    return null;
  }
  return type === "percent" ? asFraction(read) : read.value;
}

/**
 * Reads «Правила показателей»: one rule per data row with a code or a name. Bad numbers
 * become problems (reported by value-not-number) and the limit is treated as absent.
 */
export function readIndicatorRules(
  snapshot: WorkbookSnapshot,
  layout: SheetLayout | undefined,
): { rules: IndicatorRule[]; problems: RuleCellProblem[] } {
  const rules: IndicatorRule[] = [];
  const problems: RuleCellProblem[] = [];
  if (!layout) return { rules, problems };
  const sheet = snapshot.sheets.find((s) => s.name === layout.sheet);
  if (!sheet) return { rules, problems };
  const c = layout.columns;
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (!isDataRow(sheet, r, layout)) continue;
    const name = textAt(sheet, r, c.name);
    const code = textAt(sheet, r, c.code) || name;
    if (!code) continue;
    const unit = textAt(sheet, r, c.unit);
    const type = parseIndicatorType(textAt(sheet, r, c.type)) ?? typeFromUnit(unit);
    const problem = (field: RuleCellProblem["field"]) => (col: number, text: string) =>
      problems.push({ sheet: sheet.name, row: r, col, code, field, text });
    const notAbove = textAt(sheet, r, c.notAbove);
    const builtin = catalogueIndicator(code);
    rules.push({
      code,
      name: name || code,
      unit,
      type,
      min: numberAt(sheet, r, c.min, type, problem("min")),
      max: numberAt(sheet, r, c.max, type, problem("max")),
      plan: numberAt(sheet, r, c.plan, type, problem("plan")),
      notAbove: notAbove && !NONE.test(notAbove) ? notAbove : null,
      cumulative: YES.test(textAt(sheet, r, c.cumulative)),
      // The sheet has no column for a share's base; the catalogue knows it for its own codes.
      base: builtin && builtin.type === type ? builtin.base : null,
      source: { sheet: sheet.name, row: r },
    });
  }
  return { rules, problems };
}
