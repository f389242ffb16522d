import { DoubleWorkbook, RequestContext, makeIsSetSupported, makeRun } from "./index";

describe("Excel test double", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("Лист1", [["a"]]);
    const ctx = new RequestContext(book);
    const range = ctx.workbook.worksheets.getItem("Лист1").getRange("A1");
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(range.values).toEqual([["a"]]);
    expect(ctx.syncCount).toBe(1);
  });

  it("applies queued writes only at sync, in order", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    const ctx = new RequestContext(book);
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
    r.values = [["one"]];
    r.values = [["two"]];
    expect(book.sheet("S").cell("A1").value).toBe("");
    await ctx.sync();
    expect(book.sheet("S").cell("A1").value).toBe("two");
  });

  it("rejects ExcelApi 1.9 methods on a 1.7 host and reports the set as unsupported", () => {
    const book = new DoubleWorkbook({ apiVersion: 7 });
    book.addSheet("S");
    const ctx = new RequestContext(book);
    const ws = ctx.workbook.worksheets.getItem("S");
    expect(() => ws.getRanges("A1,B2")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(() => ws.getRange("A1").getCellProperties({})).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    expect(makeIsSetSupported(book)("ExcelApi", "1.9")).toBe(false);
    expect(makeIsSetSupported(book)("ExcelApi", "1.7")).toBe(true);
  });

  it("fails the write to a protected sheet with AccessDenied but keeps the commands before it", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("Open");
    book.addSheet("Locked").protected = true;
    const ctx = new RequestContext(book);
    ctx.workbook.worksheets.getItem("Open").getRange("A1").values = [[1]];
    ctx.workbook.worksheets.getItem("Locked").getRange("A1").values = [[2]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(book.sheet("Open").cell("A1").value).toBe(1);
    expect(book.sheet("Locked").cell("A1").value).toBe("");
  });

  it("fails every sync in cell-editing mode", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    book.editMode = true;
    const ctx = new RequestContext(book);
    ctx.workbook.worksheets.load("items");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it.each([
    [
      "an address over 8,192 characters",
      (ctx: RequestContext) => {
        const parts = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
        ctx.workbook.worksheets.getItem("S").getRanges(parts).format.fill.color = "#FF0000";
      },
      "InvalidArgument",
    ],
    [
      "a request over 5 MB",
      (ctx: RequestContext) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A1000").values = Array.from({ length: 1000 }, () => [
          "x".repeat(6000),
        ]);
      },
      "RequestPayloadSizeLimitExceeded",
    ],
  ])("rejects %s", async (_name, queue, code) => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    const ctx = new RequestContext(book);
    queue(ctx);
    await expect(ctx.sync()).rejects.toMatchObject({ code });
    expect(book.sheet("S").cells.size).toBe(0);
  });

  it("rejects a response over 5 MB", async () => {
    const book = new DoubleWorkbook();
    const s = book.addSheet("S");
    for (let r = 0; r < 1000; r++) s.cellAt(r, 0).value = "y".repeat(6000);
    const ctx = new RequestContext(book);
    ctx.workbook.worksheets.getItem("S").getRange("A1:A1000").load("values");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it.each([
    ["=1+1", "General", "#NAME?", "=1+1"],
    ["=1+1", "@", "=1+1", undefined],
    ["+7 школ", "General", "#NAME?", "=+7 школ"],
    ["'=SUM(A1)", "General", "=SUM(A1)", undefined],
    ["0012", "General", 12, undefined],
    ["0012", "@", "0012", undefined],
  ])("types %p into a %p cell as Excel does", async (typed, format, value, formula) => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    await makeRun(book)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      r.numberFormat = [[format]];
      r.values = [[typed]];
      await ctx.sync();
    });
    expect(book.sheet("S").cell("A1").value).toBe(value);
    expect(book.sheet("S").cell("A1").formula).toBe(formula);
  });

  it("reports used range geometry of data that does not start at A1", async () => {
    const book = new DoubleWorkbook();
    book.addSheet(
      "S",
      [
        ["a", "b"],
        [1, 2],
      ],
      { row: 3, col: 2 },
    );
    const ctx = new RequestContext(book);
    const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await ctx.sync();
    expect([used.address, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([
      "S!C4:D5",
      3,
      2,
      2,
      2,
    ]);
  });
  describe("Range.getMergedAreasOrNullObject (ExcelApi 1.13)", () => {
    const PROPS = "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount";
    const geometry = (items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[]) =>
      items.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]);

    it("returns merges from addMerge and range.merge() after load and sync, PropertyNotLoaded before", async () => {
      const book = new DoubleWorkbook();
      book.addSheet("S").addMerge("A1:A2");
      const ctx = new RequestContext(book);
      ctx.workbook.worksheets.getItem("S").getRange("C1:D1").merge();
      const merged = ctx.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject();
      merged.load(PROPS);
      expect(() => merged.areas.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(merged.isNullObject).toBe(false);
      expect(geometry(merged.areas.items)).toEqual([
        [0, 0, 2, 1],
        [0, 2, 1, 2],
      ]);
      expect(book.apiCalls.has("Range.getMergedAreasOrNullObject")).toBe(true);
    });

    it("keeps only areas whose top-left cell is in the range, whole, and is a null object without any", async () => {
      const book = new DoubleWorkbook();
      book.addSheet("S").addMerge("B2:C3").addMerge("E5:F5");
      const ctx = new RequestContext(book);
      const ws = ctx.workbook.worksheets.getItem("S");
      const some = ws.getRange("B2:B2").getMergedAreasOrNullObject().load(PROPS);
      const none = ws.getRange("C3:F4").getMergedAreasOrNullObject().load(PROPS);
      await ctx.sync();
      expect(geometry(some.areas.items)).toEqual([[1, 1, 2, 2]]);
      expect(none.isNullObject).toBe(true);
    });

    it("throws ApiNotFound on an ExcelApi 1.12 host", () => {
      const book = new DoubleWorkbook({ apiVersion: 12 });
      book.addSheet("S");
      const ctx = new RequestContext(book);
      const range = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => range.getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(makeIsSetSupported(book)("ExcelApi", "1.13")).toBe(false);
    });

    it("fails the sync when the range holds more than 512 merged areas", async () => {
      const book = new DoubleWorkbook();
      const s = book.addSheet("S");
      for (let r = 1; r <= 513; r++) s.addMerge(`A${r}:B${r}`);
      const ctx = new RequestContext(book);
      ctx.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().load(PROPS);
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });

    it("refuses a test merge over an existing one", () => {
      const s = new DoubleWorkbook().addSheet("S").addMerge("A1:B2");
      expect(() => s.addMerge("B2:C3")).toThrow("overlaps");
    });
  });
});

describe("Excel test double: workbook structure protection and row insertion", () => {
  it("reports workbook.protection.protected and refuses adding, deleting and renaming sheets", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("A");
    book.addSheet("B");
    book.structureProtected = true;
    const ctx = new RequestContext(book);
    const p = ctx.workbook.protection;
    p.load("protected");
    await ctx.sync();
    expect(p.protected).toBe(true);
    const attempts: (() => void)[] = [
      () => ctx.workbook.worksheets.add("C"),
      () => ctx.workbook.worksheets.getItem("B").delete(),
      () => (ctx.workbook.worksheets.getItem("B").name = "D"),
    ];
    for (const attempt of attempts) {
      attempt();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    }
    ctx.workbook.worksheets.getItem("A").getRange("A1").values = [["ok"]];
    await ctx.sync();
    expect([book.sheets.map((s) => s.name), book.sheet("A").cell("A1").value]).toEqual([["A", "B"], "ok"]);
  });

  it("moves cells and notes down when a row is inserted above them", () => {
    const book = new DoubleWorkbook();
    const s = book.addSheet("S", [["r1"], ["r2"], ["r3"]]);
    s.notes.set("A2", "note");
    s.insertRows(1);
    expect([s.cell("A1").value, s.cell("A2").value, s.cell("A3").value, s.cell("A4").value]).toEqual([
      "r1",
      "",
      "r2",
      "r3",
    ]);
    expect(Object.fromEntries(s.notes)).toEqual({ A3: "note" });
  });
});

describe("payload counted in UTF-8 bytes (issue 10)", () => {
  it("refuses 3 MB of Cyrillic characters, which is 6 MB of request", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    const ctx = new RequestContext(book);
    ctx.workbook.worksheets.getItem("S").getRange("A1:A1000").values = Array.from({ length: 1000 }, () => [
      "я".repeat(3000),
    ]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
