import { codeKey, INDICATOR_CATALOGUE } from "../domain/indicator-catalogue";
import { asFraction, readNumberCell } from "../domain/number-text";
import { compareQuarter, parseQuarter, quarterStart, type Quarter } from "../domain/quarter";
import { type CellValue, cellFormat, cellValue, type SheetSnapshot, type WorkbookSnapshot } from "../domain/snapshot";
import { schoolKey } from "../domain/text";
import type { Layout, SheetLayout } from "../detect/layout-types";
import type { School } from "./context";
import { isDataRow, textAt } from "./data-rows";
import { matchIndicatorRule } from "./indicator-columns";
import { readIndicatorRules } from "./indicator-rules-sheet";
import type {
  IndicatorColumn,
  IndicatorModel,
  IndicatorRow,
  IndicatorRule,
  IndicatorValue,
  ValueProblem,
} from "./indicator-types";

/** A dash in a value cell means "nothing to report", like a blank: indicator-missing, not a type error. */
const DASH = /^[-—–]$/;

const BUILTIN_RULES: readonly IndicatorRule[] = INDICATOR_CATALOGUE.map((d) => ({ ...d, source: "builtin" as const }));

/**
 * Matches the indicator columns. The workbook's rules win; a column they do not name falls
 * back to the built-in catalogue, so a partial rules sheet still gets the other columns checked.
 */
function matchColumns(
  layout: SheetLayout,
  workbookRules: IndicatorRule[],
): { rules: IndicatorRule[]; columns: IndicatorColumn[]; unmatched: IndicatorModel["unmatchedColumns"] } {
  const rules = [...workbookRules];
  const columns: IndicatorColumn[] = [];
  const unmatched: IndicatorModel["unmatchedColumns"] = [];
  const entries = Object.entries(layout.indicatorColumns ?? {}).sort((a, b) => a[1] - b[1]);
  for (const [header, col] of entries) {
    let rule = matchIndicatorRule(header, workbookRules);
    if (!rule) {
      const builtin = matchIndicatorRule(header, BUILTIN_RULES);
      if (builtin) {
        // A header with the catalogue's name for a code the sheet defines uses the sheet's rule.
        rule = rules.find((r) => codeKey(r.code) === codeKey(builtin.code)) ?? builtin;
        if (!rules.includes(rule)) rules.push(rule);
      }
    }
    // One column per indicator: a second column with the same code is left alone.
    if (rule && !columns.some((c) => c.rule === rule)) columns.push({ col, header, rule });
    else unmatched.push({ sheet: layout.sheet, col, header });
  }
  return { rules, columns, unmatched };
}

type ReadPart = Pick<IndicatorValue, "raw" | "value" | "empty" | "problem" | "readAsPercentPoints">;

/**
 * One value cell. What it shares with its row (sheet, row, school, quarter…) is read
 * through the row rather than copied into each value: a 10,000-school sheet has 280,000
 * values, and seven fields each instead of thirteen is that much less to allocate and for
 * the garbage collector to copy.
 */
class RowValue implements IndicatorValue {
  raw: CellValue = null;
  value: number | null = null;
  empty = false;
  problem: ValueProblem = null;
  declare readAsPercentPoints?: boolean;

  constructor(
    private readonly at: IndicatorRow,
    readonly col: number,
    readonly rule: IndicatorRule,
  ) {}

  get sheet(): string {
    return this.at.sheet;
  }
  get row(): number {
    return this.at.row;
  }
  get school(): string {
    return this.at.school;
  }
  get schoolKey(): string {
    return this.at.schoolKey;
  }
  get municipality(): string {
    return this.at.municipality;
  }
  get quarter(): Quarter | null {
    return this.at.quarter;
  }
}

/** Fills the parsed part of a value in place (280 000 values for 10 000 schools: no extra objects). */
function readValue(sheet: SheetSnapshot, row: number, column: IndicatorColumn, out: ReadPart): void {
  const raw = cellValue(sheet, row, column.col);
  const type = column.rule.type;
  out.raw = raw;
  out.value = null;
  out.empty = false;
  out.problem = null;
  if (typeof raw === "number" && Number.isFinite(raw) && type !== "percent") {
    if (type !== "date" && type !== "text") out.value = raw;
    return;
  }
  const blank = raw === null || (typeof raw === "string" && (raw.trim() === "" || DASH.test(raw.trim())));
  if (blank) {
    out.empty = true;
    return;
  }
  // Dates and free text are carried through unchecked: no numeric rule applies to them.
  if (type === "date" || type === "text") return;
  const read = readNumberCell(raw, cellFormat(sheet, row, column.col));
  if (read.kind === "empty") out.empty = true;
  else if (read.kind === "not-number") out.problem = "not-number";
  else if (type !== "percent") out.value = read.value;
  else {
    out.value = asFraction(read);
    if (!read.percent && out.value !== read.value) out.readAsPercentPoints = true;
  }
}

/** The default reporting quarter: the latest one on the sheet that has begun by asOf (PRODUCT.md §4). */
export function defaultQuarter(rows: readonly IndicatorRow[], asOf: string): Quarter | null {
  let best: Quarter | null = null;
  for (const r of rows) {
    if (!r.quarter || quarterStart(r.quarter) > asOf) continue;
    if (!best || compareQuarter(r.quarter, best) > 0) best = r.quarter;
  }
  return best;
}

/**
 * Reads indicator rules (the workbook's «Правила показателей», else the built-in
 * catalogue) and every value on the indicators sheet, and picks the reporting quarter.
 */
export function buildIndicators(
  snapshot: WorkbookSnapshot,
  layout: Layout,
  asOf: string,
  requested: Quarter | null,
  schools: readonly School[] = [],
): { model: IndicatorModel; quarter: Quarter | null } {
  const fromSheet = readIndicatorRules(snapshot, layout.indicatorRules);
  const workbookRules = fromSheet.rules;
  const base = {
    rulesSource: (workbookRules.length > 0 ? "workbook" : "builtin") as IndicatorModel["rulesSource"],
    ruleProblems: fromSheet.problems,
  };
  const l = layout.indicators;
  const sheet = l ? snapshot.sheets.find((s) => s.name === l.sheet) : undefined;
  if (!l || !sheet || l.columns.school === undefined) {
    const rules = workbookRules.length > 0 ? workbookRules : [...BUILTIN_RULES];
    const model = { ...base, rules, rows: [], values: [], columns: [], unmatchedColumns: [] };
    return { model, quarter: requested };
  }
  const { rules, columns, unmatched } = matchColumns(l, workbookRules);
  const municipalityOf = new Map<string, string>();
  for (const s of schools) if (s.municipality && !municipalityOf.has(s.key)) municipalityOf.set(s.key, s.municipality);

  const rows: IndicatorRow[] = [];
  const values: IndicatorValue[] = [];
  /** The first row of each school key and quarter (year × 4 + quarter), to tell duplicates. */
  const firstRow = new Map<string, Map<number, number>>();
  const periodCol = l.columns.period ?? -1;
  // A school has a row per quarter and a quarter a row per school: parse each text once.
  const keys = new Map<string, string>();
  const quarters = new Map<CellValue, Map<string, Quarter | null>>();
  for (let r = l.firstDataRow; r <= l.lastDataRow; r++) {
    if (!isDataRow(sheet, r, l)) continue;
    const school = textAt(sheet, r, l.columns.school);
    if (!school) continue;
    let key = keys.get(school);
    if (key === undefined) keys.set(school, (key = schoolKey(school)));
    const periodRaw = periodCol >= 0 ? cellValue(sheet, r, periodCol) : null;
    let quarter: Quarter | null = null;
    if (periodCol >= 0) {
      // By the cell's value (a Map tells 2023 from "2023"), then its format: no key string per row.
      const fmt = cellFormat(sheet, r, periodCol);
      let byFormat = quarters.get(periodRaw);
      if (!byFormat) quarters.set(periodRaw, (byFormat = new Map()));
      const known = byFormat.get(fmt);
      if (known !== undefined) quarter = known;
      else byFormat.set(fmt, (quarter = parseQuarter(periodRaw, fmt)));
    }
    const municipality = textAt(sheet, r, l.columns.municipality) || municipalityOf.get(key) || "";
    const row: IndicatorRow = {
      sheet: sheet.name,
      row: r,
      school,
      schoolKey: key,
      municipality,
      quarter,
      periodCol,
      schoolCol: l.columns.school,
      periodRaw,
    };
    if (quarter) {
      let bySchool = firstRow.get(key);
      if (!bySchool) firstRow.set(key, (bySchool = new Map()));
      const id = quarter.year * 4 + quarter.q;
      const first = bySchool.get(id);
      if (first === undefined) bySchool.set(id, r);
      else row.duplicateOf = first;
    }
    rows.push(row);
    for (const column of columns) {
      const v = new RowValue(row, column.col, column.rule);
      readValue(sheet, r, column, v);
      values.push(v);
    }
  }
  const model: IndicatorModel = { ...base, rules, rows, values, columns, unmatchedColumns: unmatched };
  return { model, quarter: requested ?? defaultQuarter(rows, asOf) };
}
