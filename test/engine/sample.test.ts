import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeSample } from "../../scripts/make-sample";
import { openXlsx } from "../../src/adapters/xlsx";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { checkWorkbook } from "../../src/engine/check";
import type { CheckResult } from "../../src/engine/types";

// The sample is regenerated, written as .xlsx and read back, so this covers the whole path.
let dir: string;
let snapshot: WorkbookSnapshot;
let result: CheckResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kvantorium-sample-"));
  const path = join(dir, "sample.xlsx");
  await makeSample(path);
  const book = await openXlsx(new Uint8Array(readFileSync(path)));
  snapshot = await book.readSnapshot();
  result = checkWorkbook(snapshot, { asOf: "2024-10-01", lang: "ru" });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const has = (rule: string, sheet: string, cell: string, extra: Record<string, string> = {}) =>
  result.findings.some(
    (f) =>
      f.rule === rule &&
      f.sheet === sheet &&
      f.cell === cell &&
      Object.entries(extra).every(([k, v]) => (f as unknown as Record<string, unknown>)[k] === v),
  );

describe("the sample workbook checked as of 2024-10-01", () => {
  it("finds the roadmap under its title rows, merged header and numbering row", () => {
    expect(result.layout.roadmap).toMatchObject({ sheet: "Дорожная карта", headerRow: 4, firstDataRow: 6 });
    expect(result.layout.steps?.sheet).toBe("Реестр ОО");
    expect(Object.keys(result.layout.steps?.stepColumns ?? {}).sort()).toEqual(["11", "12", "4", "6", "7", "8", "9"]);
  });

  it("raises no structure-* finding", () => {
    expect(result.findings.filter((f) => f.rule.startsWith("structure-"))).toEqual([]);
  });

  it.each<[string, string, string, Record<string, string>]>([
    [
      "date-invalid",
      "Реестр ОО",
      "I8",
      { school: "МБОУ «Гимназия № 11» г. Выборга", measure: "6", messageId: "impossible" },
    ],
    ["date-invalid", "Реестр ОО", "N11", { measure: "12", messageId: "unparsed" }],
    ["school-duplicate", "Реестр ОО", "C19", {}],
    ["date-in-future", "Реестр ОО", "M9", { measure: "11" }],
    ["date-in-future", "Реестр ОО", "L13", { measure: "9" }],
    ["done-without-date", "Дорожная карта", "G16", { measure: "10" }],
    ["done-without-date", "Реестр ОО", "J7", { measure: "7" }],
    ["document-missing", "Дорожная карта", "H16", { measure: "10" }],
    [
      "deadline-overdue",
      "Реестр ОО",
      "K6",
      { school: "МОБУ «Волховская средняя общеобразовательная школа № 7»", measure: "8" },
    ],
    ["deadline-overdue", "Реестр ОО", "H17", { measure: "4" }],
    ["deadline-done-late", "Дорожная карта", "G9", { measure: "3" }],
    ["school-unknown", "Показатели", "B33", { school: "МОУ «Новая школа № 100»" }],
  ])("reports %s on %s!%s", (rule, sheet, cell, extra) => {
    expect(has(rule, sheet, cell, extra)).toBe(true);
  });

  it("reads «31.06.2024» as the text the school typed", () => {
    const f = result.findings.find((x) => x.rule === "date-invalid" && x.cell === "I8");
    expect(f?.data).toEqual({ text: "31.06.2024" });
  });

  it("judges the 13 roadmap items", () => {
    expect(result.measures.map((m) => [m.number, m.status])).toEqual([
      ["1", "done-on-time"],
      ["2", "done-on-time"],
      ["3", "done-late"],
      ["4", "overdue"],
      ["5", "done-on-time"],
      ["6", "overdue"],
      // Only the nearly empty second copy of «Кингисеппская СОШ № 5» is missing item 7: a school counts once.
      ["7", "done-late"],
      ["8", "overdue"],
      ["9", "overdue"],
      // «да» without a date: done, but the date is needed (PRODUCT.md §3 done-undated).
      ["10", "done-undated"],
      ["11", "not-due"],
      ["12", "overdue"],
      ["13", "done-on-time"],
    ]);
  });

  it("gives per-school items' roadmap rows no finding", () => {
    const perSchoolRows = result.measures.filter((m) => m.perSchool).map((m) => m.row - 1);
    expect(perSchoolRows).toHaveLength(7);
    const onThoseRows = result.findings.filter((f) => f.sheet === "Дорожная карта" && perSchoolRows.includes(f.row));
    expect(onThoseRows).toEqual([]);
  });

  it("does not treat the «Итого: 16 ОО» line or the footnote as data", () => {
    const registry = snapshot.sheets.find((s) => s.name === "Реестр ОО");
    const totalsRow = registry?.rows.findIndex((r) => String(r?.[0] ?? "").startsWith("Итого"));
    expect(totalsRow).toBeGreaterThan(0);
    expect(result.findings.filter((f) => f.sheet === "Реестр ОО" && f.row === totalsRow)).toEqual([]);
    expect(result.measures).toHaveLength(13);
  });
});
