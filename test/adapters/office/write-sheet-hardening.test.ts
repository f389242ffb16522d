import { quoteSheetName } from "../../../src/domain/cell-address";
import type { SheetModel } from "../../../src/domain/sheet-model";
import { officeOn } from "./setup";

/** Issue 10, Office.js items 1, 2, 6, 7 and 9: what writeSheet must do in real Excel. */
function findings(name: string, rows = 2, extra: Partial<SheetModel> = {}): SheetModel {
  return {
    name,
    cells: [
      { row: 0, col: 0, value: "№" },
      { row: 0, col: 1, value: "Лист" },
      { row: 0, col: 2, value: "Ячейка" },
      ...Array.from({ length: rows }, (_, i) => [
        { row: i + 1, col: 0, value: i + 1 },
        { row: i + 1, col: 1, value: "Q3" },
        { row: i + 1, col: 2, value: "B2", link: { sheet: "Q3", cell: "B2" } },
      ]).flat(),
    ],
    columnWidths: [6, 30, 60],
    table: { name: "KvantoriumFindings", range: { top: 0, left: 0, bottom: rows, right: 2 } },
    print: { orientation: "landscape", fitToWidth: true },
    ...extra,
  };
}

describe("table names are unique in the workbook (item 1)", () => {
  it("checks in English Excel, then in Russian Excel, without ItemAlreadyExists", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Q3", [["x"]]);
    await expect(gateway.writeSheet(findings("Issues"))).resolves.toBe("Issues");
    await expect(gateway.writeSheet(findings("Замечания"))).resolves.toBe("Замечания");
    const names = book.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    expect(book.sheet("Замечания").tables[0].name).toBe("KvantoriumFindings_2");
  });

  it("keeps the name when it replaces its own sheet (the old table goes with it)", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(findings("Замечания"));
    await gateway.writeSheet(findings("Замечания", 5));
    expect(book.sheet("Замечания").tables.map((t) => t.name)).toEqual(["KvantoriumFindings"]);
  });

  it("steps around a table of the user's with the same name", async () => {
    const { book, gateway } = officeOn();
    const mine = book.addSheet("Мои", [["a"], [1]]);
    mine.tables.push({
      name: "KvantoriumFindings",
      address: "A1:A2",
      area: { top: 0, left: 0, bottom: 1, right: 0 },
      hasHeaders: true,
      headers: ["a"],
    });
    await gateway.writeSheet(findings("Замечания"));
    expect(mine.tables[0].name).toBe("KvantoriumFindings");
    expect(book.sheet("Замечания").tables[0].name).toBe("KvantoriumFindings_2");
  });
});

describe("the record of owned sheets is written first (item 2)", () => {
  it("replaces a half-written sheet on the next run instead of adding «Замечания (2)»", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    // A merge inside the table's range: Excel refuses the table after the sheet exists.
    const broken = findings("Замечания", 2, { merges: [{ top: 1, left: 1, bottom: 2, right: 1 }] });
    await expect(gateway.writeSheet(broken)).rejects.toMatchObject({ code: "merged-conflict" });
    expect(book.find("Замечания")).toBeDefined();
    await expect(gateway.writeSheet(findings("Замечания"))).resolves.toBe("Замечания");
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith("Замечания"))).toEqual(["Замечания"]);
  });
});

describe("tables.add is given a Range of the sheet being written (item 9)", () => {
  it("puts the table on its own sheet while another sheet is active", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Реестр ОО", [["a", "b", "c"]]);
    book.activeSheet = "Реестр ОО";
    await gateway.writeSheet(findings("Замечания"), { activate: false });
    expect(book.sheet("Реестр ОО").tables).toEqual([]);
    expect(book.sheet("Замечания").tables).toHaveLength(1);
    expect(book.activeSheet).toBe("Реестр ОО");
  });
});

describe("documentReference quotes every name Excel would (item 6)", () => {
  it.each(["Q3", "FY2024", "R1C1", "R", "C5", "A1", "xfd1048576"])("quotes %s", (name) => {
    expect(quoteSheetName(name)).toBe(`'${name}'`);
  });

  it.each(["Issues", "Report_2024", "XFE1", "A1048577", "RC_1"])("leaves %s plain", (name) => {
    expect(quoteSheetName(name)).toBe(name);
  });

  it("links to a sheet named like a cell with a quoted reference", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Q3", [["x"]]);
    await gateway.writeSheet(findings("Замечания"));
    expect(book.sheet("Замечания").cell("C2").hyperlink?.documentReference).toBe("'Q3'!B2");
  });
});

describe("print setup (item 7)", () => {
  it("fits the width with a scale, never verticalFitToPages 0 (office-js #1860)", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(findings("Замечания"));
    const zoom = book.sheet("Замечания").pageLayout.zoom as Record<string, unknown>;
    expect(zoom).not.toHaveProperty("verticalFitToPages");
    expect(zoom).not.toHaveProperty("horizontalFitToPages");
    // 6 + 30 + 60 characters ≈ 540 pt; landscape A4 less Normal margins is 741 pt: no shrinking.
    expect(zoom.scale).toBe(100);
  });

  it("shrinks a sheet wider than the page so it prints one page wide", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(findings("Замечания", 2, { columnWidths: [60, 60, 60] }));
    const zoom = book.sheet("Замечания").pageLayout.zoom as { scale: number };
    expect(zoom.scale).toBeLessThan(100);
    expect(zoom.scale).toBeGreaterThanOrEqual(10);
  });
});
