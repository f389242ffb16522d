import { MonitorError } from "../../../src/app/workbook-gateway";
import {
  OP_BYTES_MAX,
  PAYLOAD_BUDGET,
  PAYLOAD_LIMIT,
  PayloadBatcher,
  jsonBytes,
  opBytes,
  splitArea,
  utf8Bytes,
} from "../../../src/adapters/office/payload-budget";
import { parseStateRows } from "../../../src/app/state-format";
import type { PaintPlan } from "../../../src/domain/paint-plan";
import type { ModelCell, SheetModel } from "../../../src/domain/sheet-model";
import { DoubleWorkbook, RequestContext, type DoubleSheet } from "../../excel-double";
import { officeOn } from "./setup";

/** Issue 10, Office.js item 3: the payload budget, retries on a refused sync, hyperlinks in bulk. */

const RED = "#FFC7CE";
const GREEN = "#C6EFCE";

function contextOf(book: DoubleWorkbook): Excel.RequestContext {
  return new RequestContext(book) as unknown as Excel.RequestContext;
}

/** Everything a write leaves in a sheet, to compare a retried write with a plain one. */
function dump(sheet: DoubleSheet): string {
  const cells = [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]);
  return JSON.stringify({
    cells,
    merges: sheet.merges,
    tables: sheet.tables,
    widths: [...sheet.columnWidths],
    freeze: sheet.freeze,
    layout: sheet.pageLayout,
    notes: [...sheet.notes],
  });
}

/** A state value as the double holds it (reading it back through Excel is another limit). */
function stateValue(book: DoubleWorkbook, key: string): string | undefined {
  const state = book.sheet("_kvantorium_state");
  const rows = Array.from({ length: (state.usedArea()?.bottom ?? -1) + 1 }, (_, r) => [
    state.peek(r, 0)?.value ?? "",
    state.peek(r, 1)?.value ?? "",
  ]);
  return parseStateRows(rows).get(key);
}

/** A findings-like sheet: numbers, Russian text, a link per row to the registry. */
function report(rows: number, text = (i: number) => `Школа № ${i}: не указан срок`): SheetModel {
  const cells: ModelCell[] = [
    { row: 0, col: 0, value: "№", style: { bold: true, fill: "#DDEBF7", border: true } },
    { row: 0, col: 1, value: "Замечание", style: { bold: true, fill: "#DDEBF7", border: true } },
    { row: 0, col: 2, value: "Ячейка", style: { bold: true, fill: "#DDEBF7", border: true } },
  ];
  for (let i = 1; i <= rows; i++) {
    cells.push({ row: i, col: 0, value: i });
    cells.push({ row: i, col: 1, value: text(i), style: { wrap: true } });
    cells.push({ row: i, col: 2, value: `H${i + 1}`, link: { sheet: "Реестр ОО", cell: `H${i + 1}` } });
  }
  return {
    name: "Замечания",
    cells,
    columnWidths: [6, 60, 10],
    freeze: { rows: 1, cols: 0 },
    table: { name: "KvantoriumFindings", range: { top: 0, left: 0, bottom: rows, right: 2 } },
    print: { orientation: "landscape", fitToWidth: true },
  };
}

/**
 * The syncs a retried run may spend: those of the same run under the full limit, one per
 * refusal, and three per `limit` of what was really sent and received: after the first refusals
 * each sync carries at least about a third of what the host takes (a half of the learned budget,
 * and the double counts up to ~1.5 times fewer bytes than our estimate of Office.js's request
 * for some commands). Refusals stay logarithmic:
 * each halves the budget of the whole run, from 4 MB down to the host's limit.
 */
function expectBounded(book: DoubleWorkbook, syncs: number, plainSyncs: number, limit: number): void {
  const least = Math.ceil((book.requestBytes + book.responseBytes) / limit);
  expect(syncs).toBeLessThanOrEqual(plainSyncs + book.refusedPayloads + 3 * least);
  expect(book.refusedPayloads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(PAYLOAD_BUDGET / limit)) + 2);
}

function planOf(sheet: string, rows: number, cols: number, fill: (i: number) => string): PaintPlan {
  return Array.from({ length: rows * cols }, (_, i) => ({
    sheet,
    row: Math.floor(i / cols),
    col: i % cols,
    fill: fill(i),
    note: i % 97 === 0 ? `Проверьте ячейку: срок не определён (${i})` : undefined,
  }));
}

describe("request size in UTF-8 bytes", () => {
  it("counts Cyrillic as two bytes, CJK as three and an emoji as four", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("Школа")).toBe(10);
    expect(utf8Bytes("表")).toBe(3);
    expect(utf8Bytes("😀")).toBe(4);
    expect(utf8Bytes("Лист 1 😀")).toBe(8 + 3 + 4);
    expect(jsonBytes(["Лист"])).toBe(utf8Bytes('["Лист"]'));
  });

  it("charges every proxy and command of the real request, not only the arguments", () => {
    // getRange(a).format.fill.color = x: measured 595 bytes with Office.js's own request builder.
    const fill = opBytes(3, ["A1", RED]);
    expect(fill).toBeGreaterThanOrEqual(595);
    expect(fill).toBeLessThan(595 * 1.15);
    // getRange(a).values = [[""]]: measured 293 bytes.
    expect(opBytes(1, ["A1", [[""]]])).toBeGreaterThanOrEqual(290);
    expect(PAYLOAD_BUDGET).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("cuts a grid into blocks under the budget, a heavy row into runs of columns, each cell once", () => {
    const weights = [
      [10, 10, 10],
      [10, 10, 10],
      [150, 150, 150],
      [10, 10, 10],
    ];
    const blocks = splitArea({ top: 0, left: 0, bottom: 3, right: 2 }, (r, c) => weights[r][c], 100);
    expect(blocks.map((b) => b.block)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 2 },
      { top: 2, left: 0, bottom: 2, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
      { top: 3, left: 0, bottom: 3, right: 2 },
    ]);
    expect(blocks.map((b) => b.bytes)).toEqual([60, 150, 150, 150, 30]);
    expect(blocks.reduce((n, b) => n + b.bytes, 0)).toBe(weights.flat().reduce((a, b) => a + b, 0));
  });
});

describe("PayloadBatcher", () => {
  it("retries a refused batch in halves, in order, reading each result once", async () => {
    const book = new DoubleWorkbook({ payloadLimit: 3_000 });
    book.addSheet("Лист");
    const context = contextOf(book);
    const batcher = new PayloadBatcher(context);
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const address = `A${i + 1}`;
      // Each write sends ~200 bytes to the double, so 3,000 bytes hold about 14 of them.
      await batcher.add(opBytes(1, [address]), () => {
        const range = context.workbook.worksheets.getItem("Лист").getRange(address);
        range.values = [["я".repeat(80)]];
        range.load("address");
        return () => seen.push(range.address);
      });
    }
    // The last write of A1 wins only if the order is kept: queue it after the first one.
    await batcher.add(opBytes(1, ["A1"]), () => {
      context.workbook.worksheets.getItem("Лист").getRange("A1").values = [["последнее"]];
    });
    await batcher.flush();
    expect(book.refusedPayloads).toBeGreaterThan(0);
    expect(batcher.refused).toBe(book.refusedPayloads);
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => `'Лист'!A${i + 1}`));
    expect(book.sheet("Лист").cell("A1").value).toBe("последнее");
    expect(book.sheet("Лист").cell("A40").value).toBe("я".repeat(80));
    // A few refusals while the budget halves down to the limit, then batches that fit.
    expect(book.refusedPayloads).toBeLessThanOrEqual(Math.ceil(Math.log2(PAYLOAD_BUDGET / 3_000)) + 1);
    expect(batcher.syncs).toBeLessThanOrEqual(book.refusedPayloads + 3 * Math.ceil(book.requestBytes / 3_000));
    expect(book.maxRequestPayload).toBeGreaterThan(3_000);
  });

  it("says request-too-large when one command alone is refused", async () => {
    const book = new DoubleWorkbook({ payloadLimit: 1_000 });
    book.addSheet("S");
    const context = contextOf(book);
    const batcher = new PayloadBatcher(context);
    await batcher.add(opBytes(1, ["A1"]), () => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["ж".repeat(2_000)]];
    });
    const error = await batcher.flush().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MonitorError);
    expect(error).toMatchObject({
      code: "request-too-large",
      details: { officeCode: "RequestPayloadSizeLimitExceeded" },
    });
    expect(book.sheet("S").cell("A1").value).toBe("");
  });

  it("retries a refused response only when the batch only reads", async () => {
    // Requests of ~320 bytes a read, responses of ~2 kB: only the response is too large.
    const book = new DoubleWorkbook({ payloadLimit: 40_000 });
    const s = book.addSheet("S");
    for (let r = 0; r < 40; r++) s.cellAt(r, 0).value = "ы".repeat(1_000);
    const read = async (readOnly: boolean) => {
      const context = contextOf(book);
      const batcher = new PayloadBatcher(context, { readOnly });
      const got: unknown[] = [];
      for (let r = 0; r < 40; r++) {
        await batcher.add(opBytes(1, [`A${r + 1}`]), () => {
          const range = context.workbook.worksheets.getItem("S").getRange(`A${r + 1}`);
          range.load("values");
          return () => got.push(range.values[0][0]);
        });
      }
      await batcher.flush();
      return got;
    };
    expect(await read(true)).toEqual(Array.from({ length: 40 }, () => "ы".repeat(1_000)));
    // A write batch whose response is refused has already run: replaying it could apply it twice.
    await expect(read(false)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe.each([18, 9, 7])("every write path retries smaller when Excel refuses the request (ExcelApi 1.%i)", (v) => {
  it("writeSheet: values, formats, styles, links, table and the owned-sheets record", async () => {
    const plain = officeOn({ apiVersion: v });
    plain.book.addSheet("Реестр ОО", [["x"]]);
    const plainSyncs = await plain.syncsOf(() => plain.gateway.writeSheet(report(3_000)));
    const expected = dump(plain.book.sheet("Замечания"));
    expect(plain.book.refusedPayloads).toBe(0);

    const limit = 150_000;
    const small = officeOn({ apiVersion: v, payloadLimit: limit });
    small.book.addSheet("Реестр ОО", [["x"]]);
    const syncs = await small.syncsOf(() => small.gateway.writeSheet(report(3_000)));
    expect(dump(small.book.sheet("Замечания"))).toBe(expected);
    expect(small.book.sheet("Замечания").cell("C3001").hyperlink).toEqual({
      documentReference: "'Реестр ОО'!H3001",
      textToDisplay: "H3001",
    });
    expect(small.book.refusedPayloads).toBeGreaterThan(0);
    expect(small.book.sheets.map((s) => s.name)).toEqual(["Реестр ОО", "_kvantorium_state", "Замечания"]);
    expectBounded(small.book, syncs, plainSyncs, limit);

    // Written again: our own sheet is replaced in place, not duplicated, under the same limit.
    await small.gateway.writeSheet(report(3_000));
    expect(small.book.sheets.map((s) => s.name)).toEqual(["Реестр ОО", "_kvantorium_state", "Замечания"]);
    expect(dump(small.book.sheet("Замечания"))).toBe(expected);
  });

  it("paint, repaint and clear: every cell painted once, every original fill back", async () => {
    const setup = (limit?: number) => {
      const on = officeOn({ apiVersion: v, payloadLimit: limit });
      const s = on.book.addSheet(
        "Реестр ОО",
        Array.from({ length: 3_000 }, (_, r) => [`ОО ${r}`, r, "да", "нет"]),
      );
      // The user's own fills, which clearing must give back exactly.
      for (let r = 0; r < 3_000; r += 7) s.cellAt(r, 1).fill = { color: "#FFFF00", pattern: "Solid" };
      return { ...on, s };
    };
    const plan = planOf("Реестр ОО", 3_000, 4, (i) => (i % 3 === 0 ? RED : GREEN));
    const repaint = plan.filter((_, i) => i % 2 === 0).map((c) => ({ ...c, fill: GREEN }));

    const plain = setup();
    const plainSyncs = await plain.syncsOf(() => plain.gateway.applyPaint(plan));
    const painted = dump(plain.s);
    await plain.gateway.applyPaint(repaint);
    const repainted = dump(plain.s);
    const before = setup().s;

    // Above the paint record's own size (≈ 460 kB for 12,000 cells), which is read in one piece.
    const limit = 600_000;
    const small = setup(limit);
    const syncs = await small.syncsOf(() => small.gateway.applyPaint(plan));
    expect(dump(small.s)).toBe(painted);
    expect(small.book.refusedPayloads).toBeGreaterThan(0);
    expectBounded(small.book, syncs, plainSyncs, limit);
    await small.gateway.applyPaint(repaint);
    expect(dump(small.s)).toBe(repainted);
    await small.gateway.clearPaint();
    // The originals were saved before the first colour: clearing finds the user's yellow, not ours.
    expect(dump(small.s)).toBe(dump(before));
    expect(small.s.cell("B1").fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
    expect(small.s.cell("A1").fill).toBeNull();
  });

  it("saveState: a long value in many rows", async () => {
    const value = JSON.stringify(Array.from({ length: 60_000 }, (_, i) => `Школа ${i}`));
    const { book, gateway } = officeOn({ apiVersion: v, payloadLimit: 300_000 });
    book.addSheet("Лист1", []);
    await gateway.saveState("kvm.test", value);
    expect(book.refusedPayloads).toBeGreaterThan(0);
    expect(stateValue(book, "kvm.test")).toBe(value);
    expect(book.sheet("_kvantorium_state").visibility).toBe("VeryHidden");
  });
});

describe("a command too large even alone", () => {
  it("leaves the workbook unpainted with request-too-large when the paint record cannot be saved", async () => {
    const { book, gateway } = officeOn({ payloadLimit: 20_000 });
    const s = book.addSheet("S", [["a", "b"]]);
    const note = "Проверьте срок. ".repeat(1_000);
    const error = await gateway.applyPaint([{ sheet: "S", row: 0, col: 0, fill: RED, note }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "MonitorError", code: "request-too-large" });
    expect(s.cell("A1").fill).toBeNull();
    expect(s.notes.size).toBe(0);
  });
});

describe("a write stopped part-way by a refused command", () => {
  it("leaves a sheet recorded as ours, which the next run replaces instead of adding «Замечания (2)»", async () => {
    const { book, gateway } = officeOn({ payloadLimit: 50_000 });
    book.addSheet("Реестр ОО", [["x"]]);
    // One cell of 30,000 Russian letters is ~60 kB of request even alone.
    const model = report(50, (i) => (i === 30 ? "ж".repeat(30_000) : `Замечание ${i}`));
    await expect(gateway.writeSheet(model)).rejects.toMatchObject({ code: "request-too-large" });
    expect(book.sheets.map((s) => s.name)).toEqual(["Реестр ОО", "_kvantorium_state", "Замечания"]);
    expect(book.sheet("Замечания").cell("B31").value).toBe("");

    book.payloadLimit = 5_000_000;
    await gateway.writeSheet(model);
    expect(book.sheets.map((s) => s.name)).toEqual(["Реестр ОО", "_kvantorium_state", "Замечания"]);
    expect(book.sheet("Замечания").cell("B31").value).toBe("ж".repeat(30_000));
    expect(book.sheet("Замечания").cell("B51").value).toBe("Замечание 50");
  });
});

describe("Cyrillic text is budgeted in bytes, not characters", () => {
  // 3,400 rows of 1,000 Russian letters: 3.4 million characters, 6.8 MB. Counted in characters
  // the values would fit one sync of the 4,000,000 budget, which Excel on the web refuses.
  const long = (i: number) => `${i} ` + "Отчёт о выполнении дорожной карты Кванториума. ".repeat(22).slice(0, 1_000);

  it("writes a sheet of long Russian text in syncs Excel on the web accepts", async () => {
    const { book, gateway } = officeOn({ payloadLimit: 5_000_000 });
    book.addSheet("Реестр ОО", [["x"]]);
    const model = report(3_400, long);
    expect(jsonBytes(model.cells.map((c) => c.value))).toBeGreaterThan(PAYLOAD_BUDGET * 0.8);
    await gateway.writeSheet(model);
    expect(book.refusedPayloads).toBe(0);
    expect(book.maxRequestPayload).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(book.sheet("Замечания").cell("B3401").value).toBe(long(3_400));
  });

  it("saves a long Russian state value without a refused sync", async () => {
    const { book, gateway } = officeOn({ payloadLimit: 5_000_000 });
    book.addSheet("Лист1", []);
    const value = "Кванториум ".repeat(300_000);
    expect(value.length).toBeLessThan(PAYLOAD_BUDGET);
    expect(utf8Bytes(value)).toBeGreaterThan(PAYLOAD_LIMIT);
    await gateway.saveState("kvm.long", value);
    expect(book.refusedPayloads).toBe(0);
    expect(stateValue(book, "kvm.long")).toBe(value);
  });

  it("keeps bulk commands small enough to halve", () => {
    expect(OP_BYTES_MAX * 64).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  });
});

describe("hyperlinks", () => {
  it("go through one setCellProperties per rectangle on ExcelApi 1.9", async () => {
    const { book, gateway } = officeOn({ apiVersion: 9 });
    book.addSheet("Реестр ОО", [["x"]]);
    await gateway.writeSheet(report(500));
    expect(book.apiCalls.has("Range.setCellProperties")).toBe(true);
    const s = book.sheet("Замечания");
    for (const row of [2, 250, 501])
      expect(s.cell(`C${row}`).hyperlink).toEqual({
        documentReference: "'Реестр ОО'!H" + row,
        textToDisplay: `H${row}`,
      });
    expect(s.cell("C1").hyperlink).toBeUndefined();
    expect(s.cell("B2").hyperlink).toBeUndefined();
  });

  it("are set per cell on ExcelApi 1.7, which has no setCellProperties", async () => {
    const { book, gateway } = officeOn({ apiVersion: 7 });
    book.addSheet("Реестр ОО", [["x"]]);
    await gateway.writeSheet(report(500));
    expect(book.apiCalls.has("Range.setCellProperties")).toBe(false);
    expect(book.sheet("Замечания").cell("C501").hyperlink).toEqual({
      documentReference: "'Реестр ОО'!H501",
      textToDisplay: "H501",
    });
  });

  it("read back through getCellProperties({hyperlink: true}) in the double, as in Excel", async () => {
    const book = new DoubleWorkbook();
    book.addSheet("S");
    const context = contextOf(book);
    const range = context.workbook.worksheets.getItem("S").getRange("A1:A2");
    range.setCellProperties([[{ hyperlink: { documentReference: "'S'!B5", textToDisplay: "B5" } }], [{}]]);
    const props = range.getCellProperties({ hyperlink: true });
    await context.sync();
    expect(props.value[0][0].hyperlink).toEqual({ documentReference: "'S'!B5", textToDisplay: "B5" });
    expect(props.value[1][0].hyperlink).toBeUndefined();
    expect(book.sheet("S").cell("A1").value).toBe("B5");
  });
});
