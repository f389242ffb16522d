import { DoubleWorkbook, RequestContext } from "./index";

/** A workbook with sheet "S" and a context on it. */
function on(rows: (string | number)[][] = []): { book: DoubleWorkbook; ctx: RequestContext } {
  const book = new DoubleWorkbook();
  book.addSheet("S", rows);
  return { book, ctx: new RequestContext(book) };
}

describe("Excel double: strict where Excel is", () => {
  it("leaves a cell unchanged where the values array holds null (or undefined)", async () => {
    const { book, ctx } = on([["keep", "old", 7]]);
    book.sheet("S").cellAt(0, 0).formula = "=A9";
    ctx.workbook.worksheets.getItem("S").getRange("A1:C1").values = [[null, "new", undefined]];
    await ctx.sync();
    expect(book.sheet("S").cell("A1")).toMatchObject({ value: "keep", formula: "=A9" });
    expect(book.sheet("S").cell("B1").value).toBe("new");
    expect(book.sheet("S").cell("C1").value).toBe(7);
  });

  it('reads "" as General and leaves a null number format unchanged', async () => {
    const { book, ctx } = on([[1, 2]]);
    book.sheet("S").cellAt(0, 0).numberFormat = "0.00";
    book.sheet("S").cellAt(0, 1).numberFormat = "ДД.ММ.ГГГГ";
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    r.numberFormat = [["", null]];
    r.load("numberFormat");
    await ctx.sync();
    expect(r.numberFormat).toEqual([["General", "ДД.ММ.ГГГГ"]]);
  });

  it("refuses text longer than a cell holds (32,767 characters) and writes nothing of the command", async () => {
    const { book, ctx } = on();
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.getRange("A1:B1").values = [["ok", "я".repeat(32_768)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.sheet("S").cell("A1").value).toBe("");
    ws.getRange("A1").values = [["я".repeat(32_767)]];
    await ctx.sync();
    expect(String(book.sheet("S").cell("A1").value)).toHaveLength(32_767);
  });

  it("keeps only the upper-left value of a merged area (of each row when merging across)", async () => {
    const { book, ctx } = on([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    book.addSheet("T", [
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
    ctx.workbook.worksheets.getItem("S").getRange("A1:C2").merge(false);
    ctx.workbook.worksheets.getItem("T").getRange("A1:C2").merge(true);
    await ctx.sync();
    const values = (name: string) =>
      ["A1", "B1", "C1", "A2", "B2", "C2"].map((a) => book.sheet(name).cell(a).value).join(",");
    expect(values("S")).toBe("a,,,,,");
    expect(values("T")).toBe("a,,,d,,");
    expect(book.sheet("T").merges).toHaveLength(2);
  });

  it.each([
    ["blank", ""],
    ["longer than 31 characters", "x".repeat(32)],
    ["with a colon", "Итоги: 2026"],
    ["with a slash", "01/12/2026"],
    ["with a backslash", "a\\b"],
    ["with a question mark", "Что?"],
    ["with an asterisk", "a*"],
    ["with brackets", "[1]"],
    ["beginning with an apostrophe", "'Лист"],
    ["ending with an apostrophe", "Лист'"],
    ["reserved", "history"],
  ])("refuses a sheet name %s, on add and on rename", async (_what, name) => {
    const { book, ctx } = on();
    ctx.workbook.worksheets.add(name);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    ctx.workbook.worksheets.getItem("S").name = name;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("accepts a 31-character name with an inner apostrophe", async () => {
    const { book, ctx } = on();
    const name = `Кванториум д'Артаньяна ${"x".repeat(8)}`;
    expect(name).toHaveLength(31);
    ctx.workbook.worksheets.add(name);
    await ctx.sync();
    expect(book.find(name)?.name).toBe(name);
  });

  it("takes sheet names as equal regardless of case, Cyrillic too, but lets a sheet change its own case", async () => {
    const { book, ctx } = on();
    book.addSheet("Замечания");
    ctx.workbook.worksheets.add("ЗАМЕЧАНИЯ");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.worksheets.getItem("S").name = "замечания";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.worksheets.getItem("Замечания").name = "ЗАМЕЧАНИЯ";
    await ctx.sync();
    expect(book.sheets.map((s) => s.name)).toEqual(["S", "ЗАМЕЧАНИЯ"]);
  });

  it("refuses to hide the last visible sheet, and to delete a very hidden one", async () => {
    const { book, ctx } = on();
    book.addSheet("Hidden").visibility = "VeryHidden";
    ctx.workbook.worksheets.getItem("S").visibility = "Hidden";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    ctx.workbook.worksheets.getItem("S").visibility = "VeryHidden";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(book.sheet("S").visibility).toBe("Visible");
    ctx.workbook.worksheets.getItem("Hidden").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    // As Excel asks: make it Hidden, then delete it.
    ctx.workbook.worksheets.getItem("Hidden").visibility = "Hidden";
    ctx.workbook.worksheets.getItem("Hidden").delete();
    await ctx.sync();
    expect(book.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("resolves sync with the value passed through, as Office.js does", async () => {
    const { ctx } = on();
    await expect(ctx.sync("через")).resolves.toBe("через");
  });

  it("answers getCellProperties with only the properties asked for", async () => {
    const { book, ctx } = on([["x"]]);
    book.sheet("S").cellAt(0, 0).fill = { color: "#FFC7CE", pattern: "Gray50", patternColor: "#000000" };
    book.sheet("S").cellAt(0, 0).font = { bold: true };
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
    const fills = r.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const all = r.getCellProperties({ address: true, format: { font: { bold: true } } });
    await ctx.sync();
    expect(fills.value).toEqual([[{ format: { fill: { color: "#FFC7CE", pattern: "Gray50" } } }]]);
    expect(all.value).toEqual([[{ address: "S!A1", format: { font: { bold: true } } }]]);
    // An option the double does not model is a test error, not a silent omission.
    expect(() => r.getCellProperties({ style: true, format: { protection: true } })).toThrow(
      "The double's getCellProperties has no style, format.protection",
    );
  });

  it("takes a Range where Office.js takes Range | string (freezeAt, notes.add, print titles, page breaks)", async () => {
    const { book, ctx } = on();
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.freezePanes.freezeAt(ws.getRange("A1:B2"));
    ws.notes.add(ws.getRange("C3"), "заметка");
    ws.pageLayout.setPrintTitleRows(ws.getRange("A1:A2"));
    ws.pageLayout.setPrintTitleColumns(ws.getRange("A1:B1"));
    const brk = ws.verticalPageBreaks.add(ws.getRange("D1"));
    brk.load("columnIndex");
    const layout = ws.pageLayout;
    layout.orientation = "Landscape";
    layout.load("orientation,zoom");
    await ctx.sync();
    const s = book.sheet("S");
    expect(s.freeze).toEqual({ rows: 2, cols: 2 });
    expect(s.notes.get("C3")).toBe("заметка");
    expect(s.pageLayout).toMatchObject({ printTitleRows: "$1:$2", printTitleColumns: "$A:$B", colBreaks: ["D1"] });
    expect(brk.columnIndex).toBe(3);
    expect([layout.orientation, layout.zoom]).toEqual(["Landscape", { scale: 100 }]);
  });

  it("refuses a note on more than one cell at sync, as Office.js checks arguments", async () => {
    const { ctx } = on();
    ctx.workbook.worksheets.getItem("S").notes.add("A1:B2", "x");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
