import type { SheetModel } from "../../../src/domain/sheet-model";
import { checkWorkbook } from "../../../src/engine/check";
import { officeOn } from "./setup";

function rows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [i + 1, `МБОУ «СОШ № ${i + 1}»`, "15.02.2024"]);
}

describe("OfficeWorkbookGateway.readSnapshot", () => {
  it("costs the same number of syncs for 10 rows as for 10,000 rows", async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { book, gateway, syncsOf } = officeOn();
      book.addSheet("Реестр ОО", rows(n));
      counts.push(await syncsOf(() => gateway.readSnapshot()));
    }
    expect(counts[1]).toBe(counts[0]);
    // One sync for the sheet list, one for used ranges with values and formats (PRODUCT.md §7).
    expect(counts[0]).toBe(2);
  });

  it("places a used range that starts at C4 at 0-based row 3, column 2 and skips the very-hidden state sheet", async () => {
    const { book, gateway } = officeOn();
    book.addSheet(
      "Дорожная карта",
      [
        ["№", "Срок"],
        [5, ""],
      ],
      { row: 3, col: 2 },
    );
    book.addSheet("Скрытый", [["x"]]).visibility = "Hidden";
    book.addSheet("_kvantorium_state", [["k", "v"]]).visibility = "VeryHidden";
    book.addSheet("Пустой");
    const snap = await gateway.readSnapshot();
    expect(snap.sheets.map((s) => [s.name, s.index, s.visibility])).toEqual([
      ["Дорожная карта", 0, "visible"],
      ["Скрытый", 1, "hidden"],
      ["Пустой", 3, "visible"],
    ]);
    const road = snap.sheets[0];
    expect(road.rows[3]).toEqual([null, null, "№", "Срок"]);
    expect(road.rows[4]).toEqual([null, null, 5, null]);
    expect(road.rows.slice(0, 3)).toEqual([[], [], []]);
    expect(snap.sheets[2].rows).toEqual([]);
  });

  it("keeps number formats beside values", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet("S", [[45337]]);
    s.cellAt(0, 0).numberFormat = "DD.MM.YYYY";
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].formats?.[0]?.[0]).toBe("DD.MM.YYYY");
  });

  it("loads a sheet over the 5 MB response limit in row chunks without error", async () => {
    const { book, gateway } = officeOn();
    const long = "текст ".repeat(200);
    book.addSheet(
      "Big",
      Array.from({ length: 6000 }, (_, i) => [i, long]),
    );
    const progress: number[] = [];
    const snap = await gateway.readSnapshot((f) => progress.push(f));
    expect(snap.sheets[0].rows).toHaveLength(6000);
    expect(snap.sheets[0].rows[5999]).toEqual([5999, long]);
    expect(progress[progress.length - 1]).toBe(1);
  });
});

describe("OfficeWorkbookGateway.readSnapshot: merged areas", () => {
  it("returns merges as 0-based ranges for a used range that starts at A1", async () => {
    const { book, gateway } = officeOn();
    book
      .addSheet("Показатели", [
        ["Образовательная организация", "Показатели", ""],
        ["", "П1", "П2"],
      ])
      .addMerge("A1:A2")
      .addMerge("B1:C1");
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 2 },
    ]);
  });

  it("returns merges in sheet coordinates, not used-range ones, for a used range that starts at C4", async () => {
    const { book, gateway } = officeOn();
    book
      .addSheet(
        "Реестр ОО",
        [
          ["Школа", "Срок"],
          ["", "текст"],
        ],
        { row: 3, col: 2 },
      )
      .addMerge("C4:C5");
    book.addSheet("Без объединений", [["x"]]);
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].merges).toEqual([{ top: 3, left: 2, bottom: 4, right: 2 }]);
    expect(snap.sheets[1].merges).toEqual([]);
  });

  it("reads merges made through Office.js range.merge() as well", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("S", [["Показатели", ""]]);
    await (globalThis as unknown as { Excel: typeof Excel }).Excel.run(async (c) => {
      c.workbook.worksheets.getItem("S").getRange("A1:B1").merge();
      await c.sync();
    });
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("leaves merges empty on an ExcelApi 1.9 host and never calls the 1.13 API", async () => {
    const { book, gateway } = officeOn({ apiVersion: 9 });
    book.addSheet("S", [["a", ""]]).addMerge("A1:B1");
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].rows[0]).toEqual(["a"]);
    expect(snap.sheets[0].merges ?? []).toEqual([]);
    expect(book.apiCalls.has("Range.getMergedAreasOrNullObject")).toBe(false);
  });

  it("keeps reading in 2 syncs for 10 and 10,000 rows with merges present", async () => {
    for (const n of [10, 10_000]) {
      const { book, gateway, syncsOf } = officeOn();
      book.addSheet("Реестр ОО", [["Школа", "Сроки", ""], ...rows(n)]).addMerge("B1:C1");
      let merges: unknown;
      expect(await syncsOf(async () => (merges = (await gateway.readSnapshot()).sheets[0].merges))).toBe(2);
      expect(merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    }
  });

  it("loads merges in the chunked fallback when the sheet is over the 5 MB response limit", async () => {
    const { book, gateway } = officeOn();
    const long = "текст ".repeat(200);
    book.addSheet("Big", [["Заголовок", ""], ...Array.from({ length: 6000 }, (_, i) => [i, long])]).addMerge("A1:B1");
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].rows).toHaveLength(6001);
    expect(snap.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("still reads the values, without merges, when Excel refuses more than 512 merged areas", async () => {
    const { book, gateway } = officeOn();
    const s = book.addSheet("S", [["Школа"], ["МБОУ «СОШ № 1»"]]);
    for (let r = 3; r <= 515; r++) s.addMerge(`A${r}:B${r}`);
    const snap = await gateway.readSnapshot();
    expect(snap.sheets[0].rows).toEqual([["Школа"], ["МБОУ «СОШ № 1»"]]);
    expect(snap.sheets[0].merges).toEqual([]);
  });
});

describe("checkWorkbook on a snapshot read through the Office adapter", () => {
  const indicatorsBook = (apiVersion?: number) => {
    const on = officeOn({ apiVersion });
    on.book
      .addSheet("Показатели", [
        ["Образовательная организация", "Отчётный период", "Показатели", ""],
        ["", "", "П1", "П3"],
        ["МБОУ «СОШ № 1»", "3 кв. 2024", 12, 3],
      ])
      .addMerge("A1:A2")
      .addMerge("B1:B2")
      .addMerge("C1:D1");
    return on;
  };

  it("detects П1 and П3 under «Показатели» merged over C1:D1 in a two-row header", async () => {
    const { gateway } = indicatorsBook();
    const result = checkWorkbook(await gateway.readSnapshot(), { asOf: "2024-10-15", lang: "ru" });
    expect(result.layout.indicators?.indicatorColumns).toEqual({ П1: 2, П3: 3 });
    expect(result.layout.indicators).toMatchObject({
      headerRow: 1,
      firstDataRow: 2,
      columns: { school: 0, period: 1 },
    });
  });

  it("cannot see П1 and П3 on a host without merged areas (ExcelApi 1.12)", async () => {
    const { gateway } = indicatorsBook(12);
    const result = checkWorkbook(await gateway.readSnapshot(), { asOf: "2024-10-15", lang: "ru" });
    // Without merges the group header «Показатели» is taken for the only indicator.
    expect(result.layout.indicators?.indicatorColumns).toEqual({ Показатели: 2 });
  });
});

const injection = ['=HYPERLINK("http://x")', "+79001234567", "-5 школ", "@SUM(A1)", "0012"];

function remarks(n: number, text = "замечание"): SheetModel {
  return {
    name: "Замечания",
    cells: [
      { row: 0, col: 0, value: "№", style: { bold: true, fill: "#DDEBF7", border: true } },
      { row: 0, col: 1, value: "Школа", style: { bold: true, fill: "#DDEBF7", border: true } },
      { row: 0, col: 2, value: "Ячейка", style: { bold: true, fill: "#DDEBF7", border: true } },
      ...Array.from({ length: n }, (_, i) => [
        { row: i + 1, col: 0, value: i + 1 },
        { row: i + 1, col: 1, value: i < injection.length ? injection[i] : `${text} ${i}` },
        { row: i + 1, col: 2, value: "H12", link: { sheet: "Реестр ОО", cell: "H12" } },
      ]).flat(),
    ],
    merges: [{ top: n + 2, left: 0, bottom: n + 2, right: 2 }],
    columnWidths: [6, 40, 10],
    freeze: { rows: 1, cols: 0 },
    table: { name: "Zamechaniya", range: { top: 0, left: 0, bottom: n, right: 2 } },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
  };
}

describe("OfficeWorkbookGateway.writeSheet", () => {
  it("writes school text that looks like a formula or number as text", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(remarks(5));
    const s = book.sheet("Замечания");
    injection.forEach((text, i) => {
      expect(s.cell(`B${i + 2}`).value).toBe(text);
      expect(s.cell(`B${i + 2}`).formula).toBeUndefined();
    });
  });

  it("renders styles, merges, widths, frozen header, table, hyperlinks and print setup", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(remarks(3), { activate: true });
    const s = book.sheet("Замечания");
    expect(s.cell("A1").font.bold).toBe(true);
    expect(s.cell("C1").fill?.color).toBe("#DDEBF7");
    expect(s.cell("B1").borders?.EdgeTop).toBe("Continuous");
    expect(s.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 2 }]);
    expect(s.columnWidths.get(1)).toBeGreaterThan(s.columnWidths.get(0) as number);
    expect(s.freeze).toEqual({ rows: 1, cols: 0 });
    expect(s.tables).toMatchObject([{ name: "Zamechaniya", address: "A1:C4", hasHeaders: true }]);
    expect(s.cell("C2").hyperlink).toEqual({ documentReference: "'Реестр ОО'!H12", textToDisplay: "H12" });
    expect(s.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$1" });
    expect(book.activeSheet).toBe("Замечания");
  });

  it("replaces its own sheet at the same position instead of adding a second one", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Реестр ОО");
    await gateway.writeSheet(remarks(3));
    book.addSheet("После");
    book.sheets.splice(book.sheets.indexOf(book.sheet("После")), 1);
    book.sheets.splice(1, 0, book.sheets.pop()!);
    const position = book.sheets.indexOf(book.sheet("Замечания"));
    await gateway.writeSheet(remarks(2));
    const names = book.sheets.map((s) => s.name).filter((n) => n.startsWith("Замечания"));
    expect(names).toEqual(["Замечания"]);
    expect(book.sheets.indexOf(book.sheet("Замечания"))).toBe(position);
    expect(book.sheet("Замечания").cell("B4").value).toBe("");
  });

  it("never deletes a user's sheet with the same name: writes «Замечания (2)» instead", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Замечания", [["мои записи"]]);
    await gateway.writeSheet(remarks(2));
    await gateway.writeSheet(remarks(2));
    expect(book.sheet("Замечания").cell("A1").value).toBe("мои записи");
    expect(book.sheets.map((s) => s.name).filter((n) => n.startsWith("Замечания"))).toEqual([
      "Замечания",
      "Замечания (2)",
    ]);
    // No other table has the name, so it is kept (unique per workbook, not per sheet name).
    expect(book.sheet("Замечания (2)").tables[0].name).toBe("Zamechaniya");
  });

  it("refuses to replace its sheet when the user protected it, leaving it as it was", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(remarks(2));
    book.sheet("Замечания").protected = true;
    const before = book.valuesFingerprint(["Замечания"]);
    await expect(gateway.writeSheet(remarks(4))).rejects.toMatchObject({ code: "sheet-protected" });
    expect(book.valuesFingerprint(["Замечания"])).toBe(before);
  });

  it("chunks a 9 MB sheet under the 5 MB request limit", async () => {
    const { book, gateway, syncsOf } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    const syncs = await syncsOf(() => gateway.writeSheet(remarks(3000, "ы".repeat(3000))));
    expect(book.maxRequestPayload).toBeLessThanOrEqual(5_000_000);
    expect(book.sheet("Замечания").cell("B3001").value).toBe(`${"ы".repeat(3000)} 2999`);
    expect(syncs).toBeLessThan(10);
  });

  it.each([7, 9])("renders on ExcelApi 1.%i without newer APIs", async (version) => {
    const { book, gateway } = officeOn({ apiVersion: version });
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    await gateway.writeSheet(remarks(3));
    expect(book.sheet("Замечания").cell("B1").font.bold).toBe(true);
    if (version === 7) expect([...book.apiCalls].filter((a) => /getRanges|pageLayout|Properties/.test(a))).toEqual([]);
  });
});

describe("OfficeWorkbookGateway state, selection and template", () => {
  it("keeps state across a reopen (a new gateway on the same workbook)", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("S");
    await gateway.saveState("mapping", JSON.stringify({ roadmap: "Дорожная карта" }));
    await gateway.saveState("long", "я".repeat(70_000));
    const { OfficeWorkbookGateway } = await import("../../../src/adapters/office");
    const reopened = new OfficeWorkbookGateway();
    expect(await reopened.loadState("mapping")).toBe('{"roadmap":"Дорожная карта"}');
    expect(await reopened.loadState("long")).toBe("я".repeat(70_000));
    expect(await reopened.loadState("missing")).toBeNull();
    await reopened.saveState("long", "short");
    expect(await reopened.loadState("long")).toBe("short");
    expect(book.sheet("_kvantorium_state").visibility).toBe("VeryHidden");
  });

  it("activates the sheet and selects the cell; a missing sheet is sheet-missing", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("A");
    book.addSheet("Реестр ОО");
    await gateway.selectCell("Реестр ОО", "H12");
    expect([book.activeSheet, book.selection]).toEqual(["Реестр ОО", "'Реестр ОО'!H12"]);
    await expect(gateway.selectCell("Нет", "A1")).rejects.toMatchObject({ code: "sheet-missing" });
  });

  it("adds template sheets beside the user's sheets without touching them", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1", [["своё"]]);
    const model = (name: string): SheetModel => ({ name, cells: [{ row: 0, col: 0, value: name }] });
    await gateway.createWorkbook([model("Дорожная карта"), model("Реестр ОО")]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Лист1", "Дорожная карта", "Реестр ОО"]);
    expect(book.sheet("Лист1").cell("A1").value).toBe("своё");
  });

  const template = (): SheetModel[] =>
    ["Дорожная карта", "Реестр ОО", "Показатели", "Правила показателей"].map((name) => ({
      name,
      cells: [{ row: 0, col: 0, value: `шаблон ${name}` }],
    }));

  it("never records template sheets as its own, so a second template cannot wipe what the coordinator filled in", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    await gateway.createWorkbook(template());
    book.sheet("Реестр ОО").cellAt(1, 0).value = "МБОУ «СОШ № 1»";
    book.sheet("Дорожная карта").cellAt(1, 0).fill = { color: "#FFFF00", pattern: "Solid" };
    await gateway.createWorkbook(template());
    expect(book.sheet("Реестр ОО").cell("A2").value).toBe("МБОУ «СОШ № 1»");
    expect(book.sheet("Дорожная карта").cell("A2").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Лист1",
      "Дорожная карта",
      "Реестр ОО",
      "Показатели",
      "Правила показателей",
      "Дорожная карта (2)",
      "Реестр ОО (2)",
      "Показатели (2)",
      "Правила показателей (2)",
    ]);
    expect(await gateway.loadState("kvm.owned")).toBeNull();
  });

  it("still replaces its own «Замечания» in a workbook made from the template", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    await gateway.createWorkbook(template());
    await gateway.writeSheet(remarks(3));
    await gateway.writeSheet(remarks(1));
    expect(JSON.parse((await gateway.loadState("kvm.owned")) ?? "[]")).toEqual(["Замечания"]);
    expect(book.sheets.filter((s) => s.name.startsWith("Замечания")).map((s) => s.name)).toEqual(["Замечания"]);
  });
});

describe("OfficeWorkbookGateway in a workbook with protected structure", () => {
  const wb = { code: "sheet-protected", details: { sheet: "", workbook: "true" } };

  it("refuses the template before adding any sheet", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    book.structureProtected = true;
    await expect(
      gateway.createWorkbook([{ name: "Реестр ОО", cells: [{ row: 0, col: 0, value: "x" }] }]),
    ).rejects.toMatchObject(wb);
    expect(book.sheets.map((s) => s.name)).toEqual(["Лист1"]);
  });

  it("refuses to write or replace «Замечания» and leaves the old one as it was", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    await gateway.writeSheet(remarks(2));
    const before = book.valuesFingerprint();
    book.structureProtected = true;
    await expect(gateway.writeSheet(remarks(4))).rejects.toMatchObject(wb);
    expect(book.valuesFingerprint()).toBe(before);
  });

  it("saves state when its sheet exists, and refuses only when the sheet would have to be added", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1");
    book.structureProtected = true;
    await expect(gateway.saveState("mapping", "{}")).rejects.toMatchObject(wb);
    expect(book.find("_kvantorium_state")).toBeUndefined();
    book.structureProtected = false;
    await gateway.saveState("mapping", "{}");
    book.structureProtected = true;
    await gateway.saveState("mapping", '{"a":1}');
    expect(await gateway.loadState("mapping")).toBe('{"a":1}');
  });
});

describe("payload budget in bytes (issue 10, item 3)", () => {
  it("writes a sheet of long Cyrillic text in requests under 5 MB of UTF-8", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Лист1"); // Excel has no workbook without a sheet
    const long = "Школа не представила отчёт о закупке оборудования. ".repeat(60);
    const model: SheetModel = {
      name: "Замечания",
      cells: Array.from({ length: 2000 }, (_, i) => ({ row: i, col: 0, value: `${i} ${long}` })),
    };
    await expect(gateway.writeSheet(model)).resolves.toBe("Замечания");
    expect(book.maxRequestPayload).toBeLessThanOrEqual(5_000_000);
    expect(book.sheet("Замечания").cell("A2000").value).toBe(`1999 ${long}`);
  });
});
