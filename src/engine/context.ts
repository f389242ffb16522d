import type { DateCell } from "../domain/date-cell";
import type { Deadline, DeadlineContext } from "../domain/deadline";
import type { Lang } from "../domain/finding";
import type { Judgement } from "../domain/judge-status";
import type { Quarter } from "../domain/quarter";
import type { CellValue, WorkbookSnapshot } from "../domain/snapshot";
import type { Layout, Role } from "../detect/layout-types";
import type { IndicatorModel } from "./indicator-types";

/** Why a deadline has no date (deadline-missing). */
export type UnresolvedReason = "schedule" | "conditional" | "template-year" | "unknown" | "start";

/** A roadmap item as found on the roadmap sheet (or taken from the built-in roadmap). */
export interface RoadmapEntry {
  number: string;
  title: string;
  perSchool: boolean;
  /** Sheet and 0-based row on the roadmap sheet; absent for built-in items not in the workbook. */
  sheet?: string;
  row?: number;
  deadlineText: string;
  deadline: Deadline;
  /** Where the deadline text is (for deadline-missing on regional items). */
  deadlineCell?: { row: number; col: number };
  /** A «Срок (дата)» cell that holds something other than a date. */
  deadlineDate?: { row: number; col: number; cell: Extract<DateCell, { kind: "invalid" }> };
  documentText: string;
  documentCell?: { row: number; col: number };
  /** Regional items: the done-date cell on the roadmap sheet. */
  done?: { row: number; col: number; cell: DateCell; raw: CellValue };
  /** Regional: the item's own judgement; per-school: the roll-up of all schools. */
  judged: Judgement;
  occurrences: string[];
  unresolved: UnresolvedReason | null;
  /** Working-day due dates computed outside the production calendar's years. */
  approximate: boolean;
  /** A per-school item judged in the schools' cells: its roadmap row only shows the roll-up. */
  rolledUp: boolean;
}

export interface School {
  name: string;
  key: string;
  municipality: string;
  sheet: string;
  row: number;
  col: number;
  creationYear: number | null;
}

/** One school's cell for one per-school roadmap item. */
export interface StepCell {
  sheet: string;
  row: number;
  col: number;
  school: string;
  /** Normalised school name (schoolKey), computed once per row. */
  schoolKey: string;
  municipality: string;
  item: RoadmapEntry;
  raw: CellValue;
  cell: DateCell;
  occurrences: string[];
  unresolved: UnresolvedReason | null;
  approximate: boolean;
  judged: Judgement;
}

export interface StructureProblem {
  kind: "sheet" | "column";
  role: Role;
  /** Column key for kind "column". */
  key?: string;
  /** The sheet the column is missing from (kind "column"). */
  sheet?: string;
  headerRow?: number;
}

/** Everything rules look at, parsed once. Rules never read the clock: asOf is here. */
export interface CheckContext {
  snapshot: WorkbookSnapshot;
  layout: Layout;
  asOf: string;
  lang: Lang;
  windowDays: number;
  deadlineContext: DeadlineContext;
  roadmap: RoadmapEntry[];
  schools: School[];
  schoolsByKey: Map<string, School[]>;
  steps: StepCell[];
  structure: StructureProblem[];
  quarter: Quarter | null;
  indicators: IndicatorModel;
}
