import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx, newXlsxWorkbook } from "../../src/adapters/xlsx";
import { createMonitor, parseSettings } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const NOW = () => new Date("2024-10-01T09:00:00Z");

describe("the four buttons as use cases (on the .xlsx gateway)", () => {
  it("checks, paints, writes «Замечания» and builds the report for the quarter", async () => {
    const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const monitor = createMonitor(book, NOW);
    const result = await monitor.check(DEFAULT_SETTINGS, "ru");
    expect(result.asOf).toBe("2024-10-01");
    expect(result.findings.length).toBeGreaterThan(0);
    const { sheet } = await monitor.buildReport({ ...DEFAULT_SETTINGS, quarter: "2024-Q3" }, "ru");
    expect(sheet).toBe("Отчёт 3 кв. 2024");
    const names = (await book.readSnapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Замечания", "Отчёт 3 кв. 2024"]));
  });

  it("refuses to lay a template into a workbook that already has monitoring sheets", async () => {
    const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    await expect(createMonitor(book, NOW).createTemplate(2025, "ru")).rejects.toMatchObject({
      name: "MonitorError",
      code: "template-exists",
    });
    expect((await book.readSnapshot()).sheets.map((s) => s.name)).not.toContain("Дорожная карта (2)");
  });

  it("lays the template into an empty workbook", async () => {
    const book = newXlsxWorkbook();
    await createMonitor(book, NOW).createTemplate(2025, "ru");
    const names = (await book.readSnapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Дорожная карта", "Реестр ОО", "Показатели"]));
  });

  it("never restores a saved as-of date: every session starts today", async () => {
    expect(parseSettings(JSON.stringify({ asOf: "2023-01-01", dueSoonDays: 7 }))).toMatchObject({
      asOf: null,
      dueSoonDays: 7,
    });
    expect(parseSettings("{not json")).toEqual(DEFAULT_SETTINGS);
  });
});
