import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx } from "../../../src/adapters/xlsx";
import { decryptWithDefaultPassword } from "../../../src/adapters/xlsx/node-decrypt";
import { decryptWithDefaultPassword as webDecrypt } from "../../../src/adapters/xlsx/web-decrypt";
import { OoxmlPackage } from "../../../src/adapters/xlsx/ooxml-package";
import { readWorkbook } from "../../../src/adapters/xlsx/read-snapshot";
import { createMonitor } from "../../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../../src/app/monitor-types";
import type { WorkbookSnapshot } from "../../../src/domain/snapshot";

/**
 * Real workbooks nobody here wrote, one or two per feature class that tripped the old
 * reader (issue 8): copied from ../shared/corpus, sources and licences in
 * test/fixtures/corpus/SOURCES.tsv.
 */
const DIR = join(__dirname, "..", "..", "fixtures", "corpus");
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const read = async (name: string): Promise<WorkbookSnapshot> =>
  (await openXlsx(bytesOf(name), { decrypt: decryptWithDefaultPassword })).readSnapshot();
const sheet = (snap: WorkbookSnapshot, name: string) => snap.sheets.find((s) => s.name === name)!;

describe("real workbooks from other libraries' test data", () => {
  it("reads SpreadsheetML with an x: prefix on every element (.NET Open XML SDK style)", async () => {
    const snap = await read("testdocs__namespaced.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(snap.sheets[0].rows[0]).toHaveLength(13);
    expect(snap.sheets[0].rows[1].slice(0, 4)).toEqual(["w", "w", null, null]);
  });

  it("reads a prefixed workbook with absolute part targets and a sheet part named sheet.xml", async () => {
    const pkg = await OoxmlPackage.load(bytesOf("test-data__spreadsheet__59021.xlsx"));
    expect(await pkg.text("xl/workbook.xml")).toContain("<x:workbook");
    expect(await pkg.text("xl/_rels/workbook.xml.rels")).toContain('Target="/xl/worksheets/sheet.xml"');
    const rows = sheet(await read("test-data__spreadsheet__59021.xlsx"), "ERIS Rates & Codes").rows;
    expect(rows[0].slice(0, 3)).toEqual(["Destination", "Dial Code", "Rate (USD)"]);
    expect(rows[1].slice(0, 4)).toEqual(["Abkhazia - Fixed", "7840", 0.1345, "Increase"]);
  });

  it("follows absolute targets to a table's sheet", async () => {
    const rows = sheet(await read("tests__table_with_absolute_paths.xlsx"), "table").rows;
    expect(rows.slice(0, 3)).toEqual([
      ["Item", "Name"],
      [100, "North"],
      [200, "South"],
    ]);
  });

  it("finds sheets whatever their part names (sheetBob.xml) and reads a GENERAL format as General", async () => {
    const snap = await read("testdocs__testrels.xlsx");
    expect(snap.sheets.map((s) => [s.name, s.rows[0][0]])).toEqual([
      ["Dave", "I am Dave"],
      ["Bob", "I am Bob"],
    ]);
    expect(snap.sheets[0].formats).toEqual([]);
  });

  it("finds a workbook part that is not at xl/workbook.xml", async () => {
    const pkg = await OoxmlPackage.load(bytesOf("tests__minimal_package.xlsx"));
    expect(await pkg.workbookPath()).toBe("workbook.xml");
    const s = (await read("tests__minimal_package.xlsx")).sheets[0];
    expect(s.rows[0]).toEqual(["ARREST BOOKINGS for 01/30/17"]);
    expect(s.merges).toHaveLength(2);
  });

  it("reads sheet relationships given with another prefix than r: (ns:id)", async () => {
    expect((await read("tests__nonstandard-xml-ns-prefix.xlsx")).sheets[0].rows).toEqual([
      ["a", "b"],
      [1, 3],
      [2, 4],
    ]);
  });

  it("places rows and cells written without an r attribute after the previous ones", async () => {
    const s = sheet(await read("test-data__spreadsheet__59746_NoRowNums.xlsx"), "Features");
    expect(s.rows).toHaveLength(71);
    expect(s.rows[1].slice(0, 3)).toEqual([true, "[M+Na]+1", 1]);
    expect(s.hiddenRows).toHaveLength(56);
    const issue261 = (await read("tests__issue_261.xlsx")).sheets[0];
    expect(issue261.rows[0]).toEqual(["String Value 32"]);
    expect(issue261.merges).toHaveLength(25);
  });

  it("reads Strict OOXML (purl.oclc.org namespaces)", async () => {
    const pkg = await OoxmlPackage.load(bytesOf("test-data__spreadsheet__SimpleStrict.xlsx"));
    expect(await pkg.text((await pkg.workbookPath())!)).toContain("http://purl.oclc.org/ooxml/spreadsheetml/main");
    const snap = await read("test-data__spreadsheet__SimpleStrict.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet Number 2"]);
    expect(snap.sheets[0].rows[0]).toEqual(["test", null, 1]);
    expect(snap.sheets[1].rows[0]).toEqual(["This is sheet 2"]);
  });

  it("opens a file encrypted with Excel's default password, as Excel does", async () => {
    const snap = await read("test-data__poifs__protect.xlsx");
    expect(snap.sheets.map((s) => s.name)).toEqual(["Лист1", "Лист2", "Лист3"]);
    expect(snap.sheets[0].rows.flat().some((v) => v !== null)).toBe(true);
    // The web page's decrypter (no Node built-ins) opens it to the same workbook.
    const web = await openXlsx(bytesOf("test-data__poifs__protect.xlsx"), { decrypt: webDecrypt });
    expect(await web.readSnapshot()).toEqual(snap);
    // Without a decrypter it stays a password-protected file.
    await expect(openXlsx(bytesOf("test-data__poifs__protect.xlsx"))).rejects.toMatchObject({ code: "encrypted" });
  });

  it("still refuses a file encrypted with a real password, in the CLI and on the web page", async () => {
    await expect(read("tests__pass_protected.xlsx")).rejects.toMatchObject({ name: "MonitorError", code: "encrypted" });
    await expect(openXlsx(bytesOf("tests__pass_protected.xlsx"), { decrypt: webDecrypt })).rejects.toMatchObject({
      name: "MonitorError",
      code: "encrypted",
    });
  });

  it("leaves chartsheets out of the snapshot", async () => {
    const pkg = await OoxmlPackage.load(bytesOf("test-data__spreadsheet__WithChartSheet.xlsx"));
    const listed = (await pkg.sheets()).map((s) => s.name);
    const snap = await read("test-data__spreadsheet__WithChartSheet.xlsx");
    expect(listed.length).toBeGreaterThan(snap.sheets.length);
    expect(snap.sheets.map((s) => s.index)).toEqual(snap.sheets.map((_, i) => i));
    expect(snap.sheets[0].rows[1]).toEqual([2005, "Books", 889017, 1140362.5]);
  });

  it("reads a sheet with validation over whole columns without expanding it", async () => {
    const pkg = await OoxmlPackage.load(bytesOf("test-data__spreadsheet__ExcelTables.xlsx"));
    const sheetXml = (await pkg.text((await pkg.sheets())[0].path))!;
    expect(sheetXml).toMatch(/sqref="[^"]*1048576/);
    const s = (await read("test-data__spreadsheet__ExcelTables.xlsx")).sheets[0];
    expect(s.rows[1].slice(0, 3)).toEqual(["Anton", 44, 4]);
    expect(s.rows.length).toBeLessThan(10);
  });

  it("keeps 50,000 merged ranges as ranges (a workbook with no values is still empty)", async () => {
    const snap = await readWorkbook(await OoxmlPackage.load(bytesOf("test-data__spreadsheet__57893-many-merges.xlsx")));
    expect(snap.sheets[0].merges).toHaveLength(50_000);
    // The first two as written: B9976:C9976, A9977:B9977.
    expect(snap.sheets[0].merges?.slice(0, 2)).toEqual([
      { top: 9975, left: 1, bottom: 9975, right: 2 },
      { top: 9976, left: 0, bottom: 9976, right: 1 },
    ]);
    await expect(read("test-data__spreadsheet__57893-many-merges.xlsx")).rejects.toMatchObject({
      code: "empty-workbook",
    });
  });

  it("gives a formula its cached result, 0 included, so a formula-only workbook is not empty", async () => {
    expect((await read("test__CalcChain.xlsx")).sheets[0].rows[0]).toEqual([0, 1]);
    expect((await read("xlsxwriter__test__comparison__xlsx_files__formula_results01.xlsx")).sheets[0].rows).toEqual([
      [2],
      ["Foo"],
      [true],
      [false],
      ["#DIV/0!"],
      ["#N/A"],
      ["#NAME?"],
      ["#NULL!"],
      ["#NUM!"],
      ["#REF!"],
      ["#VALUE!"],
      ["#DIV/0!"],
    ]);
  });

  it("refuses a damaged zip (a fuzzer's test case) as corrupt, in one line", async () => {
    await expect(
      read("test-data__spreadsheet__clusterfuzz-testcase-minimized-POIXSSFFuzzer-4828727001088000.xlsx"),
    ).rejects.toMatchObject({ name: "MonitorError", code: "corrupt" });
  });
});

describe("the sample with a formula whose cached result is 0", () => {
  it("reads Показатели!H5 entered as =4-4 as 0: the indicator decreased, it is not missing", async () => {
    const SAMPLE = join(__dirname, "..", "..", "..", "assets", "sample-monitoring.xlsx");
    const pkg = await OoxmlPackage.load(new Uint8Array(readFileSync(SAMPLE)));
    const path = (await pkg.sheets()).find((s) => s.name === "Показатели")!.path;
    const xml = (await pkg.text(path))!;
    const cell = /<c r="H5"( s="\d+")?><v>4<\/v><\/c>/.exec(xml)!;
    pkg.setText(path, xml.replace(cell[0], `<c r="H5"${cell[1] ?? ""}><f>4-4</f><v>0</v></c>`));
    const book = await openXlsx(await pkg.toBytes());
    expect(sheet(await book.readSnapshot(), "Показатели").rows[4][7]).toBe(0);
    const { findings } = await createMonitor(book, () => new Date("2024-10-01T09:00:00Z")).check(
      { ...DEFAULT_SETTINGS, asOf: "2024-10-01" },
      "ru",
    );
    const atH5 = findings.filter((f) => f.cell === "H5" && f.sheet === "Показатели").map((f) => f.rule);
    expect(atH5).toContain("indicator-decreased");
    expect(atH5).not.toContain("indicator-missing");
  });
});
