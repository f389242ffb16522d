/**
 * A tiny builder for `WorkbookSnapshot`s in tests: sheets from arrays of rows, dates as
 * Excel serials with a «DD.MM.YYYY» format (what Excel itself stores), merges as A1 ranges.
 * Plus the usual monitoring workbook (roadmap + registry with step columns) so each rule
 * test only spells out the cells it is about.
 */
import { parseA1 } from "../../src/domain/cell-address";
import { isoToSerial } from "../../src/domain/excel-serial";
import type { Finding } from "../../src/domain/finding";
import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import { buildContext } from "../../src/engine/build-context";
import type { CheckContext } from "../../src/engine/context";
import { runRules } from "../../src/engine/run-rules";
import type { CheckOptions } from "../../src/engine/types";
import type { Rule } from "../../src/rules/rule-types";

export const DATE_FORMAT = "DD.MM.YYYY";

/** A real date cell: the serial of an ISO or «DD.MM.YYYY» date, shown with a date format. */
export interface DateInput {
  readonly kind: "date";
  readonly serial: number;
}

export type CellInput = CellValue | DateInput | undefined;

/** `d("15.02.2024")` or `d("2024-02-15")`: a date cell as Excel stores it. */
export function d(date: string): DateInput {
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(date);
  const iso = ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : date;
  const serial = isoToSerial(iso);
  if (Number.isNaN(serial)) throw new Error(`test bug: ${date} is not a real date (type it as text instead)`);
  return { kind: "date", serial };
}

function isDateInput(v: CellInput): v is DateInput {
  return typeof v === "object" && v !== null && (v as DateInput).kind === "date";
}

/** "A4:C5" or "B2" → a 0-based range. */
export function range(a1Range: string): CellRange {
  const [from, to = from] = a1Range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error(`test bug: bad range ${a1Range}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export interface SheetOptions {
  merges?: string[];
  hiddenRows?: number[];
  visibility?: SheetSnapshot["visibility"];
}

/** One sheet; its index is set by `workbook()` from the order the sheets are given in. */
export function sheet(name: string, rows: CellInput[][], options: SheetOptions = {}): SheetSnapshot {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  rows.forEach((row, r) => {
    values[r] = row.map((v) => (isDateInput(v) ? v.serial : (v ?? null)));
    formats[r] = row.map((v) => (isDateInput(v) ? DATE_FORMAT : null));
  });
  const out: SheetSnapshot = { name, index: 0, rows: values, formats };
  if (options.merges) out.merges = options.merges.map(range);
  if (options.hiddenRows) out.hiddenRows = options.hiddenRows;
  if (options.visibility) out.visibility = options.visibility;
  return out;
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets: sheets.map((s, index) => ({ ...s, index })) };
}

// ---------------------------------------------------------------------------------------
// The usual monitoring workbook. Row numbers in tests are Excel's (1-based): with the
// layouts below, roadmap item rows start at row 2 and school rows at row 2.

export const ROADMAP = "Дорожная карта";
export const REGISTRY = "Реестр ОО";

export const ROADMAP_HEADER = [
  "№",
  "Наименование мероприятия",
  "Срок",
  "Срок (дата)",
  "Дата исполнения",
  "Реквизиты документа",
] as const;

/** Column letters of the standard roadmap: C Срок, D Срок (дата), E Дата исполнения, F Реквизиты. */
export const RM = { number: "A", title: "B", deadline: "C", deadlineDate: "D", done: "E", document: "F" } as const;

export interface ItemRow {
  number: string;
  title?: string;
  deadline?: CellInput;
  deadlineDate?: CellInput;
  done?: CellInput;
  document?: CellInput;
}

export function roadmapRow(i: ItemRow): CellInput[] {
  return [i.number, i.title ?? `Мероприятие ${i.number}`, i.deadline, i.deadlineDate, i.done, i.document];
}

export function roadmapSheet(items: ItemRow[], name = ROADMAP): SheetSnapshot {
  return sheet(name, [[...ROADMAP_HEADER], ...items.map(roadmapRow)]);
}

/**
 * The printed-order layout: a title row, every header merged over rows 2–3 and a «1 2 3 …»
 * numbering row, so items start at row 5 (same columns as `roadmapSheet`).
 */
export function mergedRoadmapSheet(items: ItemRow[], name = ROADMAP): SheetSnapshot {
  const blank = ROADMAP_HEADER.map(() => null);
  return sheet(
    name,
    [
      ["Комплекс мер (дорожная карта) на 2024 год"],
      [...ROADMAP_HEADER],
      blank,
      ROADMAP_HEADER.map((_, i) => i + 1),
      ...items.map(roadmapRow),
    ],
    { merges: ["A1:F1", ...["A", "B", "C", "D", "E", "F"].map((c) => `${c}2:${c}3`)] },
  );
}

/** Registry columns: A №, B Муниципальный район, C Образовательная организация, D Год создания, E… steps. */
export const REG = { number: "A", municipality: "B", school: "C", year: "D", firstStep: "E" } as const;

export interface SchoolRow {
  name: CellInput;
  municipality?: string;
  /** Default 2024; null leaves «Год создания» empty. */
  year?: CellInput;
  /** Per-school item number → the school's cell for it. */
  steps?: Record<string, CellInput>;
}

/** The registry doubling as the steps sheet: one column per given item number, «п. N …». */
export function registrySheet(schools: SchoolRow[], stepItems: string[] = [], name = REGISTRY): SheetSnapshot {
  const header: CellInput[] = [
    "№",
    "Муниципальный район",
    "Образовательная организация",
    "Год создания",
    ...stepItems.map((n) => `п. ${n} Этап ${n}`),
  ];
  const rows = schools.map((s, i): CellInput[] => [
    i + 1,
    s.municipality ?? "Лужский муниципальный район",
    s.name,
    s.year === undefined ? 2024 : s.year,
    ...stepItems.map((n) => s.steps?.[n]),
  ]);
  return sheet(name, [header, ...rows]);
}

export const INDICATORS = "Показатели";

/** A minimal indicators sheet so the workbook is structurally complete. */
export function indicatorsSheet(rows: { school: string; period: string; values?: CellInput[] }[] = []): SheetSnapshot {
  return sheet(INDICATORS, [
    ["Образовательная организация", "Отчётный период", "П1. Всего обучающихся"],
    ...rows.map((r) => [r.school, r.period, ...(r.values ?? [])]),
  ]);
}

export const SCHOOL_A = "МОУ «СОШ № 1»";
export const SCHOOL_B = "МОУ «СОШ № 2»";

/** Roadmap + registry (+ steps) + indicators: the smallest workbook without structure findings. */
export function monitoring(
  items: ItemRow[],
  schools: SchoolRow[] = [{ name: SCHOOL_A }],
  stepItems: string[] = [],
): WorkbookSnapshot {
  return workbook(roadmapSheet(items), registrySheet(schools, stepItems), indicatorsSheet());
}

// ---------------------------------------------------------------------------------------
// Running rules, ESLint RuleTester style.

export const AS_OF = "2024-10-01";

export function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return { asOf: AS_OF, lang: "ru", ...extra };
}

export function context(snapshot: WorkbookSnapshot, extra: Partial<CheckOptions> = {}): CheckContext {
  return buildContext(snapshot, options(extra));
}

/** Findings of one rule alone (through the engine's contract checks). */
export function findingsOf(rule: Rule, snapshot: WorkbookSnapshot, extra: Partial<CheckOptions> = {}): Finding[] {
  return runRules([rule], context(snapshot, extra));
}

/** What rule tests assert: never the prose. */
export interface Expected {
  messageId: string;
  sheet: string;
  cell: string;
  school?: string;
  measure?: string;
}

export function brief(f: Finding): Expected & { rule: string } {
  const out: Expected & { rule: string } = { rule: f.rule, messageId: f.messageId, sheet: f.sheet, cell: f.cell };
  if (f.school !== undefined) out.school = f.school;
  if (f.measure !== undefined) out.measure = f.measure;
  return out;
}

export interface ValidCase {
  name: string;
  snapshot: WorkbookSnapshot;
  options?: Partial<CheckOptions>;
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in the engine's order (sheet, row, column). */
  errors: Expected[];
}

/**
 * ESLint's RuleTester in spirit: valid cases produce no finding of the rule, invalid
 * cases produce exactly the listed findings (rule id, message id, sheet, cell, school, item).
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.meta.id}: valid`, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("reports nothing when %s", (_name, c) => {
      expect(findingsOf(rule, c.snapshot, c.options).map(brief)).toEqual([]);
    });
  });
  describe(`${rule.meta.id}: invalid`, () => {
    it.each(cases.invalid.map((c) => [c.name, c] as const))("reports %s", (_name, c) => {
      const found = findingsOf(rule, c.snapshot, c.options);
      expect(found.map(brief)).toEqual(c.errors.map((e) => ({ rule: rule.meta.id, ...e })));
      for (const f of found) expect(f.severity).toBe(rule.meta.defaultSeverity);
    });
  });
}

/**
 * A workbook with a bit of everything, for engine-level tests: regional items done on
 * time, late, overdue, marked without a date, with an impossible date; per-school items
 * with every school status; a duplicate school; a schedule deadline.
 */
export function busyWorkbook(): WorkbookSnapshot {
  return workbook(
    mergedRoadmapSheet([
      { number: "1", deadline: "29 декабря 2023 года", done: d("28.12.2023"), document: "Распоряжение № 3537-р" },
      { number: "2", deadline: "Согласно графику, направляемому федеральным оператором" },
      { number: "3", deadline: "до 1 февраля 2024 года", done: d("05.02.2024"), document: "Распоряжение № 301-р" },
      { number: "5", deadline: "не позднее 15 февраля 2024 года", done: "31.02.2024" },
      { number: "8", deadline: "не позднее 25 августа 2024 года", done: "по ОО — см. реестр" },
      { number: "10", deadline: "не позднее 25 августа 2024 года", done: "да" },
      { number: "11", deadline: "В течение 2024 года" },
      { number: "12", deadline: "не позднее 15 сентября 2024года", done: "по ОО" },
      { number: "13", deadline: "не позднее 1 октября 2024 года, далее ежеквартально", done: d("02.10.2024") },
    ]),
    registrySheet(
      [
        { name: SCHOOL_A, steps: { "8": d("20.08.2024"), "12": d("16.09.2024") } },
        { name: SCHOOL_B, steps: { "8": "31.06.2024", "12": "+" } },
        { name: "МОУ «СОШ № 3»", steps: { "8": null, "12": d("02.09.2024") } },
        { name: 'МОУ "СОШ №1"', steps: { "8": d("25.08.2024"), "12": d("15.12.2024") } },
      ],
      ["8", "12"],
    ),
    indicatorsSheet(),
  );
}
