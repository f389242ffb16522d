import ExcelJS from "exceljs";
import { openXlsx, STATE_SHEET } from "../../../src/adapters/xlsx";
import { parseStateRows as officeParseStateRows } from "../../../src/adapters/office/state";
import { reread } from "./xlsx-helpers";

/** A 37,929-character settings value, as the Office adapter stores a large column mapping. */
const settings = (note: string) => JSON.stringify({ asOf: "2024-10-01", mapping: { note } });
const LONG = settings("я".repeat(37_929 - settings("").length));

/** A monitoring workbook whose state sheet is laid out by hand as `rows` (key in A, pieces from B on). */
async function withStateRows(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Реестр ОО").getCell("A1").value = "Реестр школ";
  const st = wb.addWorksheet(STATE_SHEET, { state: "veryHidden" });
  rows.forEach((r, i) =>
    r.forEach((v, c) => {
      const cell = st.getCell(i + 1, c + 1);
      cell.numFmt = "@";
      cell.value = v;
    }),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Office adapter's layout: the same key on several rows, 30,000-character pieces in B, a blanked stale row. */
const OFFICE_ROWS = [
  ["kvm.owned", '["Замечания"]'],
  ["kvm.settings", LONG.slice(0, 30_000)],
  ["kvm.settings", LONG.slice(30_000)],
  ["", ""],
];

describe("XlsxWorkbook reads the state sheet in both layouts", () => {
  it("joins a 37,929-character value the Office adapter wrote on two rows", async () => {
    expect(LONG.length).toBe(37_929);
    const wb = await openXlsx(await withStateRows(OFFICE_ROWS));
    const value = await wb.loadState("kvm.settings");
    expect(value).toBe(LONG);
    expect(JSON.parse(value!)).toMatchObject({ asOf: "2024-10-01" });
    expect(await wb.loadState("kvm.owned")).toBe('["Замечания"]');
  });

  it("joins the B, C, D pieces of one row, as earlier versions of this adapter wrote them", async () => {
    const wb = await openXlsx(await withStateRows([["kvm.settings", LONG.slice(0, 32_000), LONG.slice(32_000)]]));
    expect(await wb.loadState("kvm.settings")).toBe(LONG);
  });
});

describe("XlsxWorkbook writes the state sheet in the Office layout", () => {
  async function stateSheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    return (await reread(bytes)).getWorksheet(STATE_SHEET)!;
  }

  it("puts a long value on several rows of the same key, column B only, pieces of at most 30,000 text characters", async () => {
    const wb = await openXlsx(await withStateRows([]));
    const value = "ю".repeat(70_000);
    await wb.saveState("mapping", value);
    await wb.saveState("asOf", "2024-10-01");
    const ws = await stateSheetOf(await wb.toBytes());
    const rows: [unknown, unknown][] = [];
    ws.eachRow((row) => {
      expect(row.cellCount).toBe(2);
      rows.push([row.getCell(1).value, row.getCell(2).value]);
      for (const c of [1, 2]) {
        expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(c).numFmt).toBe("@");
      }
    });
    expect(rows.map(([k, v]) => [k, String(v).length])).toEqual([
      ["asOf", 10],
      ["mapping", 30_000],
      ["mapping", 30_000],
      ["mapping", 10_000],
    ]);
    expect(ws.state).toBe("veryHidden");
    // What the Office adapter reads from these rows inside Excel.
    expect(officeParseStateRows(rows).get("mapping")).toBe(value);
  });

  it("rewrites an Office-laid-out sheet in the same layout without losing the long value", async () => {
    const wb = await openXlsx(await withStateRows(OFFICE_ROWS));
    await wb.saveState("kvm.other", "1");
    const bytes = await wb.toBytes();
    const ws = await stateSheetOf(bytes);
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
    expect(rows.map((r) => r[0])).toEqual(["kvm.other", "kvm.owned", "kvm.settings", "kvm.settings"]);
    expect(rows.every((r) => r[2] === null)).toBe(true);
    expect(await (await openXlsx(bytes)).loadState("kvm.settings")).toBe(LONG);
  });
});
