import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { addValidations, parseSqref, withoutValidated } from "../../src/adapters/xlsx/write-validation";
import { attr, elements, startTag } from "../../src/adapters/xlsx/xml-text";
import { protectInput } from "../../src/app/guards";
import { stepGuard } from "../../src/app/input-guards";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };

async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const pkg = await OoxmlPackage.load(bytes);
  return (await pkg.text((await pkg.sheets()).find((s) => s.name === name)!.path))!;
}

describe("«Защитить ввод» on the master (.xlsx)", () => {
  it("validates every school's step and indicator cells and changes no value", async () => {
    const book = await openXlsx(readFileSync(SAMPLE));
    const before = await book.readSnapshot();
    const cells = await protectInput(book, SETTINGS, "ru", new Date());
    const bytes = await book.toBytes();
    const reg = await sheetXml(bytes, "Реестр ОО");
    const dates = elements(reg, "dataValidation").filter((e) => attr(startTag(e.text), "type") === "date");
    expect(dates.length).toBe(7);
    // Each step column from the first school row (4) to the last.
    expect(parseSqref(attr(startTag(dates[0].text), "sqref")!)[0]).toMatchObject({ top: 3, left: 7, right: 7 });
    const ind = await sheetXml(bytes, "Показатели");
    expect(elements(ind, "dataValidation").length).toBe(7);
    expect(cells).toBeGreaterThan(100);
    const after = await (await openXlsx(bytes)).readSnapshot();
    for (const name of ["Дорожная карта", "Реестр ОО", "Показатели"]) {
      expect(after.sheets.find((s) => s.name === name)!.rows).toEqual(before.sheets.find((s) => s.name === name)!.rows);
    }
  });

  it("keeps the user's own validation and does not add a second one on a second run", async () => {
    const book = await openXlsx(readFileSync(SAMPLE));
    await protectInput(book, SETTINGS, "ru", new Date());
    const once = await book.toBytes();
    const again = await openXlsx(once);
    expect(await protectInput(again, SETTINGS, "ru", new Date())).toBe(0);
    const twice = await again.toBytes();
    expect(elements(await sheetXml(twice, "Реестр ОО"), "dataValidation").length).toBe(7);
  });

  it("leaves cells the user validates to her rule", async () => {
    const own = `<dataValidation type="list" allowBlank="1" sqref="H4:H6"><formula1>"да,нет"</formula1></dataValidation>`;
    const xml = addValidations(`<worksheet><sheetData/></worksheet>`, [
      { ranges: [{ top: 3, bottom: 5, left: 7, right: 7 }], guard: { ...stepGuard(2024, "4") } },
    ]);
    expect(xml).toMatch(/<dataValidations count="1">/);
    const mixed = addValidations(
      `<worksheet><sheetData/><dataValidations count="1">${own}</dataValidations></worksheet>`,
      [{ ranges: [{ top: 6, bottom: 6, left: 7, right: 7 }], guard: stepGuard(2024, "4") }],
    );
    expect(mixed).toContain(own);
    expect(mixed).toMatch(/<dataValidations count="2">/);
    const free = withoutValidated(
      [{ ranges: [{ top: 3, bottom: 7, left: 7, right: 7 }], guard: stepGuard(2024, "4") }],
      `<worksheet><dataValidations count="1">${own}</dataValidations></worksheet>`,
    );
    expect(free[0].ranges).toEqual([{ top: 6, bottom: 7, left: 7, right: 7 }]);
  });
});
