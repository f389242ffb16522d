import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createMonitor } from "../../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../../src/app/monitor-types";
import { openXlsx } from "../../../src/adapters/xlsx";
import { OoxmlPackage } from "../../../src/adapters/xlsx/ooxml-package";

const SAMPLE = join(__dirname, "..", "..", "..", "assets", "sample-monitoring.xlsx");

describe("the saved workbook opens on the sheet a use case activated", () => {
  it("opens the book with the report on the report sheet, with only that tab selected", async () => {
    const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const { sheet } = await createMonitor(book, () => new Date("2024-10-01T09:00:00Z")).buildReport(
      { ...DEFAULT_SETTINGS, asOf: "2024-10-01", quarter: "2024-Q3" },
      "ru",
    );
    const pkg = await OoxmlPackage.load(await book.toBytes());
    const sheets = await pkg.sheets();
    const index = sheets.findIndex((s) => s.name === sheet);
    expect(index).toBeGreaterThan(0);
    const wb = (await pkg.text("xl/workbook.xml")) ?? "";
    expect(wb).toMatch(new RegExp(`<workbookView[^>]*activeTab="${index}"`));
    const selected: string[] = [];
    for (const s of sheets) {
      const xml = (await pkg.text(s.path)) ?? "";
      if (/<sheetView[^>]*tabSelected="1"/.test(xml)) selected.push(s.name);
    }
    expect(selected).toEqual([sheet]);
    // Still a workbook the reader opens, with the same sheets.
    const again = await openXlsx(await book.toBytes());
    expect((await again.readSnapshot()).sheets.map((s) => s.name)).toContain(sheet);
  });

  it("leaves the active sheet alone after a check, which activates nothing", async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const before = ((await (await OoxmlPackage.load(bytes)).text("xl/workbook.xml")) ?? "").match(
      /<workbookView[^>]*>/,
    )?.[0];
    const book = await openXlsx(bytes);
    await createMonitor(book).check({ ...DEFAULT_SETTINGS, asOf: "2024-10-01" }, "ru");
    const after = ((await (await OoxmlPackage.load(await book.toBytes())).text("xl/workbook.xml")) ?? "").match(
      /<workbookView[^>]*>/,
    )?.[0];
    expect(after).toBe(before);
  });
});
