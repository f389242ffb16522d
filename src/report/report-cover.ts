import { isoToSerial } from "../domain/excel-serial";
import { todayIso } from "../domain/iso-date";
import { STATUS_FILL } from "../domain/palette";
import { BUILTIN_ROADMAP } from "../domain/roadmap";
import type { SheetModel } from "../domain/sheet-model";
import { STATUSES, type Status } from "../domain/status";
import { quarterLabel } from "../engine/indicator-values";
import type { ReportData } from "./quarterly-report";
import {
  body,
  BODY_PT,
  DATE_FMT,
  head,
  NOTE,
  num,
  reportPrint,
  SECTION,
  SheetBuilder,
  statusLabel,
  TITLE,
  wrappedHeight,
} from "./report-kit";

const WIDTHS = [30, 16, 16, 70];
const LAST = WIDTHS.length - 1;
const ALL = WIDTHS.reduce((a, b) => a + b, 0);

/** The report's first sheet: who, when, the counts by status, the notes that qualify the figures, contents. */
export function buildCoverSheet(d: ReportData): SheetModel {
  const { t, lang, ctx } = d;
  const b = new SheetBuilder();
  const title = `${t.title} — ${quarterLabel(d.quarter, lang)}`;
  b.put(0, 0, title, TITLE, LAST);
  b.heights[0] = wrappedHeight([{ text: title, chars: ALL }], 13);
  const label = { fontSize: BODY_PT, bold: true, vAlign: "top" as const };
  const value = { fontSize: BODY_PT, hAlign: "left" as const, vAlign: "top" as const };
  const generated = isoToSerial(todayIso(d.opts.generatedAt));
  const time = (d.opts.generatedAt.getHours() * 60 + d.opts.generatedAt.getMinutes()) / (24 * 60);
  b.put(1, 0, `${t.region}:`, label);
  b.put(1, 1, d.opts.region ?? BUILTIN_ROADMAP.region, value, LAST);
  b.put(2, 0, `${t.quarter}:`, label);
  b.put(2, 1, quarterLabel(d.quarter, lang), value, LAST);
  b.put(3, 0, `${t.asOf}:`, label);
  b.put(3, 1, isoToSerial(ctx.asOf), { ...value, numberFormat: DATE_FMT }, LAST);
  b.put(4, 0, `${t.generatedAt}:`, label);
  b.put(4, 1, generated + time, { ...value, numberFormat: "DD.MM.YYYY hh:mm" }, LAST);

  let row = 6;
  b.put(row++, 0, t.summarySection, SECTION, LAST);
  b.put(row, 0, t.status, head());
  b.put(row, 1, t.regionalItems, head());
  b.put(row, 2, t.schoolSteps, head());
  b.heights[row] = wrappedHeight([{ text: t.regionalItems, chars: 16 }], BODY_PT);
  row++;
  const byStatus = new Map<Status, [number, number]>(STATUSES.map((st) => [st, [0, 0]]));
  for (const e of ctx.roadmap) (byStatus.get(e.judged.status) as [number, number])[0]++;
  for (const s of d.steps) (byStatus.get(s.judged.status) as [number, number])[1]++;
  const count = { ...num(), numberFormat: "0" };
  for (const status of STATUSES) {
    const fill = STATUS_FILL[status];
    b.put(row, 0, statusLabel(status, lang), { ...body(), ...(fill ? { fill } : {}) });
    const [items, steps] = byStatus.get(status) as [number, number];
    b.put(row, 1, items, count);
    b.put(row, 2, steps, count);
    row++;
  }

  if (d.notes.length > 0) {
    row++;
    b.put(row++, 0, t.notesSection, SECTION, LAST);
    for (const n of d.notes) {
      b.put(row, 0, n, NOTE, LAST);
      b.heights[row] = wrappedHeight([{ text: n, chars: ALL }], BODY_PT);
      row++;
    }
  }

  row++;
  b.put(row++, 0, t.contentsSection, SECTION, LAST);
  const contents: [string, string][] = [
    [t.coverRoadmap, d.names.roadmap],
    [t.coverSchools, d.names.schools],
    [t.coverOverdue, d.names.overdue],
  ];
  for (const [text, sheet] of contents) {
    b.put(row, 0, text, { fontSize: BODY_PT });
    const link = b.put(
      row,
      1,
      t.sheetLink.replace("{sheet}", sheet),
      { fontSize: BODY_PT, fontColor: "#0563C1" },
      LAST,
    );
    link.link = { sheet, cell: "A1" };
    row++;
  }

  return {
    name: d.names.cover,
    cells: b.cells,
    merges: b.merges,
    columnWidths: WIDTHS,
    rowHeights: b.heights,
    print: reportPrint(d.names.cover, lang, undefined),
    tabColor: "#2F5597",
  };
}
