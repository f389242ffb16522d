import type { PaintPlan } from "../../../src/domain/paint-plan";
import { a1 } from "../../../src/domain/cell-address";
import { OfficeWorkbookGateway, type OfficeHost } from "../../../src/adapters/office";
import type { DoubleFill, DoubleWorkbook } from "../../excel-double";
import { officeOn, seeded } from "./setup";

const RED = "#FFC7CE";
const GREEN = "#C6EFCE";

function planOf(sheet: string, n: number, cols = 10): PaintPlan {
  return Array.from({ length: n }, (_, i) => ({
    sheet,
    row: Math.floor(i / cols),
    col: i % cols,
    fill: i % 3 === 0 ? RED : GREEN,
  }));
}

function grid(rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));
}

describe.each([18, 9, 7])("OfficeWorkbookGateway.applyPaint on ExcelApi 1.%i", (version) => {
  // ExcelApi 1.9+ reads fills with one getCellProperties per block and writes one multi-area
  // range per colour; 1.7/1.8 have a fill load per cell (~700 bytes of request each: 10,000 of
  // them are two syncs) and a range per rectangle, so there 10,000 cells may take two more syncs.
  const extra = version >= 9 ? 0 : 2;
  it("costs the same number of syncs for 10 cells as for 10,000 cells (1.7: at most two more)", async () => {
    const syncs: number[] = [];
    for (const cells of [10, 10_000]) {
      const { book, gateway, syncsOf } = officeOn({ apiVersion: version });
      book.addSheet("S", grid(cells / 10, 10));
      syncs.push(await syncsOf(() => gateway.applyPaint(planOf("S", cells))));
      syncs.push(await syncsOf(() => gateway.applyPaint(planOf("S", cells).map((c) => ({ ...c, fill: GREEN })))));
      syncs.push(await syncsOf(() => gateway.clearPaint()));
      expect(book.sheet("S").cell("A1").fill).toBeNull();
      expect(book.maxAddressLength).toBeLessThanOrEqual(8_192);
    }
    for (let i = 0; i < 3; i++) {
      expect(syncs[i + 3]).toBeGreaterThanOrEqual(syncs[i]);
      expect(syncs[i + 3]).toBeLessThanOrEqual(syncs[i] + extra);
    }
    if (extra === 0) expect(syncs.slice(3)).toEqual(syncs.slice(0, 3));
    expect(Math.max(...syncs)).toBeLessThanOrEqual(4 + extra);
  });

  it("restores random pre-existing fills exactly and leaves every value untouched", async () => {
    const { book, gateway } = officeOn({ apiVersion: version });
    const sheet = book.addSheet("Реестр ОО", grid(60, 8));
    const rnd = seeded(version);
    const palette: (DoubleFill | null)[] = [
      null,
      { color: "#FFFF00", pattern: "Solid" },
      { color: "#DDEBF7", pattern: "Solid" },
      { color: "#000000", pattern: "Solid" },
    ];
    const before = new Map<string, DoubleFill | null>();
    for (let r = 0; r < 60; r++)
      for (let c = 0; c < 8; c++) {
        const fill = palette[Math.floor(rnd() * palette.length)];
        sheet.cellAt(r, c).fill = fill && { ...fill };
        before.set(a1(r, c), fill);
      }
    const values = book.valuesFingerprint(["Реестр ОО"]);
    const plan = planOf("Реестр ОО", 300, 8).filter(() => rnd() < 0.7);

    await gateway.applyPaint(plan);
    expect(sheet.cell(a1(plan[0].row, plan[0].col)).fill?.color).toBe(plan[0].fill);
    await gateway.clearPaint();

    for (const [address, fill] of before) expect([address, sheet.cell(address).fill]).toEqual([address, fill]);
    expect(book.valuesFingerprint(["Реестр ОО"]) === values).toBe(true);
  });

  it("restores the true original after a repaint with other colours", async () => {
    const { book, gateway } = officeOn({ apiVersion: version });
    const sheet = book.addSheet("S", grid(3, 3));
    sheet.cellAt(0, 0).fill = { color: "#FFFF00", pattern: "Solid" };
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }]);
    await gateway.applyPaint([
      { sheet: "S", row: 0, col: 0, fill: GREEN },
      { sheet: "S", row: 1, col: 1, fill: GREEN },
    ]);
    expect(sheet.cell("A1").fill?.color).toBe(GREEN);
    await gateway.clearPaint();
    expect(sheet.cell("A1").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(sheet.cell("B2").fill).toBeNull();
  });

  it("gives back the own fill of a cell that is no longer in the plan", async () => {
    const { book, gateway } = officeOn({ apiVersion: version });
    const sheet = book.addSheet("S", grid(3, 3));
    sheet.cellAt(2, 2).fill = { color: "#DDEBF7", pattern: "Solid" };
    await gateway.applyPaint([{ sheet: "S", row: 2, col: 2, fill: RED }]);
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }]);
    expect(sheet.cell("C3").fill).toEqual({ color: "#DDEBF7", pattern: "Solid" });
    expect(sheet.cell("A1").fill?.color).toBe(RED);
  });
});

describe("OfficeWorkbookGateway paint", () => {
  it("keeps the originals in the workbook so a new session (reopen) can clear", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    sheet.cellAt(1, 1).fill = { color: "#00B050", pattern: "Solid" };
    await gateway.applyPaint([
      { sheet: "S", row: 1, col: 1, fill: RED },
      { sheet: "S", row: 0, col: 0, fill: RED },
    ]);
    expect(book.sheet("_kvantorium_state").visibility).toBe("VeryHidden");

    await new OfficeWorkbookGateway().clearPaint();
    expect(sheet.cell("B2").fill).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(sheet.cell("A1").fill).toBeNull();
  });

  it("restores patterned fills with every property on ExcelApi 1.9", async () => {
    const { book, gateway } = officeOn({ apiVersion: 9 });
    const sheet = book.addSheet("S", grid(2, 2));
    const patterned = { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0.4 };
    sheet.cellAt(0, 1).fill = { ...patterned };
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 1, fill: RED }]);
    await gateway.clearPaint();
    expect(sheet.cell("B1").fill).toEqual(patterned);
  });

  it("uses no ExcelApi 1.9 method on an ExcelApi 1.7 host", async () => {
    const { book, gateway } = officeOn({ apiVersion: 7 });
    book.addSheet("S", grid(5, 5));
    await gateway.applyPaint(planOf("S", 25, 5));
    await gateway.clearPaint();
    expect([...book.apiCalls].filter((a) => /getRanges|CellProperties|pageLayout|notes/.test(a))).toEqual([]);
  });

  it("splits multi-area addresses under 8,192 characters for scattered cells", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("S", grid(4000, 3));
    // Every other row: no two cells merge into one area.
    const plan: PaintPlan = Array.from({ length: 2000 }, (_, i) => ({ sheet: "S", row: i * 2, col: 1, fill: RED }));
    await gateway.applyPaint(plan);
    expect(book.maxAddressLength).toBeGreaterThan(1000);
    expect(book.maxAddressLength).toBeLessThanOrEqual(8_192);
    expect(book.sheet("S").cell("B3999").fill?.color).toBe(RED);
  });

  it("refuses a protected sheet with sheet-protected and writes nothing", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Open", grid(2, 2));
    book.addSheet("Locked", grid(2, 2)).protected = true;
    const before = JSON.stringify(book.sheets.map((s) => [...s.cells]));
    await expect(
      gateway.applyPaint([
        { sheet: "Open", row: 0, col: 0, fill: RED },
        { sheet: "Locked", row: 0, col: 0, fill: RED },
      ]),
    ).rejects.toMatchObject({ name: "MonitorError", code: "sheet-protected", details: { sheet: "Locked" } });
    expect(JSON.stringify(book.sheets.map((s) => [...s.cells]))).toBe(before);
    expect(book.find("_kvantorium_state")).toBeUndefined();
  });

  it("reports sheet-missing for a plan on a sheet that is gone", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("S");
    await expect(gateway.applyPaint([{ sheet: "Нет", row: 0, col: 0, fill: RED }])).rejects.toMatchObject({
      code: "sheet-missing",
    });
  });

  it("maps Excel's cell-editing mode to cell-editing", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("S");
    book.editMode = true;
    await expect(gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }])).rejects.toMatchObject({
      code: "cell-editing",
    });
  });

  it("refuses hosts below ExcelApi 1.7 with api-not-supported", async () => {
    const { book, gateway } = officeOn({ apiVersion: 6 });
    book.addSheet("S");
    await expect(gateway.readSnapshot()).rejects.toMatchObject({ code: "api-not-supported" });
  });

  it("adds notes with the explanation, keeps the user's own note and removes only its notes on clear", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    sheet.notes.set("B1", "заметка пользователя");
    await gateway.applyPaint([
      { sheet: "S", row: 0, col: 0, fill: RED, note: "Срок истёк 15.02.2024" },
      { sheet: "S", row: 0, col: 1, fill: RED, note: "Не заполнено" },
    ]);
    expect(Object.fromEntries(sheet.notes)).toEqual({ A1: "Срок истёк 15.02.2024", B1: "заметка пользователя" });
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED, note: "Исполнено с опозданием" }]);
    expect(sheet.notes.get("A1")).toBe("Исполнено с опозданием");
    await gateway.clearPaint();
    expect(Object.fromEntries(sheet.notes)).toEqual({ B1: "заметка пользователя" });
  });

  it("forgets the stored originals after clearing", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }]);
    expect(await gateway.loadState("kvm.paint")).not.toBeNull();
    await gateway.clearPaint();
    expect(await gateway.loadState("kvm.paint")).toBeNull();
    sheet.cellAt(0, 0).fill = { color: "#123456", pattern: "Solid" };
    await gateway.clearPaint();
    expect(sheet.cell("A1").fill).toEqual({ color: "#123456", pattern: "Solid" });
  });
});

describe("OfficeWorkbookGateway paint after the user changed the sheet", () => {
  const BLUE = "#00B0F0";

  it.each([18, 9, 7])(
    "keeps the blue the user gave the new B3 after inserting a row above a painted B3 (ExcelApi 1.%i)",
    async (version) => {
      const { book, gateway } = officeOn({ apiVersion: version });
      const sheet = book.addSheet("S", grid(5, 3));
      await gateway.applyPaint([{ sheet: "S", row: 2, col: 1, fill: RED }]);
      sheet.insertRows(2);
      sheet.cellAt(2, 1).fill = { color: BLUE, pattern: "Solid" };
      await gateway.clearPaint();
      expect(sheet.cell("B3").fill).toEqual({ color: BLUE, pattern: "Solid" });
      // Known limit of address-keyed records: the moved paint (now B4) is not found again.
      expect(sheet.cell("B4").fill?.color).toBe(RED);
      expect(await gateway.loadState("kvm.paint")).toBeNull();
    },
  );

  it("takes the user's recolouring of a painted cell as its new own fill when painting it again", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    sheet.cellAt(0, 0).fill = { color: "#FFFF00", pattern: "Solid" };
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }]);
    sheet.cellAt(0, 0).fill = { color: BLUE, pattern: "Solid" };
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: GREEN }]);
    expect(sheet.cell("A1").fill?.color).toBe(GREEN);
    await gateway.clearPaint();
    expect(sheet.cell("A1").fill).toEqual({ color: BLUE, pattern: "Solid" });
  });

  it("restores only cells that still show the add-in's colour on a repaint that drops them", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 3));
    await gateway.applyPaint([
      { sheet: "S", row: 0, col: 0, fill: RED },
      { sheet: "S", row: 0, col: 1, fill: RED },
    ]);
    sheet.cellAt(0, 1).fill = { color: BLUE, pattern: "Solid" };
    await gateway.applyPaint([{ sheet: "S", row: 1, col: 2, fill: GREEN }]);
    expect([sheet.cell("A1").fill, sheet.cell("B1").fill, sheet.cell("C2").fill?.color]).toEqual([
      null,
      { color: BLUE, pattern: "Solid" },
      GREEN,
    ]);
  });

  it("leaves a note the user edited after the add-in wrote it, and a user note put where ours was", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(3, 3));
    await gateway.applyPaint([
      { sheet: "S", row: 0, col: 0, fill: RED, note: "Срок истёк" },
      { sheet: "S", row: 1, col: 0, fill: RED, note: "Не заполнено" },
      { sheet: "S", row: 2, col: 0, fill: RED, note: "Нет документа" },
    ]);
    sheet.notes.set("A1", "Срок истёк — звонил директору");
    sheet.notes.delete("A2");
    sheet.notes.set("A2", "моя заметка");
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED, note: "Исполнено с опозданием" }]);
    await gateway.clearPaint();
    expect(Object.fromEntries(sheet.notes)).toEqual({ A1: "Срок истёк — звонил директору", A2: "моя заметка" });
  });

  it("still clears a record saved by the previous version (note addresses only, no painted colours)", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    sheet.cellAt(0, 0).fill = { color: RED, pattern: "Solid" };
    sheet.notes.set("A1", "старая заметка надстройки");
    await gateway.saveState(
      "kvm.paint",
      JSON.stringify({ fills: { S: { A1: { color: "#FFFF00", pattern: "Solid" } } }, notes: { S: ["A1"] } }),
    );
    await gateway.clearPaint();
    expect(sheet.cell("A1").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(sheet.notes.size).toBe(0);
  });
});

describe("OfficeWorkbookGateway paint: record first, protection checked first", () => {
  /** A gateway whose `n`-th sync first protects `sheet`: a failure in the middle of a paint. */
  function protectAtSync(book: DoubleWorkbook, n: number, sheet: string): OfficeWorkbookGateway {
    const host: OfficeHost = {
      run: (batch) =>
        Excel.run((ctx) => {
          const sync = ctx.sync.bind(ctx);
          let count = 0;
          ctx.sync = () => {
            if (++count === n) book.sheet(sheet).protected = true;
            return sync();
          };
          return batch(ctx);
        }),
      isSetSupported: (name, v) => Office.context.requirements.isSetSupported(name, v),
    };
    return new OfficeWorkbookGateway(host);
  }

  it.each([18, 7])(
    "paints nothing when the record of original fills cannot be written (ExcelApi 1.%i)",
    async (version) => {
      const plan = planOf("S", 40, 4);
      // How many syncs a paint takes here, measured on an identical workbook.
      const probe = officeOn({ apiVersion: version });
      probe.book.addSheet("S", grid(10, 4));
      probe.book.addSheet("_kvantorium_state", [["k", "v"]]).visibility = "VeryHidden";
      const syncs = await probe.syncsOf(() => probe.gateway.applyPaint(plan));

      const { book } = officeOn({ apiVersion: version });
      const sheet = book.addSheet("S", grid(10, 4));
      book.addSheet("_kvantorium_state", [["k", "v"]]).visibility = "VeryHidden";
      await expect(protectAtSync(book, syncs, "_kvantorium_state").applyPaint(plan)).rejects.toMatchObject({
        code: "sheet-protected",
      });
      expect([...sheet.cells.values()].filter((c) => c.fill !== null)).toEqual([]);
    },
  );

  it("refuses with the workbook detail when the structure is protected and the state sheet is missing", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    book.structureProtected = true;
    await expect(gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }])).rejects.toMatchObject({
      code: "sheet-protected",
      details: { sheet: "", workbook: "true" },
    });
    expect(sheet.cell("A1").fill).toBeNull();
    expect(book.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("paints and clears in a structure-protected workbook that already has its state sheet", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    await gateway.saveState("mapping", "{}");
    book.structureProtected = true;
    await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }]);
    expect(sheet.cell("A1").fill?.color).toBe(RED);
    await gateway.clearPaint();
    expect(sheet.cell("A1").fill).toBeNull();
  });

  it("names the protected state sheet and paints nothing", async () => {
    const { book, gateway } = officeOn();
    const sheet = book.addSheet("S", grid(2, 2));
    await gateway.saveState("mapping", "{}");
    book.sheet("_kvantorium_state").protected = true;
    await expect(gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED }])).rejects.toMatchObject({
      code: "sheet-protected",
      details: { sheet: "_kvantorium_state" },
    });
    expect(sheet.cell("A1").fill).toBeNull();
  });

  it("names the protected sheet it must restore on clear and restores nothing", async () => {
    const { book, gateway } = officeOn();
    const a = book.addSheet("A", grid(2, 2));
    book.addSheet("B", grid(2, 2));
    await gateway.applyPaint([
      { sheet: "A", row: 0, col: 0, fill: RED },
      { sheet: "B", row: 0, col: 0, fill: RED },
    ]);
    book.sheet("B").protected = true;
    await expect(gateway.clearPaint()).rejects.toMatchObject({ code: "sheet-protected", details: { sheet: "B" } });
    expect(a.cell("A1").fill?.color).toBe(RED);
  });
});

describe.each([18, 9, 7])("OfficeWorkbookGateway paint of a large block on ExcelApi 1.%i", (version) => {
  it("paints and clears 10,000 rows × 7 columns under the 5 MB limit", async () => {
    const { book, gateway, syncsOf } = officeOn({ apiVersion: version });
    const sheet = book.addSheet("Реестр ОО", grid(10_000, 7));
    sheet.cellAt(9_999, 6).fill = { color: "#FFFF00", pattern: "Solid" };
    const plan = planOf("Реестр ОО", 70_000, 7);
    const syncs = await syncsOf(() => gateway.applyPaint(plan));
    expect(sheet.cell("G10000").fill?.color).toBe(plan[69_999].fill);
    expect(book.maxRequestPayload).toBeLessThanOrEqual(5_000_000);
    expect(book.refusedPayloads).toBe(0);
    // 1.7/1.8: 70,000 fill loads of ~700 request bytes each are 12 syncs of reads by themselves.
    expect(syncs).toBeLessThan(version >= 9 ? 12 : 24);
    await gateway.clearPaint();
    expect([sheet.cell("A1").fill, sheet.cell("G10000").fill]).toEqual([null, { color: "#FFFF00", pattern: "Solid" }]);
  });
});
