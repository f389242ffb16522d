import type { Lang } from "../domain/finding";
import { formatRu } from "../domain/iso-date";
import { quarterOf, type Quarter } from "../domain/quarter";
import type { SheetModel } from "../domain/sheet-model";
import { countedSteps, repeatedSchools } from "../engine/counted-steps";
import type { CheckContext } from "../engine/context";
import { quarterLabel } from "../engine/indicator-values";
import type { CheckResult } from "../engine/types";
import { buildCoverSheet } from "./report-cover";
import { buildOverdueSheet } from "./report-overdue";
import { buildRoadmapSheet } from "./report-roadmap";
import { buildSchoolSheet } from "./report-school-table";
import { reportIndicators, schoolLines, type SchoolLine } from "./report-schools";
import { REPORT_TEXT } from "./report-text";
import { pluralRu } from "./plural-ru";

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

/** The report's sheets: the cover, then one sheet per table, named after the report. */
export function reportSheetNames(q: Quarter): { cover: string; roadmap: string; schools: string; overdue: string } {
  const base = reportSheetName(q);
  const t = REPORT_TEXT.ru;
  return {
    cover: base,
    roadmap: `${base} — ${t.sheetRoadmap}`,
    schools: `${base} — ${t.sheetSchools}`,
    overdue: `${base} — ${t.sheetOverdue}`,
  };
}

/** Everything the report's sheets are built from, computed once. */
export interface ReportData {
  ctx: CheckContext;
  lang: Lang;
  t: Record<string, string>;
  quarter: Quarter;
  quarterText: string;
  names: ReturnType<typeof reportSheetNames>;
  steps: CheckContext["steps"];
  lines: SchoolLine[];
  indicators: ReturnType<typeof reportIndicators>;
  /** Report-level notes (duplicates, defaults, exclusions), shown on the cover and under the school table. */
  notes: string[];
  /** Codes whose plan comes from the built-in catalogue. */
  defaultPlans: string[];
  opts: QuarterlyReportOptions;
}

function timesText(n: number, lang: Lang): string {
  if (lang === "en") return n === 2 ? "twice" : `${n} times`;
  return n === 2 ? "дважды" : `${n} ${pluralRu(n, "раз", "раза", "раз")}`;
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

function reportNotes(d: Omit<ReportData, "notes">): string[] {
  const { t, lang } = d;
  const notes: string[] = [];
  for (const r of repeatedSchools(d.ctx)) {
    const rows = r.rows.map((x) => x + 1);
    notes.push(
      fill(t.duplicateNote, {
        school: r.school,
        times: timesText(rows.length, lang),
        sheet: r.sheet,
        rows: rows.join(", "),
        first: rows[0],
      }),
    );
  }
  if (d.defaultPlans.length > 0) notes.push(fill(t.defaultsNote, { codes: d.defaultPlans.join(", ") }));
  const excluded = d.lines.reduce((n, l) => n + l.indicators.filter((c) => c.state === "excluded").length, 0);
  if (excluded > 0) {
    const count =
      lang === "ru"
        ? `${excluded} ${pluralRu(excluded, "значение", "значения", "значений")}`
        : `${excluded} value${excluded === 1 ? "" : "s"}`;
    notes.push(fill(t.excludedNote, { count }));
  }
  if (d.lines.some((l) => l.indicators.some((c) => c.state === "missing"))) notes.push(t.noDataNote);
  return notes;
}

/**
 * The quarterly report (roadmap item 13, PRODUCT.md §5) as plain sheet models: a cover
 * (header, summary by status, notes, contents) and one sheet per table, so each printed
 * page repeats its own table's headers (Excel repeats one block of title rows per sheet).
 * Built only from the check result, so the same input always gives the same models.
 */
export function buildQuarterlyReport(
  result: CheckResult & { context: CheckContext },
  opts: QuarterlyReportOptions,
): SheetModel[] {
  const ctx = result.context;
  const lang = opts.lang;
  const t = REPORT_TEXT[lang];
  const quarter = ctx.quarter ?? (quarterOf(ctx.asOf) as Quarter);
  const indicators = reportIndicators(ctx);
  const steps = countedSteps(ctx.steps);
  const lines = schoolLines(ctx, quarter, indicators, steps, result.findings, lang);
  const defaultPlans = indicators.filter((r) => r.source === "builtin" && r.plan !== null).map((r) => r.code);
  const base = {
    ctx,
    lang,
    t,
    quarter,
    quarterText: `${quarterLabel(quarter, lang)} (${t.asOf.toLowerCase()} ${lang === "ru" ? formatRu(ctx.asOf) : ctx.asOf})`,
    names: reportSheetNames(quarter),
    steps,
    lines,
    indicators,
    defaultPlans,
    opts,
  };
  const data: ReportData = { ...base, notes: reportNotes(base) };
  return [buildCoverSheet(data), buildRoadmapSheet(data), buildSchoolSheet(data), buildOverdueSheet(data)];
}
