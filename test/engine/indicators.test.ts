import { isoToSerial } from "../../src/domain/excel-serial";
import { quarterKey } from "../../src/domain/quarter";
import { buildIndicators, defaultQuarter } from "../../src/engine/build-indicators";
import { context, d, SCHOOL_A, SCHOOL_B, sheet } from "../helpers/snapshot-builder";
import { bothSchools, COL, HEADERS, indicatorsBook, type IndRow } from "./indicators-fixture";

function colIndex(letter: string): number {
  return letter.charCodeAt(0) - 65;
}

describe("buildIndicators: reading «Показатели»", () => {
  it.each<[string, string, IndRow["period"]]>([
    ["«III квартал 2024»", "2024-Q3", "III квартал 2024"],
    ["«3 кв. 2024»", "2024-Q3", "3 кв. 2024"],
    ["«2024-Q3»", "2024-Q3", "2024-Q3"],
    ["«2024 Q2»", "2024-Q2", "2024 Q2"],
    ["a date serial inside the quarter (15.08.2024)", "2024-Q3", d("15.08.2024")],
    ["a date typed as text «30.06.2024»", "2024-Q2", "30.06.2024"],
  ])("reads the period %s as %s", (_, key, period) => {
    const ctx = context(indicatorsBook([{ school: SCHOOL_A, period }]));
    expect(ctx.indicators.rows).toHaveLength(1);
    const q = ctx.indicators.rows[0].quarter;
    expect(q && quarterKey(q)).toBe(key);
  });

  it("leaves the quarter null for a period that is not a quarter", () => {
    const ctx = context(indicatorsBook([{ school: SCHOOL_A, period: "третий" }]));
    expect(ctx.indicators.rows[0].quarter).toBeNull();
    expect(ctx.indicators.rows[0].periodRaw).toBe("третий");
  });

  it("matches indicator columns by code, «code. name», name alone, «code (unit)» and «code:»", () => {
    const ctx = context(indicatorsBook(bothSchools("2024-Q3")));
    const byCode = Object.fromEntries(ctx.indicators.columns.map((c) => [c.rule.code, c.col]));
    expect(byCode).toEqual(Object.fromEntries(Object.entries(COL).map(([code, l]) => [code, colIndex(l)])));
    expect(ctx.indicators.unmatchedColumns).toEqual([]);
    expect(ctx.indicators.rulesSource).toBe("builtin");
  });

  it("lists a column whose header names no indicator as unmatched", () => {
    const headers = [...HEADERS.slice(0, 9), "Примечание школы"];
    const ctx = context(indicatorsBook(bothSchools("2024-Q3"), { headers }));
    expect(ctx.indicators.unmatchedColumns).toEqual([{ sheet: "Показатели", col: 9, header: "Примечание школы" }]);
    expect(ctx.indicators.columns.map((c) => c.rule.code)).not.toContain("П7");
  });

  it("does not take «П10» for «П1» nor «П3.1» for «П3»", () => {
    const headers = [...HEADERS.slice(0, 3), "П10", "П3.1"];
    const ctx = context(indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3" }], { headers }));
    expect(ctx.indicators.columns).toEqual([]);
    expect(ctx.indicators.unmatchedColumns.map((c) => c.header)).toEqual(["П10", "П3.1"]);
  });

  it.each<[string, unknown, string | null, number | null, boolean]>([
    // name, raw, format, expected value, empty
    ["a real number", 1234, null, 1234, false],
    ["«1 234» with a space", "1 234", null, 1234, false],
    ["«1\u00a0234» with a no-break space", "1\u00a0234", null, 1234, false],
    ["«12,5» with a decimal comma", "12,5", null, 12.5, false],
    ["an empty cell", null, null, null, true],
    ["a dash", "—", null, null, true],
  ])("reads П1 given as %s", (_, raw, fmt, value, empty) => {
    const row: IndRow = { school: SCHOOL_A, period: "2024-Q3", v: { П1: raw as never }, formats: { П1: fmt } };
    const ctx = context(indicatorsBook([row]));
    const v = ctx.indicators.values.find((x) => x.rule.code === "П1");
    expect(v?.value).toBe(value);
    expect(v?.empty).toBe(empty);
    expect(v?.problem).toBeNull();
  });

  it("marks text in a number column as not-number", () => {
    const ctx = context(indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3", v: { П1: "много" } }]));
    const v = ctx.indicators.values.find((x) => x.rule.code === "П1");
    expect(v).toMatchObject({ value: null, empty: false, problem: "not-number", raw: "много" });
  });

  it.each<[string, unknown, string | null, number, boolean]>([
    ["0.85 with a % format", 0.85, "0%", 0.85, false],
    ["«85%» as text", "85%", null, 0.85, false],
    ["«85,5 %» as text", "85,5 %", null, 0.855, false],
    ["85 without a % mark (read as percent points)", 85, null, 0.85, true],
    ["0.3 without a % mark (a fraction)", 0.3, null, 0.3, false],
  ])("reads the share П4 given as %s", (_, raw, fmt, value, points) => {
    const ctx = context(
      indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3", v: { П4: raw as never }, formats: { П4: fmt } }]),
    );
    const v = ctx.indicators.values.find((x) => x.rule.code === "П4");
    expect(v?.value).toBeCloseTo(value, 10);
    expect(Boolean(v?.readAsPercentPoints)).toBe(points);
  });

  it("takes the municipality from the registry when the indicators sheet has no such column", () => {
    const headers = ["Образовательная организация", "Отчётный период", "П1"];
    const book = indicatorsBook([]);
    book.sheets[2] = { ...sheet("Показатели", [headers, [SCHOOL_B, "2024-Q3", 10]]), index: 2 };
    const ctx = context(book);
    const out = buildIndicators(book, ctx.layout, "2024-10-01", null, ctx.schools);
    expect(out.model.rows[0].municipality).toBe("Лужский муниципальный район");
  });

  it("skips «Итого» rows and marks a second row of the same school and quarter as a duplicate", () => {
    const rows: IndRow[] = [
      { school: SCHOOL_A, period: "2024-Q3" },
      { school: null, period: null, municipality: "Итого" },
      { school: 'МОУ "СОШ №1"', period: "III квартал 2024" },
    ];
    const ctx = context(indicatorsBook(rows));
    expect(ctx.indicators.rows.map((r) => [r.row, r.duplicateOf])).toEqual([
      [1, undefined],
      [3, 1],
    ]);
  });
});

describe("the reporting quarter", () => {
  const rows: IndRow[] = [
    { school: SCHOOL_A, period: "2024-Q2" },
    { school: SCHOOL_A, period: "2024-Q3" },
    { school: SCHOOL_A, period: "2024-Q4" },
  ];

  it("defaults to the latest quarter on the sheet that has begun by the as-of date", () => {
    expect(context(indicatorsBook(rows), { asOf: "2024-09-30" }).quarter).toEqual({ year: 2024, q: 3 });
    expect(context(indicatorsBook(rows), { asOf: "2024-10-01" }).quarter).toEqual({ year: 2024, q: 4 });
  });

  it("uses the chosen quarter even when the sheet has no rows for it", () => {
    expect(context(indicatorsBook(rows), { quarter: "2023-Q4" }).quarter).toEqual({ year: 2023, q: 4 });
  });

  it("is null when no quarter on the sheet has begun", () => {
    expect(defaultQuarter([], "2024-10-01")).toBeNull();
    expect(
      context(indicatorsBook([{ school: SCHOOL_A, period: "2025-Q1" }]), { asOf: "2024-10-01" }).quarter,
    ).toBeNull();
  });
});

describe("«Правила показателей» from the workbook", () => {
  const rulesSheet = sheet("Правила показателей", [
    ["Правила показателей"],
    [],
    ["Код", "Показатель", "Ед. изм.", "Тип", "Мин.", "Макс.", "Целевое значение", "Не больше", "Накопительный"],
    ["П1", "Общая численность обучающихся", "чел.", "целое", null, null, null, null, "нет"],
    ["П2", "Численность на оборудовании", "чел.", "", "-", null, "250", "П1", "нет"],
    ["П4", "Доля охвата", "%", "процент", 0, "100%", 40, null, null],
    ["П5", "Педагоги", "чел.", "целое", "много", null, 3, null, "да"],
  ]);

  it("reads types, limits, plan, «Не больше» and «Накопительный», with % limits as fractions", () => {
    const ctx = context(indicatorsBook(bothSchools("2024-Q3"), { extra: [rulesSheet] }));
    const m = ctx.indicators;
    expect(m.rulesSource).toBe("workbook");
    const byCode = Object.fromEntries(m.rules.map((r) => [r.code, r]));
    expect(byCode["П2"]).toMatchObject({ type: "integer", min: null, plan: 250, notAbove: "П1", cumulative: false });
    expect(byCode["П4"]).toMatchObject({ type: "percent", min: 0, max: 1, plan: 0.4, base: "П1" });
    expect(byCode["П5"]).toMatchObject({
      min: null,
      plan: 3,
      cumulative: true,
      source: { sheet: "Правила показателей", row: 6 },
    });
    expect(m.ruleProblems).toEqual([
      { sheet: "Правила показателей", row: 6, col: 4, code: "П5", field: "min", text: "много" },
    ]);
  });

  it("falls back to the built-in catalogue for columns the sheet does not describe", () => {
    const ctx = context(indicatorsBook(bothSchools("2024-Q3"), { extra: [rulesSheet] }));
    const sources = Object.fromEntries(ctx.indicators.columns.map((c) => [c.rule.code, c.rule.source === "builtin"]));
    expect(sources).toEqual({ П1: false, П2: false, П3: true, П4: false, П5: false, П6: true, П7: true });
    expect(ctx.indicators.rules.filter((r) => r.code === "П4")).toHaveLength(1);
  });
});

describe("buildIndicators without an indicators sheet", () => {
  it("returns the catalogue rules, no values and the requested quarter", () => {
    const book = indicatorsBook([]);
    const noIndicators = { sheets: book.sheets.slice(0, 2) };
    const out = buildIndicators(noIndicators, {}, "2024-10-01", { year: 2024, q: 2 });
    expect(out.quarter).toEqual({ year: 2024, q: 2 });
    expect(out.model.values).toEqual([]);
    expect(out.model.rules.map((r) => r.code)).toEqual(["П1", "П2", "П3", "П4", "П5", "П6", "П7"]);
  });

  it("keeps a date serial's quarter (serial of 01.07.2024 is in Q3)", () => {
    const ctx = context(indicatorsBook([{ school: SCHOOL_A, period: isoToSerial("2024-07-01") }]));
    expect(ctx.indicators.rows[0].quarter).toEqual({ year: 2024, q: 3 });
  });
});
