import { openXlsx } from "../../../src/adapters/xlsx";
import { dateToSerial } from "../../../src/adapters/xlsx/read-snapshot";
import { makeRichWorkbook } from "../../fixtures/make-fixtures";
import { workbookFromParts } from "../../fixtures/xlsx-parts";

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
    // The file stores 1904-system serial 43875 (= 45337 − 1462) for 15.02.2024; 0.5 is a plain number.
    const bytes = await workbookFromParts({
      date1904: true,
      numFmts: `<numFmt numFmtId="164" formatCode="DD.MM.YYYY"/>`,
      cellXfs: [164, 14],
      sheets: [
        {
          name: "Даты",
          rows: `<row r="1"><c r="A1" s="1"><v>43875</v></c><c r="B1" s="2"><v>43875.5</v></c><c r="C1"><v>0.5</v></c></row>`,
        },
      ],
    });
    const sheet = (await (await openXlsx(bytes)).readSnapshot()).sheets[0];
    expect(sheet.rows[0]).toEqual([45337, 45337.5, 0.5]);
    expect(sheet.formats?.[0]).toEqual(["DD.MM.YYYY", "mm-dd-yy"]);
  });

  it.each<[string, string, string | number | boolean | null]>([
    ["an empty cell with a number format", `<c r="A1" s="1"/>`, null],
    ["a formula with a text result", `<c r="A1" t="str"><f>B1</f><v>да</v></c>`, "да"],
    ["a formula with no cached result", `<c r="A1"><f>B1</f></c>`, null],
    ["a formula whose cached result is 0", `<c r="A1"><f>4-4</f><v>0</v></c>`, 0],
    ["a formula with a boolean result", `<c r="A1" t="b"><f>1=1</f><v>1</v></c>`, true],
    ["an error", `<c r="A1" t="e"><v>#DIV/0!</v></c>`, "#DIV/0!"],
    ["an inline string in runs", `<c r="A1" t="inlineStr"><is><r><t>Созд</t></r><r><t>ать</t></r></is></c>`, "Создать"],
    ["an inline string given as a value", `<c r="A1" t="inlineStr"><v>сайт</v></c>`, "сайт"],
    ["an ISO date cell (t=d)", `<c r="A1" t="d"><v>2024-02-15T12:00:00</v></c>`, 45337.5],
    ["a shared string with an escaped line break", `<c r="A1" t="s"><v>0</v></c>`, "а\rб"],
  ])("reads %s", async (_name, cell, expected) => {
    const bytes = await workbookFromParts({
      sharedStrings: ["а_x000D_б"],
      cellXfs: [2],
      sheets: [{ name: "Лист1", rows: `<row r="1">${cell}<c r="B1"><v>1</v></c></row>` }],
    });
    expect((await (await openXlsx(bytes)).readSnapshot()).sheets[0].rows[0][0]).toBe(expected);
  });

  it("reads cached formula errors (=NA(), =1/0, shared and array formulas) as Excel shows them, like Office.js", async () => {
    // Written by hand: the cell XML Excel saves for error results.
    const cells =
      `<row r="1"><c r="A1" t="e"><f>NA()</f><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
      `<c r="C1" t="e"><v>#REF!</v></c><c r="D1" s="0" t="e"><f>"a"+1</f><v>#VALUE!</v></c><c r="E1"><f>2*3</f><v>6</v></c></row>` +
      `<row r="2"><c r="A2" t="e"><f t="shared" ref="A2:A3" si="0">1/0</f><v>#DIV/0!</v></c><c r="B2" t="e"><f t="array" ref="B2">NA()</f><v>#N/A</v></c></row>` +
      `<row r="3"><c r="A3" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c><c r="B3" t="e"><f>XLOOKUP(1,A1:A2,A1:A2)</f><v>#NAME?</v></c></row>`;
    const bytes = await workbookFromParts({ sheets: [{ name: "Показатели", rows: cells }] });
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
