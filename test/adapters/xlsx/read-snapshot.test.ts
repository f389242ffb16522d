import ExcelJS from "exceljs";
import { openXlsx } from "../../../src/adapters/xlsx";
import { dateToSerial, plainValue } from "../../../src/adapters/xlsx/read-snapshot";
import { makeRichWorkbook } from "../../fixtures/make-fixtures";
import { parts, withPart } from "./xlsx-helpers";

describe("readSnapshot", () => {
  it("reads values, dates as 1900 serials with their format, merged headers and hidden rows", async () => {
    const snap = await (await openXlsx(await makeRichWorkbook())).readSnapshot();
    const reg = snap.sheets[0];
    expect(reg.name).toBe("Реестр ОО");
    expect(reg.rows[0]).toEqual(["Реестр школ"]);
    expect(reg.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(reg.rows[2]).toEqual([1, "Лужский", "МБОУ «СОШ № 10»", 2024]);
    expect(reg.hiddenRows).toEqual([4]);
    expect(reg.visibility).toBe("visible");
    const rm = snap.sheets[1];
    // 15.02.2024 is serial 45337 in Excel's 1900 system.
    expect(rm.rows[1]).toEqual([1, "Создать Кванториум", "не позднее 15 февраля 2024 года", 45337, 2, true, "#N/A"]);
    expect(rm.formats?.[1]?.[3]).toBe("DD.MM.YYYY");
    expect(rm.rows[2]?.[3]).toBe(0.85);
    expect(rm.formats?.[2]?.[3]).toBe("0%");
  });

  it("gives 1900-system serials for a workbook saved in the 1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Даты");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 1, 15));
    ws.getCell("A1").numFmt = "DD.MM.YYYY";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    // The file stores 1904-system serial 43875 (= 45337 − 1462).
    expect((await parts(bytes)).get("xl/worksheets/sheet1.xml")).toContain("<v>43875</v>");
    const snap = await (await openXlsx(bytes)).readSnapshot();
    expect(snap.sheets[0].rows[0][0]).toBe(45337);
  });

  it.each<[string, ExcelJS.CellValue, string | number | boolean | null]>([
    ["an empty cell", null, null],
    ["a formula with a text result", { formula: "A1", result: "да" } as ExcelJS.CellFormulaValue, "да"],
    ["a formula with no cached result", { formula: "A1" } as ExcelJS.CellFormulaValue, null],
    ["an error", { error: "#DIV/0!" } as ExcelJS.CellErrorValue, "#DIV/0!"],
    ["a hyperlink cell", { text: "сайт", hyperlink: "http://x" }, "сайт"],
    ["a date with time", new Date(Date.UTC(2024, 1, 15, 12)), 45337.5],
  ])("turns %s into a plain value", (_name, raw, expected) => {
    expect(plainValue(raw)).toBe(expected);
  });

  it("reads cached formula errors (=NA(), =1/0, shared and array formulas) as Excel shows them, like Office.js", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Показатели").getCell("A1").value = 1;
    // Written by hand: the cell XML Excel saves for error results, which ExcelJS cannot write.
    const cells =
      `<row r="1"><c r="A1" t="e"><f>NA()</f><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
      `<c r="C1" t="e"><v>#REF!</v></c><c r="D1" s="0" t="e"><f>"a"+1</f><v>#VALUE!</v></c><c r="E1"><f>2*3</f><v>6</v></c></row>` +
      `<row r="2"><c r="A2" t="e"><f t="shared" ref="A2:A3" si="0">1/0</f><v>#DIV/0!</v></c><c r="B2" t="e"><f t="array" ref="B2">NA()</f><v>#N/A</v></c></row>` +
      `<row r="3"><c r="A3" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c><c r="B3" t="e"><f>XLOOKUP(1,A1:A2,A1:A2)</f><v>#NAME?</v></c></row>`;
    const bytes = await withPart(new Uint8Array(await wb.xlsx.writeBuffer()), "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${cells}</sheetData>`),
    );
    expect((await parts(bytes)).get("xl/worksheets/sheet1.xml")).toContain(`<v>#N/A</v>`);
    const rows = (await (await openXlsx(bytes)).readSnapshot()).sheets[0].rows;
    expect(rows).toEqual([
      ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", 6],
      ["#DIV/0!", "#N/A"],
      ["#DIV/0!", "#NAME?"],
    ]);
  });

  it("converts 1 March 1900 to serial 61, past Excel's phantom 29 February", () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });
});
