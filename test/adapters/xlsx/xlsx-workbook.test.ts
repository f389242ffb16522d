import { openXlsx, newXlsxWorkbook, STATE_SHEET, NOTE_AUTHOR } from "../../../src/adapters/xlsx";
import type { PaintPlan } from "../../../src/domain/paint-plan";
import type { SheetModel } from "../../../src/domain/sheet-model";
import { makeRichWorkbook } from "../../fixtures/make-fixtures";
import { malformed, xmlParts } from "./tiny-package";
import { fillOf, parts, reread } from "./xlsx-helpers";

const FINDINGS: SheetModel = {
  name: "Замечания",
  cells: [
    { row: 0, col: 0, value: "№", style: { bold: true, fill: "#D9E1F2", border: true } },
    { row: 0, col: 1, value: "Школа", style: { bold: true, fill: "#D9E1F2", border: true } },
    { row: 0, col: 2, value: "Ячейка", style: { bold: true, fill: "#D9E1F2", border: true } },
    { row: 1, col: 0, value: 1 },
    { row: 1, col: 1, value: "МБОУ «СОШ № 10»" },
    { row: 1, col: 2, value: "Реестр ОО!D3", link: { sheet: "Реестр ОО", cell: "D3" } },
    { row: 2, col: 0, value: 2 },
    { row: 2, col: 1, value: "Гимназия", style: { wrap: true, vAlign: "top" } },
    { row: 2, col: 2, value: 45337, style: { numberFormat: "DD.MM.YYYY" } },
  ],
  table: { name: "Замечания", range: { top: 0, left: 0, bottom: 2, right: 2 } },
  merges: [{ top: 4, left: 0, bottom: 4, right: 2 }],
  columnWidths: [6, 40, 18],
  rowHeights: { 0: 30 },
  freeze: { rows: 1, cols: 0 },
  print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
  tabColor: "#2F5597",
};

async function paintedRich(): Promise<Uint8Array> {
  const wb = await openXlsx(await makeRichWorkbook());
  await wb.applyPaint([
    { sheet: "Реестр ОО", row: 1, col: 1, fill: "#FFC7CE", note: "Просрочено" },
    { sheet: "Реестр ОО", row: 2, col: 2, fill: "#C6EFCE", note: "Выполнено в срок" },
    { sheet: "Дорожная карта", row: 1, col: 3, fill: "#C6EFCE", note: "В срок" },
    { sheet: "Дорожная карта", row: 6, col: 3, fill: "#FFC7CE" },
  ]);
  await wb.writeSheet(FINDINGS);
  return wb.toBytes();
}

describe("XlsxWorkbook keeps what it did not create (PRODUCT §2 «Nothing is lost»)", () => {
  let before: Map<string, string>;
  let after: Map<string, string>;
  beforeAll(async () => {
    before = await parts(await makeRichWorkbook());
    after = await parts(await paintedRich());
  });

  it.each([
    ["the chart", "xl/charts/chart1.xml"],
    ["the chart's drawing", "xl/drawings/drawing9.xml"],
    ["the image", "xl/media/image1.png"],
    ["the image's drawing", "xl/drawings/drawing1.xml"],
    ["the pivot table", "xl/pivotTables/pivotTable1.xml"],
    ["the pivot cache", "xl/pivotCache/pivotCacheDefinition1.xml"],
    ["the pivot records", "xl/pivotCache/pivotCacheRecords1.xml"],
    ["the unpainted data sheet", "xl/worksheets/sheet3.xml"],
    ["the pivot sheet", "xl/worksheets/sheet4.xml"],
    ["the shared strings", "xl/sharedStrings.xml"],
    ["the theme", "xl/theme/theme1.xml"],
  ])("copies %s byte for byte", (_what, path) => {
    expect(before.get(path)).toBeDefined();
    expect(after.get(path)).toBe(before.get(path));
  });

  it("writes only well-formed XML parts (every part parsed back with fast-xml-parser)", async () => {
    const out = await xmlParts(await paintedRich());
    expect(out.size).toBeGreaterThan(15);
    expect(malformed(out)).toEqual([]);
  });

  it("keeps the defined name and the pivot cache list in workbook.xml", () => {
    const wb = after.get("xl/workbook.xml")!;
    expect(wb).toContain(`<definedName name="Школы">&apos;Реестр ОО&apos;!$C$3:$C$5</definedName>`);
    expect(wb).toContain(`<pivotCache cacheId="7" r:id="rIdPivot1"/>`);
  });

  it("keeps data validation, conditional formatting, column widths and merges of a painted sheet", () => {
    const strip = (xml: string) =>
      xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<legacyDrawing[^>]*>/, "");
    expect(strip(after.get("xl/worksheets/sheet1.xml")!)).toBe(strip(before.get("xl/worksheets/sheet1.xml")!));
    const sheet = after.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain("<dataValidation ");
    expect(sheet).toContain("<conditionalFormatting ");
    expect(sheet).toContain(`width="41.5"`);
  });

  it("keeps the user's comment text and adds ours by a separate author", async () => {
    const wb = await reread(await paintedRich());
    const reg = wb.getWorksheet("Реестр ОО")!;
    expect(
      String(
        (reg.getCell("C3").note as { texts?: { text: string }[] }).texts?.map((t) => t.text).join("") ??
          reg.getCell("C3").note,
      ),
    ).toBe("Комментарий координатора");
    expect(after.get("xl/comments1.xml")).toContain(`<author>${NOTE_AUTHOR}</author>`);
    expect(after.get("xl/comments1.xml")).toContain(`<comment ref="B2"`);
    expect(after.get("xl/comments1.xml")).not.toContain("Выполнено в срок");
  });

  it("keeps the fonts, borders and fills of other cells and the font and border of painted cells", async () => {
    const wb = await reread(await paintedRich());
    const reg = wb.getWorksheet("Реестр ОО")!;
    expect(fillOf(reg.getCell("A2"))).toBe("#92D050");
    expect(fillOf(reg.getCell("B2"))).toBe("#FFC7CE");
    expect(reg.getCell("B2").font?.bold).toBe(true);
    expect(reg.getCell("B2").font?.color?.argb).toBe("FF1F3864");
    expect(reg.getCell("B2").border?.bottom?.style).toBe("medium");
    expect(reg.getCell("B2").value).toBe("Муниципальный район");
    expect(reg.getCell("D3").numFmt).toBe("0");
    const rm = wb.getWorksheet("Дорожная карта")!;
    expect(fillOf(rm.getCell("D2"))).toBe("#C6EFCE");
    expect(rm.getCell("D2").numFmt).toBe("DD.MM.YYYY");
    expect(fillOf(rm.getCell("D7"))).toBe("#FFC7CE");
    expect(rm.getCell("D7").value).toBeNull();
  });

  it("changes no value on any sheet it did not create", async () => {
    const original = await (await openXlsx(await makeRichWorkbook())).readSnapshot();
    const painted = await (await openXlsx(await paintedRich())).readSnapshot();
    for (const sheet of original.sheets) {
      expect(painted.sheets.find((s) => s.name === sheet.name)?.rows).toEqual(sheet.rows);
    }
  });
});

describe("XlsxWorkbook paint", () => {
  it("returns the original bytes unchanged after clearPaint", async () => {
    const original = await makeRichWorkbook();
    const wb = await openXlsx(original);
    await wb.applyPaint([{ sheet: "Реестр ОО", row: 2, col: 1, fill: "#FFC7CE", note: "x" }]);
    await wb.clearPaint();
    expect(Buffer.from(await wb.toBytes()).equals(Buffer.from(original))).toBe(true);
  });

  it("repainting replaces the previous paint instead of layering on it", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    await wb.applyPaint([{ sheet: "Реестр ОО", row: 2, col: 1, fill: "#FFC7CE" }]);
    await wb.applyPaint([{ sheet: "Реестр ОО", row: 3, col: 1, fill: "#FFEB9C" }]);
    const reg = (await reread(await wb.toBytes())).getWorksheet("Реестр ОО")!;
    expect(fillOf(reg.getCell("B3"))).toBeNull();
    expect(fillOf(reg.getCell("B4"))).toBe("#FFEB9C");
  });

  it("reuses one cell format per original format and colour", async () => {
    const xfs = async (plan: PaintPlan) => {
      const wb = await openXlsx(await makeRichWorkbook());
      await wb.applyPaint(plan);
      return ((await parts(await wb.toBytes())).get("xl/styles.xml")!.match(/<xf /g) ?? []).length;
    };
    const six = [2, 3, 4].flatMap((row) => [1, 2].map((col) => ({ sheet: "Реестр ОО", row, col, fill: "#FFC7CE" })));
    // B3…C5 share one format, so six cells need no more formats than one of them.
    expect(await xfs(six)).toBe(await xfs(six.slice(0, 1)));
  });

  it("refuses to paint a sheet that does not exist", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    await expect(wb.applyPaint([{ sheet: "Нет такого", row: 0, col: 0, fill: "#FFC7CE" }])).rejects.toMatchObject({
      code: "sheet-missing",
    });
  });
});

describe("XlsxWorkbook.writeSheet", () => {
  it("renders values, styles, merges, widths, heights, freeze panes, print setup and tab colour", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    await wb.writeSheet(FINDINGS);
    const bytes = await wb.toBytes();
    const ws = (await reread(bytes)).getWorksheet("Замечания")!;
    expect(ws.getCell("B2").value).toBe("МБОУ «СОШ № 10»");
    expect(ws.getCell("C3").value).toEqual(new Date(Date.UTC(2024, 1, 15)));
    expect(ws.getCell("C3").numFmt).toBe("DD.MM.YYYY");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(fillOf(ws.getCell("A1"))).toBe("#D9E1F2");
    expect(ws.getCell("A1").border?.left?.style).toBe("thin");
    expect(ws.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF2F5597" });
    const xml = await parts(bytes);
    const sheetXml = [...xml.entries()].find(
      ([p, t]) => p.startsWith("xl/worksheets/sheet") && t.includes("tableParts"),
    )![1];
    expect(sheetXml).toContain(`<mergeCell ref="A5:C5"/>`);
    expect(sheetXml).toContain(`<hyperlink ref="C2" location="'Реестр ОО'!D3"`);
    expect(xml.get("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="4">'Замечания'!$1:$1</definedName>`,
    );
    expect(xml.get("xl/tables/table1.xml")).toContain(`ref="A1:C3"`);
    expect(xml.get("xl/tables/table1.xml")).toContain(`<tableColumn id="2" name="Школа"/>`);
  });

  it.each(['=HYPERLINK("http://evil","Школа")', "+7", "-1", "@x", "=1+1"])(
    "writes %s as a text cell, never as a formula",
    async (text) => {
      const wb = await openXlsx(await makeRichWorkbook());
      await wb.writeSheet({ name: "Отчёт", cells: [{ row: 0, col: 0, value: text }] });
      const bytes = await wb.toBytes();
      const cell = (await reread(bytes)).getWorksheet("Отчёт")!.getCell("A1");
      expect(cell.value).toBe(text);
      const sheetXml = [...(await parts(bytes)).entries()].find(([, t]) => t.includes('t="inlineStr"'))![1];
      expect(sheetXml).not.toContain("<f>");
    },
  );

  it("replaces a sheet of the same name instead of adding a second one", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    await wb.writeSheet(FINDINGS);
    const once = await openXlsx(await wb.toBytes());
    await once.writeSheet({ ...FINDINGS, cells: [{ row: 0, col: 0, value: "новое" }], table: undefined });
    const bytes = await once.toBytes();
    const names = (await once.readSnapshot()).sheets.map((s) => s.name);
    expect(names.filter((n) => n === "Замечания")).toHaveLength(1);
    expect(names.indexOf("Замечания")).toBe(4);
    const xml = await parts(bytes);
    expect([...xml.keys()].some((p) => p.startsWith("xl/tables/"))).toBe(false);
    expect((await reread(bytes)).getWorksheet("Замечания")!.getCell("B2").value).toBeNull();
  });

  it("falls back to an autofilter when the header cannot head an Excel table", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    const cells = [
      { row: 0, col: 0, value: "Школа" },
      { row: 0, col: 1, value: "Школа" },
      { row: 1, col: 0, value: "А" },
    ];
    await wb.writeSheet({
      name: "Отчёт",
      cells,
      table: { name: "T", range: { top: 0, left: 0, bottom: 1, right: 1 } },
    });
    const xml = await parts(await wb.toBytes());
    expect([...xml.keys()].some((p) => p.startsWith("xl/tables/"))).toBe(false);
    expect([...xml.values()].some((t) => t.includes(`<autoFilter ref="A1:B2"/>`))).toBe(true);
  });
});

describe("XlsxWorkbook state and new workbooks", () => {
  it("keeps settings in a very hidden sheet across save and reopen, even long ones", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    const long = "ю".repeat(70000);
    await wb.saveState("mapping", long);
    await wb.saveState("asOf", "2024-10-01");
    const reopened = await openXlsx(await wb.toBytes());
    expect(await reopened.loadState("mapping")).toBe(long);
    expect(await reopened.loadState("asOf")).toBe("2024-10-01");
    expect(await reopened.loadState("missing")).toBeNull();
    const state = (await reopened.readSnapshot()).sheets.find((s) => s.name === STATE_SHEET);
    expect(state?.visibility).toBe("veryHidden");
  });

  it("creates a new workbook holding exactly the given sheets", async () => {
    const wb = newXlsxWorkbook();
    await wb.createWorkbook([FINDINGS, { name: "Дорожная карта", cells: [{ row: 0, col: 0, value: "№" }] }]);
    const reopened = await openXlsx(await wb.toBytes());
    expect((await reopened.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Замечания", "Дорожная карта"]);
  });

  it("replaces an opened workbook's content on createWorkbook", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    await wb.createWorkbook([{ name: "Шаблон", cells: [{ row: 0, col: 0, value: "x" }] }]);
    expect((await wb.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Шаблон"]);
  });
});

describe("XlsxWorkbook input guards", () => {
  it.each(["", "Отчёт: 3 кв.", "a/b", "[x]", "'кавычка'", "Очень длинное имя листа больше 31 знака"])(
    "refuses the sheet name %j that Excel would reject",
    async (name) => {
      const wb = await openXlsx(await makeRichWorkbook());
      await expect(wb.writeSheet({ name, cells: [] })).rejects.toMatchObject({ code: "bad-argument" });
    },
  );

  it("gives a cell listed twice in a plan one colour and one note", async () => {
    const wb = await openXlsx(await makeRichWorkbook());
    await wb.applyPaint([
      { sheet: "Данные", row: 1, col: 1, fill: "#FFC7CE", note: "первое" },
      { sheet: "Данные", row: 1, col: 1, fill: "#FFEB9C", note: "второе" },
    ]);
    const bytes = await wb.toBytes();
    const comments = [...(await parts(bytes)).entries()].filter(([p]) => /^xl\/comments\d+\.xml$/.test(p));
    const ours = comments.map(([, t]) => t).find((t) => t.includes("второе"))!;
    expect(ours.match(/<comment /g)).toHaveLength(1);
    expect(fillOf((await reread(bytes)).getWorksheet("Данные")!.getCell("B2"))).toBe("#FFEB9C");
  });
});

describe("XlsxWorkbook and sheets the user named like ours", () => {
  const issues = (value: string) => ({ name: "Замечания", cells: [{ row: 0, col: 0, value }] });

  it("keeps the user's own «Замечания» and writes ours to «Замечания (2)», replacing it on the next run", async () => {
    const user = newXlsxWorkbook();
    await user.createWorkbook([{ name: "Замечания", cells: [{ row: 0, col: 0, value: "мои заметки" }] }]);
    const first = await openXlsx(await user.toBytes());
    await first.writeSheet(issues("первая проверка"));
    const second = await openXlsx(await first.toBytes());
    await second.writeSheet(issues("вторая проверка"));
    const snap = await (await openXlsx(await second.toBytes())).readSnapshot();
    const visible = snap.sheets.filter((s) => s.visibility !== "veryHidden");
    expect(visible.map((s) => s.name)).toEqual(["Замечания", "Замечания (2)"]);
    expect(visible[0].rows[0][0]).toBe("мои заметки");
    expect(visible[1].rows[0][0]).toBe("вторая проверка");
  });
});
