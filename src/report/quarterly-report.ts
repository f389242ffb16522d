import { isoToSerial } from "../domain/excel-serial";
import type { Lang } from "../domain/finding";
import { diffDays, formatRu, todayIso } from "../domain/iso-date";
import { HEADER_FILL, LEGEND, STATUS_FILL } from "../domain/palette";
import { quarterOf, type Quarter } from "../domain/quarter";
import { BUILTIN_ROADMAP } from "../domain/roadmap";
import type { CellStyle, ModelCell, ModelValue, SheetModel } from "../domain/sheet-model";
import type { CellRange } from "../domain/snapshot";
import { isDone, STATUSES, type Status } from "../domain/status";
import type { CheckContext, RoadmapEntry } from "../engine/context";
import type { IndicatorRule } from "../engine/indicator-types";
import { quarterLabel } from "../engine/indicator-values";
import type { CheckResult } from "../engine/types";
import { REPORT_TEXT } from "./report-text";
import { reportIndicators, schoolLines, totalsLine, type IndicatorCell } from "./report-schools";

export interface QuarterlyReportOptions {
  lang: Lang;
  generatedAt: Date;
  /** Default: the built-in roadmap's region («Ленинградская область»). */
  region?: string;
}

/** «Отчёт 3 кв. 2024»: the same in both languages, so detection knows the sheet as our own. */
export function reportSheetName(q: Quarter): string {
  return `Отчёт ${q.q} кв. ${q.year}`;
}

const DATE_FMT = "DD.MM.YYYY";
const PERCENT_FMT = "0.0%";
const HEAD: CellStyle = { bold: true, fill: HEADER_FILL, border: true, wrap: true, vAlign: "middle", hAlign: "center" };
const BODY: CellStyle = { border: true, wrap: true, vAlign: "top" };
const NUM: CellStyle = { border: true, vAlign: "top", hAlign: "right" };
const SECTION: CellStyle = { bold: true, fontSize: 12 };
/** Fixed columns of the per-school table: №, municipality, school, steps done, steps overdue. */
const FIXED = 5;
/** The roadmap table spreads over 15 columns, so the sheet is at least that wide. */
const MIN_WIDTH = 15;

function statusLabel(status: Status, lang: Lang): string {
  return LEGEND.find((l) => l.status === status)?.[lang] ?? status;
}

function numberFormat(rule: IndicatorRule): string {
  if (rule.type === "percent") return PERCENT_FMT;
  return rule.type === "integer" ? "#,##0" : "#,##0.00";
}

/** Dates go in as serials with a date format, so Excel sorts and filters them as dates. */
function dateValue(iso: string | null | undefined): ModelValue {
  if (!iso) return null;
  const serial = isoToSerial(iso);
  return Number.isNaN(serial) ? iso : serial;
}

/** Merged cells do not grow with wrapped text in Excel: estimate the height from the longest text. */
function heightFor(texts: { text: string; width: number }[]): number {
  let lines = 1;
  for (const t of texts) lines = Math.max(lines, Math.ceil((t.text.length * 1.1) / Math.max(t.width, 1)));
  return Math.min(409, 15 * lines);
}

class SheetBuilder {
  readonly cells: ModelCell[] = [];
  readonly merges: CellRange[] = [];
  readonly heights: Record<number, number> = {};

  put(row: number, col: number, value: ModelValue, style?: CellStyle, toCol = col): void {
    this.cells.push(style ? { row, col, value, style } : { row, col, value });
    // Merged areas keep the border on every cell, so printed tables have no gaps.
    for (let c = col + 1; c <= toCol; c++)
      this.cells.push(style ? { row, col: c, value: null, style } : { row, col: c, value: null });
    if (toCol > col) this.merges.push({ top: row, left: col, bottom: row, right: toCol });
  }

  mergeDown(row: number, col: number, bottom: number): void {
    this.merges.push({ top: row, left: col, bottom, right: col });
  }
}

interface StepCounts {
  total: number;
  done: number;
}

/** Per-school items: how many schools have a cell for it and how many did it (one pass over the steps). */
function stepCounts(ctx: CheckContext): Map<RoadmapEntry, StepCounts> {
  const out = new Map<RoadmapEntry, StepCounts>();
  for (const s of ctx.steps) {
    let c = out.get(s.item);
    if (!c) out.set(s.item, (c = { total: 0, done: 0 }));
    c.total++;
    if (isDone(s.judged.status)) c.done++;
  }
  return out;
}

function doneText(
  e: RoadmapEntry,
  counts: StepCounts | undefined,
  t: Record<string, string>,
): { value: ModelValue; date: boolean } {
  if (e.perSchool && counts) {
    return {
      value: t.schoolsDone.replace("{done}", String(counts.done)).replace("{total}", String(counts.total)),
      date: false,
    };
  }
  const cell = e.done?.cell;
  if (!cell || cell.kind === "empty") return { value: null, date: false };
  if (cell.kind === "dates") {
    if (cell.dates.length === 1) return { value: dateValue(cell.dates[0]), date: true };
    return { value: cell.dates.map(formatRu).join("; "), date: false };
  }
  return { value: cell.text, date: false };
}

/**
 * The quarterly report (roadmap item 13, PRODUCT.md §5) as a plain sheet model: header,
 * roadmap items with their status colours, the per-school table with totals, a summary
 * by status and the list of overdue items. Built only from the check result, so the
 * same input always gives the same model.
 */
export function buildQuarterlyReport(
  result: CheckResult & { context: CheckContext },
  opts: QuarterlyReportOptions,
): SheetModel {
  const ctx = result.context;
  const lang = opts.lang;
  const t = REPORT_TEXT[lang];
  const quarter = ctx.quarter ?? (quarterOf(ctx.asOf) as Quarter);
  const indicators = reportIndicators(ctx);
  const width = Math.max(MIN_WIDTH, FIXED + 3 * indicators.length);
  const last = width - 1;
  const b = new SheetBuilder();

  // Header: two rows, frozen and repeated on every printed page.
  b.put(0, 0, `${t.title} — ${quarterLabel(quarter, lang)}`, { bold: true, fontSize: 14, vAlign: "middle" }, last);
  b.heights[0] = 24;
  const generated = isoToSerial(todayIso(opts.generatedAt));
  const time = (opts.generatedAt.getHours() * 60 + opts.generatedAt.getMinutes()) / (24 * 60);
  b.put(1, 0, `${t.region}: ${opts.region ?? BUILTIN_ROADMAP.region}`, { bold: true }, 2);
  b.put(1, 3, `${t.quarter}: ${quarterLabel(quarter, lang)}`, { bold: true }, 6);
  b.put(1, 7, `${t.asOf}:`, { hAlign: "right" }, 8);
  b.put(1, 9, dateValue(ctx.asOf), { numberFormat: DATE_FMT, hAlign: "left", bold: true }, 10);
  b.put(1, 11, `${t.generatedAt}:`, { hAlign: "right" }, 12);
  b.put(1, 13, generated + time, { numberFormat: "DD.MM.YYYY hh:mm", hAlign: "left" }, 14);

  // 1. Roadmap items.
  let row = 3;
  b.put(row++, 0, t.roadmapSection, SECTION, last);
  const rmCols = [
    { key: "number", from: 0, to: 0 },
    { key: "item", from: 1, to: 2 },
    { key: "deadline", from: 3, to: 5 },
    { key: "status", from: 6, to: 7 },
    { key: "doneDate", from: 8, to: 9 },
    { key: "document", from: 10, to: 14 },
  ];
  for (const c of rmCols) b.put(row, c.from, t[c.key], HEAD, c.to);
  row++;
  const counts = stepCounts(ctx);
  for (const e of ctx.roadmap) {
    const done = doneText(e, counts.get(e), t);
    const fill = STATUS_FILL[e.judged.status];
    b.put(row, 0, e.number, { ...BODY, hAlign: "center" });
    b.put(row, 1, e.title, BODY, 2);
    b.put(row, 3, e.deadlineText, BODY, 5);
    b.put(row, 6, statusLabel(e.judged.status, lang), { ...BODY, ...(fill ? { fill } : {}) }, 7);
    b.put(row, 8, done.value, done.date ? { ...BODY, numberFormat: DATE_FMT, hAlign: "center" } : BODY, 9);
    b.put(row, 10, e.documentText, BODY, 14);
    b.heights[row] = heightFor([
      { text: e.title, width: 64 },
      { text: e.deadlineText, width: 33 },
      { text: e.documentText, width: 55 },
      { text: typeof done.value === "string" ? done.value : "", width: 22 },
    ]);
    row++;
  }

  // 2. Per-school table.
  row++;
  b.put(row++, 0, `${t.schoolSection} — ${quarterLabel(quarter, lang)}`, SECTION, last);
  const h1 = row;
  const h2 = row + 1;
  b.put(h1, 0, t.number, HEAD);
  b.put(h2, 0, null, HEAD);
  b.mergeDown(h1, 0, h2);
  b.put(h1, 1, t.municipality, HEAD);
  b.put(h2, 1, null, HEAD);
  b.mergeDown(h1, 1, h2);
  b.put(h1, 2, t.school, HEAD);
  b.put(h2, 2, null, HEAD);
  b.mergeDown(h1, 2, h2);
  b.put(h1, 3, t.steps, HEAD, 4);
  b.put(h2, 3, t.stepsDone, HEAD);
  b.put(h2, 4, t.stepsOverdue, HEAD);
  indicators.forEach((rule, i) => {
    const col = FIXED + 3 * i;
    const unit = rule.unit ? `, ${rule.unit}` : "";
    b.put(h1, col, `${rule.code}. ${rule.name}${unit}`, { ...HEAD, fontSize: 9 }, col + 2);
    b.put(h2, col, t.fact, HEAD);
    b.put(h2, col + 1, t.plan, HEAD);
    b.put(h2, col + 2, t.ofPlan, HEAD);
  });
  const longest = Math.max(0, ...indicators.map((r) => r.name.length + r.code.length + r.unit.length + 4));
  b.heights[h1] = Math.max(30, Math.min(150, 12 * Math.ceil((longest * 1.15) / 33)));
  row = h2 + 1;
  const lines = schoolLines(ctx, quarter, indicators);
  // Style objects are shared between cells: 10 000 schools × 21 indicator cells add up.
  const indicatorStyles = (extra: CellStyle) =>
    indicators.map((rule) => ({
      value: { ...NUM, ...extra, numberFormat: numberFormat(rule) },
      share: { ...NUM, ...extra, numberFormat: PERCENT_FMT },
    }));
  const plainStyles = indicatorStyles({});
  const putIndicators = (r: number, cells: IndicatorCell[], styles: typeof plainStyles) => {
    indicators.forEach((_, i) => {
      const col = FIXED + 3 * i;
      const c = cells[i];
      b.put(r, col, c.fact, styles[i].value);
      b.put(r, col + 1, c.plan, styles[i].value);
      b.put(r, col + 2, c.ofPlan, styles[i].share);
    });
  };
  const centered: CellStyle = { ...BODY, hAlign: "center" };
  const count: CellStyle = { ...NUM, numberFormat: "0" };
  const countOverdue: CellStyle = { ...count, fill: STATUS_FILL.overdue as string };
  if (lines.length === 0) {
    b.put(row++, 0, t.noSchools, { ...BODY, italic: true }, last);
  }
  lines.forEach((l, i) => {
    b.put(row, 0, i + 1, centered);
    b.put(row, 1, l.municipality, BODY);
    // School names come from users: always a string value, never a formula.
    b.put(row, 2, l.school, BODY);
    b.put(row, 3, l.stepsDone, count);
    b.put(row, 4, l.stepsOverdue, l.stepsOverdue > 0 ? countOverdue : count);
    putIndicators(row, l.indicators, plainStyles);
    row++;
  });
  if (lines.length > 0) {
    const totals = totalsLine(lines, indicators, ctx.indicators.rules);
    const bold: CellStyle = { bold: true, fill: HEADER_FILL };
    b.put(row, 0, t.totals, { ...BODY, ...bold }, 2);
    b.put(row, 3, totals.stepsDone, { ...NUM, ...bold, numberFormat: "0" });
    b.put(row, 4, totals.stepsOverdue, { ...NUM, ...bold, numberFormat: "0" });
    putIndicators(row, totals.indicators, indicatorStyles(bold));
    row++;
    b.put(row, 0, t.totalsNote, { italic: true, wrap: true, fontSize: 9, vAlign: "top" }, last);
    b.heights[row] = 26;
    row++;
  }

  // 3. Summary counts by status.
  row++;
  b.put(row++, 0, t.summarySection, SECTION, last);
  b.put(row, 0, t.status, HEAD, 2);
  b.put(row, 3, t.regionalItems, HEAD, 4);
  b.put(row, 5, t.schoolSteps, HEAD, 6);
  b.heights[row] = 30;
  row++;
  const byStatus = new Map<Status, [number, number]>(STATUSES.map((st) => [st, [0, 0]]));
  for (const e of ctx.roadmap) (byStatus.get(e.judged.status) as [number, number])[0]++;
  for (const s of ctx.steps) (byStatus.get(s.judged.status) as [number, number])[1]++;
  for (const status of STATUSES) {
    const fill = STATUS_FILL[status];
    b.put(row, 0, statusLabel(status, lang), { ...BODY, ...(fill ? { fill } : {}) }, 2);
    const [items, steps] = byStatus.get(status) as [number, number];
    b.put(row, 3, items, { ...NUM, numberFormat: "0" }, 4);
    b.put(row, 5, steps, { ...NUM, numberFormat: "0" }, 6);
    row++;
  }

  // 4. Overdue items: regional first, then the schools'.
  row++;
  b.put(row++, 0, t.overdueSection, SECTION, last);
  const od = [
    { key: "number", from: 0, to: 0 },
    { key: "municipality", from: 1, to: 1 },
    { key: "school", from: 2, to: 2 },
    { key: "itemNumber", from: 3, to: 3 },
    { key: "item", from: 4, to: 9 },
    { key: "due", from: 10, to: 11 },
    { key: "daysLate", from: 12, to: 13 },
  ];
  for (const c of od) b.put(row, c.from, t[c.key], HEAD, c.to);
  row++;
  const overdue: { municipality: string; school: string; item: RoadmapEntry; due: string | null }[] = [];
  for (const e of ctx.roadmap) {
    if (!e.perSchool && e.judged.status === "overdue") {
      overdue.push({ municipality: "", school: t.regionalLevel, item: e, due: e.judged.missed ?? e.judged.due });
    }
  }
  // Schools in sheet order (as in the per-school table), each school's items by number.
  const schoolOverdue = ctx.steps
    .filter((s) => s.judged.status === "overdue")
    .sort((a, b2) => a.row - b2.row || Number(a.item.number) - Number(b2.item.number))
    .map((s) => ({
      municipality: s.municipality,
      school: s.school,
      item: s.item,
      due: s.judged.missed ?? s.judged.due,
    }));
  overdue.push(...schoolOverdue);
  if (overdue.length === 0) b.put(row++, 0, t.noOverdue, { ...BODY, italic: true }, 13);
  const dateStyle: CellStyle = { ...BODY, numberFormat: DATE_FMT, hAlign: "center" };
  overdue.forEach((o, i) => {
    b.put(row, 0, i + 1, centered);
    b.put(row, 1, o.municipality, BODY);
    b.put(row, 2, o.school, BODY);
    b.put(row, 3, o.item.number, centered);
    b.put(row, 4, o.item.title, BODY, 9);
    b.put(row, 10, dateValue(o.due), dateStyle, 11);
    b.put(row, 12, o.due ? diffDays(ctx.asOf, o.due) : null, countOverdue, 13);
    b.heights[row] = heightFor([
      { text: o.item.title, width: 66 },
      { text: o.school, width: 40 },
    ]);
    row++;
  });

  const columnWidths = Array.from({ length: width }, (_, c) =>
    c === 0 ? 6 : c === 1 ? 24 : c === 2 ? 40 : c <= 4 ? 12 : 11,
  );
  return {
    name: reportSheetName(quarter),
    cells: b.cells,
    merges: b.merges,
    columnWidths,
    rowHeights: b.heights,
    freeze: { rows: 2, cols: 3 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 1 } },
    tabColor: "#2F5597",
  };
}
