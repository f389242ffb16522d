import { readSnapshot } from "../../../src/adapters/office/read-snapshot";
import { DoubleWorkbook, RequestContext } from "../../excel-double";
import { officeOn } from "./setup";

/** Issue 10, Office.js item 4: reads bounded by the data really there, never over 5 million cells. */
function registry(book: DoubleWorkbook, n: number) {
  return book.addSheet(
    "Реестр ОО",
    Array.from({ length: n }, (_, i) => [i + 1, `МБОУ «СОШ № ${i + 1}»`, "15.02.2024"]),
  );
}

describe("reading a sheet whose used range is stretched by a stray value", () => {
  it("reads a value in XFD1 beside 1,000 rows without a crash, in a few syncs", async () => {
    const { book, gateway, syncsOf } = officeOn();
    const s = registry(book, 1000);
    s.cellAt(0, 16_383).value = "забыто";
    let snap: Awaited<ReturnType<typeof gateway.readSnapshot>> | undefined;
    const syncs = await syncsOf(async () => (snap = await gateway.readSnapshot()));
    const sheet = snap!.sheets[0];
    expect(sheet.rows).toHaveLength(1000);
    expect(sheet.rows[0][16_383]).toBe("забыто");
    expect(sheet.rows[999].slice(0, 3)).toEqual([1000, "МБОУ «СОШ № 1000»", "15.02.2024"]);
    expect(sheet.rows[500][100] ?? null).toBeNull();
    // List, the refused whole read, geometry, the tile search, the blocks: not 500 row pairs.
    expect(syncs).toBeLessThanOrEqual(6);
  });

  it("reads a value in A1048576 below the data the same way", async () => {
    const { book, gateway } = officeOn();
    const s = registry(book, 20);
    s.cellAt(1_048_575, 0).value = 7;
    s.cellAt(1_048_575, 5).value = "конец";
    const sheet = (await gateway.readSnapshot()).sheets[0];
    expect(sheet.rows).toHaveLength(1_048_576);
    expect(sheet.rows[1_048_575][5]).toBe("конец");
    expect(sheet.rows[19][1]).toBe("МБОУ «СОШ № 20»");
    expect(sheet.rows[5000]).toEqual([]);
  });

  it("never asks Excel for more than 5 million cells in one read", async () => {
    const { book, gateway } = officeOn();
    registry(book, 10).cellAt(400_000, 15).value = "x"; // 400,001 × 16 = 6.4 million cells
    const sheet = (await gateway.readSnapshot()).sheets[0];
    expect(sheet.rows[400_000][15]).toBe("x");
    expect(sheet.rows[9][0]).toBe(10);
    // The first read asked for all 6.4 million and got null; every read after it is bounded.
    expect(book.valueReads[0]).toBe(400_001 * 16);
    expect(Math.max(...book.valueReads.slice(1))).toBeLessThanOrEqual(5_000_000);
  });

  it("says a sheet is too large, naming it, when its real data is more than the pane can check", async () => {
    const book = new DoubleWorkbook();
    registry(book, 300);
    const context = new RequestContext(book) as unknown as Excel.RequestContext;
    await expect(
      readSnapshot(context, { mergedAreas: true }, undefined, { cellsPerRead: 500, cellsPerSheet: 600 }),
    ).rejects.toMatchObject({ code: "workbook-too-large", details: { sheet: "Реестр ОО" } });
  });

  it("reads a sheet in blocks of at most cellsPerRead cells, in both directions", async () => {
    const book = new DoubleWorkbook();
    const s = book.addSheet("Широкий");
    for (let c = 0; c < 300; c++) s.cellAt(0, c).value = `h${c}`;
    for (let r = 1; r < 40; r++) s.cellAt(r, 299).value = r;
    const context = new RequestContext(book) as unknown as Excel.RequestContext;
    const snap = await readSnapshot(context, { mergedAreas: false }, undefined, {
      cellsPerRead: 100,
      cellsPerSheet: 1_000_000,
    });
    expect(snap.sheets[0].rows[0][299]).toBe("h299");
    expect(snap.sheets[0].rows[39][299]).toBe(39);
    expect(snap.sheets[0].rows[39][0]).toBeNull();
    // After the whole-range attempt, every block is within the limit.
    expect(book.valueReads[0]).toBe(300 * 40);
    expect(Math.max(...book.valueReads.slice(1))).toBeLessThanOrEqual(100);
  });
});
