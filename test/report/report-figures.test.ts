import { newXlsxWorkbook, openXlsx } from "../../src/adapters/xlsx";
import { createMonitor } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { isoToSerial } from "../../src/domain/excel-serial";
import type { ModelCell, SheetModel } from "../../src/domain/sheet-model";
import { officeOn } from "../adapters/office/setup";

/**
 * The figures she signs, through both adapters as written into a workbook: school B listed
 * twice (the copy with straight quotes, nearly empty), school B's П2 = 2 500 larger than its
 * whole П1 = 300, and no «Правила показателей» (the plans are the catalogue's defaults).
 */
type Value = string | number;
const B = "МОУ «СОШ № 2»";
const BOOK: Record<string, Value[][]> = {
  "Дорожная карта": [
    ["№", "Наименование мероприятия", "Срок", "Срок (дата)", "Дата исполнения", "Реквизиты документа"],
    ["8", "Ремонт помещений", "не позднее 25 августа 2024 года", "", "", ""],
  ],
  "Реестр ОО": [
    ["№", "Муниципальный район", "Образовательная организация", "Год создания", "п. 8 Ремонт помещений"],
    [1, "Лужский", "МОУ «СОШ № 1»", 2024, isoToSerial("2024-08-20")],
    [2, "Гатчинский", B, 2024, ""],
    [3, "", 'МОУ "СОШ № 2"', "", ""],
  ],
  Показатели: [
    [
      "Муниципальный район",
      "Образовательная организация",
      "Отчётный период",
      "П1. Общая численность обучающихся общеобразовательной организации",
      "П2",
    ],
    ["Лужский", "МОУ «СОШ № 1»", "III квартал 2024", 100, 60],
    ["Гатчинский", B, "III квартал 2024", 300, 2500],
  ],
};
const SCHOOLS_SHEET = "Отчёт 3 кв. 2024 — по ОО";
const NOW = () => new Date("2024-10-01T09:00:00Z");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01", quarter: "2024-Q3" };

function models(): SheetModel[] {
  return Object.entries(BOOK).map(([name, rows]) => ({
    name,
    cells: rows.flatMap((r, row) =>
      r.map((value, col): ModelCell => ({ row, col, value: value === "" ? null : value })),
    ),
  }));
}

type Grid = (string | number | boolean | null)[][];

function expectSignableFigures(grid: Grid): void {
  const text = (r: number, c: number) => String(grid[r]?.[c] ?? "");
  const rowsOf = (s: string) => grid.map((r, i) => (r[2] === s ? i : -1)).filter((i) => i >= 0);
  const header = grid[1].findIndex((v) => typeof v === "string" && v.startsWith("П2."));
  expect(header).toBeGreaterThan(0);
  // Counted once: one line for school B, its step counted once.
  expect(rowsOf(B)).toHaveLength(1);
  expect(rowsOf('МОУ "СОШ № 2"')).toHaveLength(0);
  const b = rowsOf(B)[0];
  const total = grid.findIndex((r) => r[0] === "Итого");
  expect([grid[total][3], grid[total][4]]).toEqual([1, 1]);
  // The part larger than its whole is shown marked and left out of the total and the share.
  expect(text(b, header)).toMatch(/^2\s500 — не учтено: часть больше целого$/);
  expect(grid[total][header]).toBe(60);
  expect(grid[total][header + 1]).toBe(400);
  expect(grid[total][header + 2]).toBeCloseTo(0.15, 10);
  // The catalogue's plan is labelled as a default; the duplicate is named under the table.
  expect(grid[2][header + 1]).toBe("План*");
  const notes = grid.slice(total + 1).map((r) => String(r[0] ?? ""));
  expect(notes.some((n) => n.startsWith(`«${B}» указана в реестре дважды (лист «Реестр ОО», строки 3, 4)`))).toBe(true);
  expect(notes.some((n) => n.startsWith("* План — значение по умолчанию"))).toBe(true);
}

describe("report figures she can sign", () => {
  it("through the .xlsx adapter, as read back from the written file", async () => {
    const fresh = newXlsxWorkbook();
    await fresh.createWorkbook(models());
    const book = await openXlsx(await fresh.toBytes());
    const monitor = createMonitor(book, NOW);
    const { result } = await monitor.buildReport(SETTINGS, "ru");
    expect(result.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["school-duplicate", "indicator-exceeds-total", "indicator-plan-default"]),
    );
    const again = await openXlsx(await book.toBytes());
    const sheet = (await again.readSnapshot()).sheets.find((s) => s.name === SCHOOLS_SHEET);
    expect(sheet).toBeDefined();
    expectSignableFigures(sheet!.rows as Grid);
  });

  it("through the Office adapter, on the Excel double", async () => {
    const { book, gateway } = officeOn();
    for (const [name, rows] of Object.entries(BOOK)) book.addSheet(name, rows);
    const monitor = createMonitor(gateway, NOW);
    const { sheet } = await monitor.buildReport(SETTINGS, "ru");
    expect(sheet).toBe("Отчёт 3 кв. 2024");
    const s = book.sheet(SCHOOLS_SHEET);
    const area = s.usedArea(true)!;
    const grid: Grid = [];
    for (let r = 0; r <= area.bottom; r++) {
      grid.push([]);
      for (let c = 0; c <= area.right; c++) {
        const v = s.peek(r, c)?.value;
        grid[r].push(v === undefined || v === "" ? null : v);
      }
    }
    expectSignableFigures(grid);
    expect(s.pageLayout).toMatchObject({
      printTitleRows: "$1:$3",
      printTitleColumns: "$A:$C",
      rightFooter: "Стр. &P из &N",
    });
  });
});
