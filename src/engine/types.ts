import type { DeadlineReading } from "../domain/deadline-describe";
import type { Finding, Lang, Severity } from "../domain/finding";
import type { PaintPlan } from "../domain/paint-plan";
import type { Status } from "../domain/status";
import type { Layout, LayoutOverrides } from "../detect/layout-types";

export interface CheckOptions {
  /** ISO date "YYYY-MM-DD"; rules never read the clock. */
  asOf: string;
  lang: Lang;
  /** Warning window W in days (default 14). */
  dueSoonDays?: number;
  /** Reporting quarter "2024-Q3"; default: latest quarter on the indicators sheet begun by asOf. */
  quarter?: string;
  /** Roadmap year (for «к 1 сентября», «до конца года»); default: detected from the roadmap. */
  roadmapYear?: number;
  /** Year X the Kvantoriums are created (template deadlines «X - 1 года»); default: registry. */
  creationYear?: number;
  /** Per-workbook severity overrides by rule id; "off" disables a rule. */
  severities?: Record<string, Severity | "off">;
  /** Sheet/column mapping set by hand in the pane. */
  mapping?: LayoutOverrides;
}

/** One roadmap item as the JSON contract (PRODUCT.md §5) shows it. */
export interface MeasureResult {
  sheet: string;
  /** 1-based row */
  row: number;
  number: string;
  title: string;
  deadline: { text: string; kind: string; due: string | null; occurrences: string[] };
  /** How the «Срок» was read, for the pane and the sheets (describeReading); not in the JSON contract. */
  reading?: DeadlineReading;
  status: Status;
  perSchool: boolean;
  doneDates: string[];
  document: string;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  info: number;
  cellsChecked: number;
}

export interface CheckResult {
  asOf: string;
  quarter: string | null;
  measures: MeasureResult[];
  findings: Finding[];
  summary: CheckSummary;
  paint: PaintPlan;
  layout: Layout;
  /** The «Замечания» sheet as written (set by the use case, not the engine). */
  issuesSheet?: string;
}
