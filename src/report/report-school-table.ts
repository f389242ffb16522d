import { DATA_ERROR_FILL, HEADER_FILL, STATUS_FILL } from "../domain/palette";
import type { CellStyle, SheetModel } from "../domain/sheet-model";
import type { IndicatorRule } from "../engine/indicator-types";
import type { ReportData } from "./quarterly-report";
import {
  body,
  columnBreaks,
  head,
  NOTE,
  num,
  PERCENT_FMT,
  reportPrint,
  SheetBuilder,
  TABLE_PT,
  TITLE,
  wrappedHeight,
} from "./report-kit";
import { totalsLine, type IndicatorCell } from "./report-schools";

/** №, municipality, school (repeated on every printed page), steps done, steps overdue. */
const FIXED_WIDTHS = [4, 14, 28, 9, 10];
const FIXED = FIXED_WIDTHS.length;
/** Fact, plan, % of plan of each indicator. */
const INDICATOR_WIDTHS = [7, 6, 6];
const HEADER_ROWS = 3;

function numberFormat(rule: IndicatorRule): string {
  if (rule.type === "percent") return PERCENT_FMT;
  return rule.type === "integer" ? "#,##0" : "#,##0.00";
}

/**
 * Section 2: per school, its steps and each indicator's fact, plan and % of plan, with the
 * totals row and the notes that qualify them. Too wide for one A4 page at a readable size,
 * so it prints in column groups: the school columns and the headers repeat on every page.
 */
export function buildSchoolSheet(d: ReportData): SheetModel {
  const { t, lang, indicators, lines } = d;
  const b = new SheetBuilder();
  const widths = [...FIXED_WIDTHS, ...indicators.flatMap(() => INDICATOR_WIDTHS)];
  const title = `${t.schoolSection} — ${d.quarterText}`;
  // Within the repeated columns, so every column group's pages show the whole title.
  const titleStyle: CellStyle = { ...TITLE, fontSize: 11 };
  b.put(0, 0, title, titleStyle, 2);
  b.heights[0] = wrappedHeight([{ text: title, chars: FIXED_WIDTHS[0] + FIXED_WIDTHS[1] + FIXED_WIDTHS[2] }], 11);

  const H = head(TABLE_PT);
  const fixedHead = [t.number, t.municipality, t.school];
  fixedHead.forEach((text, col) => {
    b.put(1, col, text, H);
    b.mergeDown(1, col, 2, H);
  });
  b.put(1, 3, t.steps, H, 4);
  b.put(2, 3, t.stepsDone, H);
  b.put(2, 4, t.stepsOverdue, H);
  const indicatorWidth = INDICATOR_WIDTHS.reduce((a, c) => a + c, 0);
  let groupHeight = wrappedHeight([{ text: t.steps, chars: 19 }], TABLE_PT);
  indicators.forEach((rule, i) => {
    const col = FIXED + 3 * i;
    const unit = rule.unit ? `, ${rule.unit}` : "";
    const text = `${rule.code}. ${rule.name}${unit}`;
    b.put(1, col, text, H, col + 2);
    groupHeight = Math.max(groupHeight, wrappedHeight([{ text, chars: indicatorWidth }], TABLE_PT));
    b.put(2, col, t.fact, H);
    b.put(2, col + 1, rule.source === "builtin" && rule.plan !== null ? t.planDefault : t.plan, H);
    b.put(2, col + 2, t.ofPlan, H);
  });
  b.heights[1] = groupHeight;
  b.heights[2] = wrappedHeight(
    [
      { text: t.stepsOverdue, chars: 10 },
      { text: t.ofPlan, chars: 7 },
    ],
    TABLE_PT,
  );

  // Style objects are shared between cells: 10 000 schools × 21 indicator cells add up.
  const stylesFor = (extra: CellStyle) =>
    indicators.map((rule) => ({
      value: { ...num(TABLE_PT), ...extra, numberFormat: numberFormat(rule) },
      share: { ...num(TABLE_PT), ...extra, numberFormat: PERCENT_FMT },
    }));
  const plain = stylesFor({});
  const noData: CellStyle = { ...body(TABLE_PT), italic: true, hAlign: "center", fontColor: "#595959" };
  const excluded: CellStyle = { ...body(TABLE_PT), fill: DATA_ERROR_FILL, fontColor: "#9C0006" };
  const putIndicators = (r: number, cells: IndicatorCell[], styles: typeof plain): string[] => {
    const texts: string[] = [];
    indicators.forEach((_, i) => {
      const col = FIXED + 3 * i;
      const c = cells[i];
      if (c.state === "missing" && styles === plain) {
        b.put(r, col, t.noData, noData, col + 2);
      } else if (c.state === "excluded") {
        const text = `${c.shown} — ${t.notCounted}: ${c.reason}`;
        b.put(r, col, text, excluded, col + 2);
        texts.push(text);
      } else {
        b.put(r, col, c.fact, styles[i].value);
        b.put(r, col + 1, c.plan, styles[i].value);
        b.put(r, col + 2, c.ofPlan, styles[i].share);
      }
    });
    return texts;
  };

  const centered: CellStyle = { ...body(TABLE_PT), hAlign: "center" };
  const text = body(TABLE_PT);
  const count: CellStyle = { ...num(TABLE_PT), numberFormat: "0" };
  const countOverdue: CellStyle = { ...count, fill: STATUS_FILL.overdue as string };
  let row = HEADER_ROWS;
  if (lines.length === 0) b.put(row++, 0, t.noSchools, { ...text, italic: true }, 2);
  lines.forEach((l, i) => {
    b.put(row, 0, i + 1, centered);
    b.put(row, 1, l.municipality, text);
    // School names come from users: always a string value, never a formula.
    b.put(row, 2, l.school, text);
    b.put(row, 3, l.stepsDone, count);
    b.put(row, 4, l.stepsOverdue, l.stepsOverdue > 0 ? countOverdue : count);
    const marks = putIndicators(row, l.indicators, plain);
    b.heights[row] = wrappedHeight(
      [
        { text: l.school, chars: FIXED_WIDTHS[2] },
        { text: l.municipality, chars: FIXED_WIDTHS[1] },
        ...marks.map((m) => ({ text: m, chars: indicatorWidth })),
      ],
      TABLE_PT,
    );
    row++;
  });
  if (lines.length > 0) {
    const totals = totalsLine(lines, indicators, d.ctx.indicators.rules);
    const bold: CellStyle = { bold: true, fill: HEADER_FILL };
    b.put(row, 0, t.totals, { ...text, ...bold }, 2);
    b.put(row, 3, totals.stepsDone, { ...count, ...bold });
    b.put(row, 4, totals.stepsOverdue, { ...count, ...bold });
    putIndicators(row, totals.indicators, stylesFor(bold));
    row++;
  }
  // Notes under the table, within the columns that repeat on every printed page.
  const noteWidth = FIXED_WIDTHS[0] + FIXED_WIDTHS[1] + FIXED_WIDTHS[2];
  const notes = lines.length > 0 ? [...d.notes, t.totalsNote] : d.notes;
  const noteStyle: CellStyle = { ...NOTE, fontSize: TABLE_PT };
  for (const n of notes) {
    b.put(row, 0, n, noteStyle, 2);
    b.heights[row] = wrappedHeight([{ text: n, chars: noteWidth }], TABLE_PT);
    row++;
  }

  const groups: [number, number][] = [
    [3, 4],
    ...indicators.map((_, i): [number, number] => [FIXED + 3 * i, FIXED + 3 * i + 2]),
  ];
  return {
    name: d.names.schools,
    cells: b.cells,
    merges: b.merges,
    columnWidths: widths,
    rowHeights: b.heights,
    freeze: { rows: HEADER_ROWS, cols: 3 },
    print: reportPrint(
      d.names.schools,
      lang,
      { first: 0, last: HEADER_ROWS - 1 },
      {
        fitToWidth: false,
        scale: 100,
        repeatCols: { first: 0, last: 2 },
        colBreaks: columnBreaks(widths, 2, groups),
      },
    ),
    tabColor: "#2F5597",
  };
}
