import { diffDays } from "../domain/iso-date";
import { STATUS_FILL } from "../domain/palette";
import type { CellStyle, SheetModel } from "../domain/sheet-model";
import type { RoadmapEntry } from "../engine/context";
import type { ReportData } from "./quarterly-report";
import {
  body,
  BODY_PT,
  DATE_FMT,
  dateValue,
  head,
  num,
  tableSheet,
  SheetBuilder,
  TITLE,
  wrappedHeight,
} from "./report-kit";

/** №, municipality, school, item number, item, due date, days overdue. */
const WIDTHS = [5, 18, 36, 6, 48, 11, 10];

/** Section 3: overdue items, regional first, then the schools' in sheet order (each school once). */
export function buildOverdueSheet(d: ReportData): SheetModel {
  const { t, lang, ctx } = d;
  const b = new SheetBuilder();
  const last = WIDTHS.length - 1;
  const title = `${t.overdueSection} — ${d.quarterText}`;
  b.put(0, 0, title, TITLE, last);
  b.heights[0] = 22;
  const headers = [t.number, t.municipality, t.school, t.itemNumber, t.item, t.due, t.daysLate];
  headers.forEach((h, col) => b.put(1, col, h, head()));
  b.heights[1] = Math.max(...headers.map((h, i) => wrappedHeight([{ text: h, chars: WIDTHS[i] }], BODY_PT)));

  const overdue: { municipality: string; school: string; item: RoadmapEntry; due: string | null }[] = [];
  for (const e of ctx.roadmap) {
    if (!e.perSchool && e.judged.status === "overdue") {
      overdue.push({ municipality: "", school: t.regionalLevel, item: e, due: e.judged.missed ?? e.judged.due });
    }
  }
  const schoolOverdue = d.steps
    .filter((s) => s.judged.status === "overdue")
    .sort((a, b2) => a.row - b2.row || Number(a.item.number) - Number(b2.item.number))
    .map((s) => ({
      municipality: s.municipality,
      school: s.school,
      item: s.item,
      due: s.judged.missed ?? s.judged.due,
    }));
  overdue.push(...schoolOverdue);

  let row = 2;
  const text = body();
  const centered: CellStyle = { ...text, hAlign: "center" };
  const dateStyle: CellStyle = { ...text, numberFormat: DATE_FMT, hAlign: "center" };
  const days: CellStyle = { ...num(), numberFormat: "0", fill: STATUS_FILL.overdue as string };
  if (overdue.length === 0) b.put(row++, 0, t.noOverdue, { ...text, italic: true }, last);
  overdue.forEach((o, i) => {
    b.put(row, 0, i + 1, centered);
    b.put(row, 1, o.municipality, text);
    b.put(row, 2, o.school, text);
    b.put(row, 3, o.item.number, centered);
    b.put(row, 4, o.item.title, text);
    b.put(row, 5, dateValue(o.due), dateStyle);
    b.put(row, 6, o.due ? diffDays(ctx.asOf, o.due) : null, days);
    b.heights[row] = wrappedHeight(
      [
        { text: o.item.title, chars: WIDTHS[4] },
        { text: o.school, chars: WIDTHS[2] },
        { text: o.municipality, chars: WIDTHS[1] },
      ],
      BODY_PT,
    );
    row++;
  });
  return tableSheet(d.names.overdue, lang, b, WIDTHS);
}
