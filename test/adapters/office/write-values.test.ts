import { MonitorError, type CellWrite } from "../../../src/app/workbook-gateway";
import { officeOn } from "./setup";

const SHEET = "Мониторинг по ОО";

function write(row: number, col: number, value: CellWrite["value"], numberFormat?: string): CellWrite {
  return { sheet: SHEET, row, col, value, numberFormat };
}

describe("OfficeWorkbookGateway.writeValues (collect)", () => {
  it("keeps every value's type: formula-like and numeric text stay text, dates arrive as serials with their format", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet(SHEET, [["Школа", "п. 8", "п. 9", "Показатель"]]);
    s.cellAt(5, 0).numberFormat = "@";
    await gateway.writeValues([
      write(1, 0, "=1+2"),
      write(1, 1, 45550, "DD.MM.YYYY"),
      write(1, 2, "00123"),
      write(1, 3, 12.5),
      write(2, 0, "15.02.2024"),
      write(2, 1, "'в кавычке"),
      write(2, 2, true),
      write(2, 3, "-5"),
      write(3, 0, "#N/A"),
      write(5, 0, "=SUM(A1)"),
    ]);
    expect(s.cell("A2")).toMatchObject({ value: "=1+2", formula: undefined });
    expect(s.cell("B2")).toMatchObject({ value: 45550, numberFormat: "DD.MM.YYYY" });
    expect(s.cell("C2")).toMatchObject({ value: "00123", formula: undefined });
    expect(s.cell("D2").value).toBe(12.5);
    expect(s.cell("A3").value).toBe("15.02.2024");
    expect(s.cell("B3").value).toBe("'в кавычке");
    expect(s.cell("C3").value).toBe(true);
    expect(s.cell("D3")).toMatchObject({ value: "-5", formula: undefined });
    expect(s.cell("A4").value).toBe("#N/A");
    // A text-formatted cell takes the text as it is (an apostrophe there would stay in the value).
    expect(s.cell("A6")).toMatchObject({ value: "=SUM(A1)", formula: undefined, numberFormat: "@" });
    // Formats of cells written without one are left as they were.
    expect(s.cell("A2").numberFormat).toBe("General");
  });

  it("clears a cell for null and restores its number format when asked (undo)", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet(SHEET, [["Школа", 45550]]);
    s.cellAt(0, 1).numberFormat = "DD.MM.YYYY";
    await gateway.writeValues([write(0, 1, null, "General")]);
    expect(s.cell("B1")).toMatchObject({ value: "", numberFormat: "General" });
  });

  it("checks protection before writing: a protected sheet fails with sheet-protected and nothing changes", async () => {
    const { book, gateway } = officeOn();
    book.addSheet(SHEET, [["Школа", ""]]);
    book.addSheet("Показатели", [["Школа", ""]]).protected = true;
    const before = book.valuesFingerprint();
    const err = await gateway
      .writeValues([write(0, 1, "да"), { sheet: "Показатели", row: 0, col: 1, value: 5 }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MonitorError);
    expect((err as MonitorError).code).toBe("sheet-protected");
    expect((err as MonitorError).details.sheet).toBe("Показатели");
    expect(book.valuesFingerprint()).toBe(before);
  });

  it("refuses a missing sheet before writing anything", async () => {
    const { book, gateway } = officeOn();
    book.addSheet(SHEET, [["Школа", ""]]);
    const before = book.valuesFingerprint();
    await expect(
      gateway.writeValues([write(0, 1, "да"), { sheet: "Нет такого", row: 0, col: 0, value: 1 }]),
    ).rejects.toMatchObject({ code: "sheet-missing", details: { sheet: "Нет такого" } });
    expect(book.valuesFingerprint()).toBe(before);
  });

  it("says cell-editing while Excel is in cell-editing mode", async () => {
    const { book, gateway } = officeOn();
    book.addSheet(SHEET, [["Школа"]]);
    book.editMode = true;
    await expect(gateway.writeValues([write(1, 0, "x")])).rejects.toMatchObject({ code: "cell-editing" });
  });

  it("says access-denied in a workbook open for viewing only", async () => {
    const { book, gateway } = officeOn();
    book.addSheet(SHEET, [["Школа"]]);
    book.viewOnly = true;
    await expect(gateway.writeValues([write(1, 0, "x")])).rejects.toMatchObject({ code: "access-denied" });
  });

  it("costs the same syncs for 10 cells as for 5,000, and splits a 9 MB write under the 5 MB request limit", async () => {
    const syncs: number[] = [];
    for (const n of [10, 5_000]) {
      const { book, gateway, syncsOf } = officeOn();
      book.addSheet(SHEET, [["Школа"]]);
      const cells = Array.from({ length: n }, (_, i) => write(1 + i, i % 7, i % 2 ? i : `текст ${i}`));
      syncs.push(await syncsOf(() => gateway.writeValues(cells)));
      const lastCell = book.sheet(SHEET).peek(n, (n - 1) % 7);
      expect(lastCell?.value).toBe(n - 1);
    }
    // Sheet list; protection and the formats of text cells; the writes.
    expect(syncs).toEqual([3, 3]);

    const { book, gateway, syncsOf } = officeOn();
    book.addSheet(SHEET, [["Школа"]]);
    const long = "Ответ школы о выполнении пункта дорожной карты. ".repeat(7);
    const cells = Array.from({ length: 15_000 }, (_, i) => write(1 + Math.floor(i / 3), i % 3, `${long}${i}`));
    const n = await syncsOf(() => gateway.writeValues(cells));
    expect(book.maxRequestPayload).toBeLessThanOrEqual(5_000_000);
    expect(n).toBeGreaterThan(3);
    expect(n).toBeLessThan(12);
    expect(book.sheet(SHEET).cell("C5001").value).toBe(`${long}14999`);
  });
});
