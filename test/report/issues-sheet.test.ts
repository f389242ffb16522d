import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { createMonitor } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { checkWorkbook } from "../../src/engine/check";
import { cutAtWord } from "../../src/domain/text";
import { buildIssuesSheet } from "../../src/report/issues-sheet";
import { officeOn } from "../adapters/office/setup";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const NOW = () => new Date("2024-10-01T09:00:00Z");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };

async function sampleResult() {
  const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
  return checkWorkbook(await book.readSnapshot(), { asOf: "2024-10-01", lang: "ru" });
}

describe("«Замечания»", () => {
  it("opens with a title line naming the as-of date and the counts, in correct Russian plurals", async () => {
    const r = await sampleResult();
    const m = buildIssuesSheet(r.findings, "ru", { asOf: r.asOf });
    const s = r.summary;
    const title = m.cells.find((c) => c.row === 0 && c.col === 0)?.value as string;
    expect(title).toMatch(/^Замечания по состоянию на 01\.10\.2024: /);
    expect(title).toContain(`${s.errors} ошиб`);
    expect(buildIssuesSheet([], "ru", { asOf: "2024-10-01" }).cells[0].value).toBe(
      "Замечания по состоянию на 01.10.2024: 0 ошибок, 0 предупреждений, 0 сведений",
    );
  });

  it("names the rule in plain Russian and leaves sheet, cell and school out of the message", async () => {
    const r = await sampleResult();
    const items = new Map(r.measures.map((x) => [x.number, x.title]));
    const m = buildIssuesSheet(r.findings, "ru", { asOf: r.asOf, items });
    const header = m.cells.filter((c) => c.row === 1).map((c) => c.value);
    expect(header).toEqual([
      "№",
      "Образовательная организация",
      "Муниципальный район",
      "Пункт",
      "Лист",
      "Ячейка",
      "Важность",
      "Правило",
      "Замечание",
    ]);
    const rule = m.cells.filter((c) => c.row > 1 && c.col === 7).map((c) => String(c.value));
    expect(rule.every((v) => !/^[a-z]+(-[a-z]+)+$/.test(v))).toBe(true);
    const messages = m.cells.filter((c) => c.row > 1 && c.col === 8).map((c) => String(c.value));
    expect(messages.length).toBe(r.findings.length);
    expect(messages.filter((v) => v.includes("Лист «") && v.includes("ячейка"))).toEqual([]);
    expect(m.table).toMatchObject({ range: { top: 1, bottom: 1 + r.findings.length, right: 8 } });
    expect(m.print).toMatchObject({ orientation: "landscape", repeatRows: { first: 0, last: 1 } });
  });

  it("cuts long item titles at a word, never inside one", () => {
    const t = "Получено, установлено и налажено оборудование, приобретаемое для оснащения Школьного Кванториума";
    const cut = cutAtWord(t, 40);
    expect(cut).toBe("Получено, установлено и налажено…");
    expect(t.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cutAtWord("коротко", 40)).toBe("коротко");
  });

  it("stays one sheet per workbook when checks run in English and then Russian (.xlsx)", async () => {
    const book = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const monitor = createMonitor(book, NOW);
    await monitor.check(SETTINGS, "en");
    await monitor.check(SETTINGS, "ru");
    const again = await openXlsx(await book.toBytes());
    const names = (await again.readSnapshot()).sheets.map((s) => s.name);
    expect(names.filter((n) => n === "Замечания" || n === "Issues")).toEqual(["Замечания"]);
    await createMonitor(again, NOW).check(SETTINGS, "en");
    const third = await openXlsx(await again.toBytes());
    const names3 = (await third.readSnapshot()).sheets.map((s) => s.name);
    expect(names3.filter((n) => n === "Замечания" || n === "Issues")).toEqual(["Issues"]);
  });

  it("stays one sheet per workbook when checks run in English and then Russian (Office)", async () => {
    const file = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const snap = await file.readSnapshot();
    const { book, gateway } = officeOn();
    for (const s of snap.sheets) {
      book.addSheet(
        s.name,
        s.rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : (v as string | number | boolean)))),
      );
    }
    const monitor = createMonitor(gateway, NOW);
    await monitor.check(SETTINGS, "en");
    await monitor.check(SETTINGS, "ru");
    const names = book.sheets.map((s) => s.name);
    expect(names.filter((n) => n === "Замечания" || n === "Issues")).toEqual(["Замечания"]);
  });

  it("does not touch a user's own sheet called «Issues»", async () => {
    const { book, gateway } = officeOn();
    book.addSheet("Issues", [["мои заметки"]]);
    await gateway.writeSheet(buildIssuesSheet([], "ru"));
    // The very-hidden state sheet is written first (ownership before anything can fail).
    expect(book.sheets.map((s) => s.name).filter((n) => n !== "_kvantorium_state")).toEqual(["Issues", "Замечания"]);
    expect(book.sheet("Issues").cell("A1").value).toBe("мои заметки");
  });
});
