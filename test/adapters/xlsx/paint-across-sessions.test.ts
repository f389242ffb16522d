import { NOTE_AUTHOR, openXlsx } from "../../../src/adapters/xlsx";
import { decodePaintRecord, PAINT_KEY } from "../../../src/adapters/xlsx/paint-record";
import type { PaintPlan } from "../../../src/domain/paint-plan";
import { makeRichWorkbook } from "../../fixtures/make-fixtures";
import { fillOf, notesOf, parts, reread, styleIndex, withPart } from "./xlsx-helpers";

const REG = "xl/worksheets/sheet1.xml"; // «Реестр ОО»
const RM = "xl/worksheets/sheet2.xml"; // «Дорожная карта»

/** First check: A2 (green header), B2 (bold header) and C4 red with notes, D2 on the roadmap green. */
const FIRST: PaintPlan = [
  { sheet: "Реестр ОО", row: 1, col: 0, fill: "#FFC7CE", note: "Просрочено" },
  { sheet: "Реестр ОО", row: 1, col: 1, fill: "#FFC7CE", note: "Просрочено" },
  { sheet: "Реестр ОО", row: 3, col: 2, fill: "#FFC7CE", note: "Просрочено" },
  { sheet: "Дорожная карта", row: 1, col: 3, fill: "#C6EFCE", note: "В срок" },
];
/** Second check, on another date: only B2 is still marked, now yellow, and D4 is new. */
const SECOND: PaintPlan = [
  { sheet: "Реестр ОО", row: 1, col: 1, fill: "#FFEB9C", note: "Срок скоро" },
  { sheet: "Реестр ОО", row: 3, col: 3, fill: "#FFEB9C", note: "Нужна дата" },
];

async function paintedOnce(): Promise<{ original: Uint8Array; painted: Uint8Array }> {
  const original = await makeRichWorkbook();
  const wb = await openXlsx(original);
  await wb.applyPaint(FIRST);
  return { original, painted: await wb.toBytes() };
}

async function reopenAnd(bytes: Uint8Array, action: "clear" | PaintPlan): Promise<Uint8Array> {
  const wb = await openXlsx(bytes);
  if (action === "clear") await wb.clearPaint();
  else await wb.applyPaint(action);
  return wb.toBytes();
}

describe("XlsxWorkbook undoes the paint of an earlier session (CLI re-check, web «Снять выделение»)", () => {
  let original: Uint8Array;
  let painted: Uint8Array;
  beforeAll(async () => ({ original, painted } = await paintedOnce()));

  it("records each painted cell with its original and its painted style index in the state sheet", async () => {
    const record = decodePaintRecord(await (await openXlsx(painted)).loadState(PAINT_KEY));
    const before = await parts(original);
    const after = await parts(painted);
    const reg = record.get("Реестр ОО")!;
    expect(reg.map((c) => c.cell).sort()).toEqual(["A2", "B2", "C4"]);
    for (const c of reg) {
      expect(c.original).toBe(styleIndex(before.get(REG)!, c.cell));
      expect(c.painted).toBe(styleIndex(after.get(REG)!, c.cell));
      expect(c.painted).not.toBe(c.original);
    }
    expect(record.get("Дорожная карта")!.map((c) => c.cell)).toEqual(["D2"]);
  });

  it("clearPaint on the reopened file puts back every original style index and removes only our notes", async () => {
    const cleared = await parts(await reopenAnd(painted, "clear"));
    const before = await parts(original);
    // The painted cells all existed, so the sheet part is exactly the original again.
    expect(cleared.get(REG)).toBe(before.get(REG));
    expect(cleared.get(RM)).toBe(before.get(RM));
    const wb = await reread(await reopenAnd(painted, "clear"));
    const reg = wb.getWorksheet("Реестр ОО")!;
    expect(fillOf(reg.getCell("A2"))).toBe("#92D050");
    expect(fillOf(reg.getCell("C4"))).toBeNull();
    expect(notesOf(reg)).toEqual({ C3: "Комментарий координатора" });
    expect(notesOf(wb.getWorksheet("Дорожная карта")!)).toEqual({});
  });

  it("drops the comment and drawing parts a cleared sheet had only for our notes", async () => {
    const cleared = await parts(await reopenAnd(painted, "clear"));
    const before = await parts(original);
    const notesParts = (m: Map<string, string>) =>
      [...m.keys()].filter((p) => /^xl\/(comments|drawings\/vmlDrawing)/.test(p)).sort();
    expect(notesParts(await parts(painted)).length).toBeGreaterThan(notesParts(before).length);
    expect(notesParts(cleared)).toEqual(notesParts(before));
    expect(cleared.get("xl/worksheets/_rels/sheet2.xml.rels")).toBe(before.get("xl/worksheets/_rels/sheet2.xml.rels"));
    expect([...cleared.values()].join("")).not.toContain("Просрочено");
  });

  it("forgets the record after clearing, so a third session has nothing to undo", async () => {
    const cleared = await reopenAnd(painted, "clear");
    expect(await (await openXlsx(cleared)).loadState(PAINT_KEY)).toBeNull();
    const again = await reopenAnd(cleared, "clear");
    expect(Buffer.from(again).equals(Buffer.from(cleared))).toBe(true);
  });

  it("a re-check with other results leaves no stale colour or note from the first check", async () => {
    const rechecked = await reopenAnd(painted, SECOND);
    const before = await parts(original);
    const after = await parts(rechecked);
    for (const cell of ["A2", "C4"]) expect(styleIndex(after.get(REG)!, cell)).toBe(styleIndex(before.get(REG)!, cell));
    expect(after.get(RM)).toBe(before.get(RM));
    const reg = (await reread(rechecked)).getWorksheet("Реестр ОО")!;
    expect(fillOf(reg.getCell("A2"))).toBe("#92D050");
    expect(fillOf(reg.getCell("B2"))).toBe("#FFEB9C");
    expect(fillOf(reg.getCell("C4"))).toBeNull();
    expect(fillOf(reg.getCell("D4"))).toBe("#FFEB9C");
    expect(notesOf(reg)).toEqual({ B2: "Срок скоро", C3: "Комментарий координатора", D4: "Нужна дата" });
    const rm = (await reread(rechecked)).getWorksheet("Дорожная карта")!;
    expect(fillOf(rm.getCell("D2"))).toBeNull();
    expect(notesOf(rm)).toEqual({});
    const record = decodePaintRecord(await (await openXlsx(rechecked)).loadState(PAINT_KEY));
    expect([...record.keys()]).toEqual(["Реестр ОО"]);
    expect(record.get("Реестр ОО")!.map((c) => c.cell)).toEqual(["B2", "D4"]);
  });

  it("repeating the same check reuses the formats of the first run instead of adding new ones", async () => {
    const twice = await parts(await reopenAnd(painted, FIRST));
    const once = await parts(painted);
    expect(twice.get("xl/styles.xml")).toBe(once.get("xl/styles.xml"));
    expect(twice.get(REG)).toBe(once.get(REG));
  });

  it("never changes a value while undoing", async () => {
    const snap = async (b: Uint8Array) =>
      (await (await openXlsx(b)).readSnapshot()).sheets.filter((s) => !s.name.startsWith("_")).map((s) => s.rows);
    expect(await snap(await reopenAnd(painted, SECOND))).toEqual(await snap(original));
    expect(await snap(await reopenAnd(painted, "clear"))).toEqual(await snap(original));
  });

  it("leaves a cell the user restyled after the first check as the user left it", async () => {
    // The user gave C4 another format (the bold header's) between the two sessions.
    const userXf = styleIndex((await parts(original)).get(REG)!, "B2")!;
    const edited = await withPart(painted, REG, (xml) => xml.replace(/(<c s=")\d+(" r="C4")/, `$1${userXf}$2`));
    expect(styleIndex((await parts(edited)).get(REG)!, "C4")).toBe(userXf);
    const cleared = (await parts(await reopenAnd(edited, "clear"))).get(REG)!;
    expect(styleIndex(cleared, "C4")).toBe(userXf);
    expect(styleIndex(cleared, "A2")).toBe(styleIndex((await parts(original)).get(REG)!, "A2"));
  });

  it("keeps working in one web page session: check, then «Снять выделение»", async () => {
    const wb = await openXlsx(painted);
    await wb.applyPaint(SECOND);
    await wb.clearPaint();
    const out = await parts(await wb.toBytes());
    const before = await parts(original);
    expect(out.get(REG)).toBe(before.get(REG));
    expect((await wb.readSnapshot()).sheets.map((s) => s.name)).toContain("Реестр ОО");
  });

  it("removes our notes from a file painted before records were kept (notes carry our author)", async () => {
    // An older run left its notes but no record: the record key holds nothing usable.
    const wb = await openXlsx(painted);
    await wb.saveState(PAINT_KEY, "");
    const legacy = await wb.toBytes();
    expect(decodePaintRecord(await (await openXlsx(legacy)).loadState(PAINT_KEY)).size).toBe(0);
    expect([...(await parts(legacy)).values()].join("")).toContain(NOTE_AUTHOR);
    const reg = (await reread(await reopenAnd(legacy, "clear"))).getWorksheet("Реестр ОО")!;
    expect(notesOf(reg)).toEqual({ C3: "Комментарий координатора" });
  });
});

describe("XlsxWorkbook on a file that was never painted", () => {
  it.each<[string, "clear" | PaintPlan]>([
    ["clearPaint", "clear"],
    ["an empty paint plan", []],
  ])("returns the original bytes after %s", async (_what, action) => {
    const original = await makeRichWorkbook();
    const out = await reopenAnd(original, action);
    expect(Buffer.from(out).equals(Buffer.from(original))).toBe(true);
  });

  it("returns the original bytes when nothing was asked", async () => {
    const original = await makeRichWorkbook();
    const wb = await openXlsx(original);
    await wb.readSnapshot();
    expect(Buffer.from(await wb.toBytes()).equals(Buffer.from(original))).toBe(true);
  });
});

describe("a painted file re-saved by another program (formats renumbered)", () => {
  /**
   * What LibreOffice or R7-Office may do when it re-saves: rebuild the format list, so a
   * recorded index now means another format. Here the painted format's slot is given the
   * first format of the list, as a renumbering would.
   */
  async function reshuffled(bytes: Uint8Array, slot: number): Promise<Uint8Array> {
    return withPart(bytes, "xl/styles.xml", (xml) =>
      xml.replace(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/, (whole, inner: string) => {
        const xfs: string[] = inner.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
        if (xfs.length <= slot) throw new Error("test bug: no such format");
        xfs[slot] = xfs[0];
        return whole.replace(inner, xfs.join(""));
      }),
    );
  }

  it("never writes a recorded style index back once the formats no longer match the record", async () => {
    const { painted } = await paintedOnce();
    const record = decodePaintRecord(await (await openXlsx(painted)).loadState(PAINT_KEY));
    const c4 = record.get("Реестр ОО")!.find((c) => c.cell === "C4")!;
    const shuffled = await reshuffled(painted, c4.painted);
    const cleared = await reopenAnd(shuffled, "clear");
    expect(styleIndex((await parts(cleared)).get(REG)!, "C4")).toBe(c4.painted);
    // A file nobody re-saved is still restored exactly.
    const restored = await reopenAnd(painted, "clear");
    expect(styleIndex((await parts(restored)).get(REG)!, "C4")).toBe(c4.original);
  });
});
