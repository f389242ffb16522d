import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { renderSchoolCopy } from "../../src/adapters/xlsx/school-copy";
import { createMonitor } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { COPY_MARK_KEY, parseMark, type CopyMark } from "../../src/app/school-copy-mark";
import { splitWorkbook } from "../../src/app/split";
import { newXlsxWorkbook } from "../../src/adapters/xlsx";
import { a1, parseA1 } from "../../src/domain/cell-address";
import { isoToSerial } from "../../src/domain/excel-serial";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { AS_OF, downloadBytes, idle, ROOT, SAMPLE, setAsOf, shot } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * «Разослать школам» → the schools fill their copies → «Собрать ответы школ» → «Отменить
 * сбор», on the web page of the production build in Debian's Chromium at the pane's 350 px
 * (PRODUCT.md §6a). The copies come back edited with the project's own .xlsx code, the way a
 * school's typing stores them; the LibreOffice-edited round trip is test/app/school-loop-roundtrip.
 */
const NOW = new Date(`${AS_OF}T09:00:00Z`);
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: AS_OF };
const OWNED = new Set(["замечания", "сбор ответов", "_kvantorium_state"]);
/** Characters Windows refuses in a file name, and names it reserves. */
const WINDOWS_BAD = /[<>:"/\\|?*\u0000-\u001f]|[. ]$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let server: StaticServer;
let browser: Chromium;
let page: Page;
let sample: WorkbookSnapshot;
let copies: Map<string, Uint8Array>;

beforeAll(async () => {
  const [{ dir }, snap] = await Promise.all([
    productionBuild(),
    openXlsx(new Uint8Array(readFileSync(SAMPLE))).then((b) => b.readSnapshot()),
  ]);
  sample = snap;
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 350, height: 800 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function markOf(bytes: Uint8Array): Promise<CopyMark> {
  return parseMark(await (await openXlsx(bytes)).loadState(COPY_MARK_KEY))!;
}

function sheetOf(s: WorkbookSnapshot, name: string) {
  return s.sheets.find((x) => x.name === name)!;
}

/** A cell's value and number format by "sheet!A1". */
function valueAt(s: WorkbookSnapshot, ref: string): { v: unknown; f: string } {
  const [sheet, cell] = ref.split("!");
  const { row, col } = parseA1(cell)!;
  const sh = sheetOf(s, sheet);
  return { v: sh.rows[row]?.[col] ?? null, f: sh.formats?.[row]?.[col] ?? "General" };
}

/** Every non-empty cell of the user's sheets as "sheet!A1" → value and number format. */
function cellsOf(s: WorkbookSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const sh of s.sheets) {
    if (OWNED.has(sh.name.toLowerCase())) continue;
    sh.rows.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const f = sh.formats?.[r]?.[c] ?? "General";
        out.set(`${sh.name}!${a1(r, c)}`, JSON.stringify([v, f === "General" ? "" : f]));
      }),
    );
  }
  return out;
}

function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

async function downloadWorkbook(): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Скачать проверенную книгу" }).click(),
  ]);
  return downloadBytes(download);
}

async function formulaIn(bytes: Uint8Array, sheet: string, cell: string): Promise<boolean> {
  const pkg = await OoxmlPackage.load(bytes);
  const xml = (await pkg.text((await pkg.sheets()).find((s) => s.name === sheet)!.path))!;
  const c = new RegExp(`<c r="${cell}"[^>]*?(?:/>|>.*?</c>)`).exec(xml);
  expect(c).not.toBeNull();
  return /<f[\s>]/.test(c![0]);
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The log line of one file in the panel. */
function logLine(file: string) {
  return page.locator("#loop-title").locator("..").locator("li", { hasText: file });
}

async function collect(): Promise<void> {
  await page.getByRole("button", { name: "Собрать ответы школ" }).click();
  await page.getByText("Журнал сбора").waitFor();
  await idle(page);
  expect(await page.getByRole("button", { name: "Собрать ответы школ" }).getAttribute("aria-disabled")).not.toBe(
    "true",
  );
}

// What school A planted, in master coordinates (sheet!A1), and the values it typed.
let planted: {
  school: string;
  date: string;
  formula: string;
  conflict: string;
  conflictWas: unknown;
  conflictTyped: number;
};

describe("the school loop on the web page (Chromium, 350 px)", () => {
  it("«Разослать школам» downloads a .zip with one safely named .xlsx per registry school", async () => {
    await page.goto(`${server.origin}/`);
    await page.getByTestId("file-zone").locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText("Сейчас открыт файл «sample-monitoring.xlsx».").waitFor();
    await setAsOf(page, AS_OF);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Разослать школам" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Копии для школ — sample-monitoring.zip");
    await page.getByText("Скачан архив с копиями для школ: 15. Отправьте каждой школе её файл.").waitFor();

    const zip = unzipSync(await downloadBytes(download));
    copies = new Map(Object.entries(zip));
    const names = [...copies.keys()];
    // The same files the CLI's split makes of the sample.
    const cli = await splitWorkbook(
      await openXlsx(new Uint8Array(readFileSync(SAMPLE))),
      (p) => renderSchoolCopy(p),
      SETTINGS,
      "ru",
      NOW,
    );
    expect(names.sort()).toEqual(cli.files.map((f) => f.fileName).sort());
    expect(names).toHaveLength(15);
    for (const n of names) {
      expect(n).toMatch(/\.xlsx$/);
      expect([n, WINDOWS_BAD.test(n.slice(0, -5)) || WINDOWS_RESERVED.test(n)]).toEqual([n, false]);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // Each is a workbook carrying the mark of its own school, one per registry school.
    const marks = await Promise.all([...copies.values()].map(markOf));
    expect(new Set(marks.map((m) => m.schoolKey)).size).toBe(15);
    expect(new Set(marks.map((m) => m.master)).size).toBe(1);
    expect(marks[0].master).not.toBeNull();
  }, 180_000);

  it("collects several returned files at once and says per file what became of it", async () => {
    const entries = [...copies.entries()];
    const marks = await Promise.all(entries.map(([, b]) => markOf(b)));
    const reg = sheetOf(sample, "Реестр ОО");
    const ind = sheetOf(sample, "Показатели");
    // School A: the first with two empty step cells on its registry row.
    const ai = marks.findIndex((m) => {
      const rm = m.sheets.find((s) => s.master === "Реестр ОО")!;
      const row = rm.rows[rm.rows.length - 1];
      return rm.inputs.filter((c) => reg.rows[row]?.[c] == null).length >= 2;
    });
    expect(ai).toBeGreaterThanOrEqual(0);
    const a = marks[ai];
    const rm = a.sheets.find((s) => s.master === "Реестр ОО")!;
    const copyRow = rm.rows.length - 1;
    const empty = rm.inputs.filter((c) => reg.rows[rm.rows[copyRow]]?.[c] == null);
    const im = a.sheets.find((s) => s.master === "Показатели")!;
    const indRow = im.rows.findIndex(
      (m, i) => i > (im.headerRow ?? 0) && m >= 0 && ind.rows[m]?.[im.inputs[0]] != null,
    );
    expect(indRow).toBeGreaterThan(0);
    const was = ind.rows[im.rows[indRow]][im.inputs[0]];
    expect(typeof was).toBe("number");
    planted = {
      school: a.school,
      date: `Реестр ОО!${a1(rm.rows[copyRow], empty[0])}`,
      formula: `Реестр ОО!${a1(rm.rows[copyRow], empty[1])}`,
      conflict: `Показатели!${a1(im.rows[indRow], im.inputs[0])}`,
      conflictWas: was,
      conflictTyped: (was as number) + 17,
    };
    const book = await openXlsx(entries[ai][1]);
    await book.writeValues([
      { sheet: rm.sheet, row: copyRow, col: empty[0], value: isoToSerial("2024-09-16") },
      { sheet: rm.sheet, row: copyRow, col: empty[1], value: "=СУММ(1;2)" },
      { sheet: im.sheet, row: indRow, col: im.inputs[0], value: planted.conflictTyped },
      // Outside the school's cells: its ИНН.
      { sheet: rm.sheet, row: copyRow, col: 3, value: "0000000000" },
    ]);
    const aBytes = await book.toBytes();
    // School B sends its copy back untouched, under another name (matched by its mark).
    const bi = ai === 0 ? 1 : 0;
    const template = newXlsxWorkbook();
    await createMonitor(template, () => NOW).createTemplate(2024, "ru");
    const files = [
      { name: "ответ школы А.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from(aBytes) },
      { name: "от школы Б.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from(entries[bi][1]) },
      { name: "пустой шаблон.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from(await template.toBytes()) },
      { name: "письмо.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from("это письмо, а не книга") },
    ];
    await page.getByTestId("returned-files").setInputFiles(files);
    await page.getByText("Выбрано файлов: 4").waitFor();
    await collect();
    await page
      .getByText(
        "Сбор записан на лист «Сбор ответов», книга проверена заново. Скачайте книгу, чтобы сохранить результат.",
      )
      .waitFor();
    // No «Проверить» was pressed: the summary is the collect's own re-check, as of the pane's date.
    await expect(page.getByTestId("summary").innerText()).resolves.toContain("Итог проверки на 01.10.2024");

    const lines = page.locator("#loop-title").locator("..").locator("li");
    expect(await lines.count()).toBe(4);
    const aLine = logLine("ответ школы А.xlsx");
    expect(await aLine.getAttribute("data-status")).toBe("taken");
    // Every value the school left as it was counts as unchanged; «№ 7» is kept on one line.
    expect(await aLine.innerText()).toMatch(
      new RegExp(
        `^ответ школы А\\.xlsx — ${escaped(planted.school.replace(/№ /g, "№\u00a0"))}: принят: заполнено 2, заменено 0, конфликтов 1, без изменений \\d+, не перенесено 1$`,
      ),
    );
    const bLine = logLine("от школы Б.xlsx");
    expect(await bLine.getAttribute("data-status")).toBe("nothing-new");
    expect(await bLine.innerText()).toMatch(/^от школы Б\.xlsx — .+: принят, нового нет: заполнено 0, /);
    const tLine = logLine("пустой шаблон.xlsx");
    expect(await tLine.getAttribute("data-status")).toBe("not-matched");
    expect(await tLine.innerText()).toBe("пустой шаблон.xlsx: не сопоставлен со школой");
    const badLine = logLine("письмо.xlsx");
    expect(await badLine.getAttribute("data-status")).toBe("bad-file");
    expect(await badLine.innerText()).toBe(
      "письмо.xlsx: не прочитан: это не книга Excel (.xlsx) — попросите школу сохранить файл как «Книга Excel (*.xlsx)» и прислать снова",
    );
    await shot(page, "school-loop-collected", "#loop-title");
    // The panel alone, as the README shows it (docs/images/school-loop-collected.png).
    await page.locator('section[aria-labelledby="loop-title"]').screenshot({
      path: join(ROOT, "screenshots", "school-loop-panel.png"),
    });
  }, 180_000);

  it("downloads the workbook with the school's values, their types kept, the conflict left and «Сбор ответов»", async () => {
    const bytes = await downloadWorkbook();
    const snap = await (await openXlsx(bytes)).readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Сбор ответов"]));
    const log = sheetOf(snap, "Сбор ответов");
    // Run as of the pane's «Дата проверки» (01.10.2024), not today: the loop takes the settings shown.
    expect(String(log.rows[0][0])).toBe(
      "Сбор ответов школ 01.10.2024: принято файлов 2 из 4, перенесено значений 2, конфликтов 1",
    );
    const at = (ref: string) => valueAt(snap, ref);
    // A date stays a date; text that looks like a formula stays text.
    expect(at(planted.date).v).toBe(isoToSerial("2024-09-16"));
    expect(at(planted.date).f).toMatch(/^(DD|dd)\.(MM|mm)\.(YYYY|yyyy)$/);
    expect(at(planted.formula).v).toBe("=СУММ(1;2)");
    const [fs, fc] = planted.formula.split("!");
    expect(await formulaIn(bytes, fs, fc)).toBe(false);
    // The conflict is left as the workbook had it; the ИНН is not taken.
    expect(at(planted.conflict).v).toBe(planted.conflictWas);
    // Nothing else in the user's sheets changed.
    expect(changed(cellsOf(sample), cellsOf(snap))).toEqual([planted.date, planted.formula].sort());
  }, 180_000);

  it("«Отменить сбор» puts every cell back as it was", async () => {
    await page.getByRole("button", { name: "Отменить сбор" }).click();
    await page.getByText("Сбор отменён: восстановлено ячеек — 2.").waitFor();
    await idle(page);
    const snap = await (await openXlsx(await downloadWorkbook())).readSnapshot();
    expect(changed(cellsOf(sample), cellsOf(snap))).toEqual([]);
    expect(await page.getByRole("button", { name: "Отменить сбор" }).getAttribute("aria-disabled")).toBe("true");
  }, 180_000);

  it("with «При конфликте брать значение школы» ticked takes the school's value in the conflict", async () => {
    await page.getByLabel("При конфликте брать значение школы").check();
    await collect();
    const line = logLine("ответ школы А.xlsx");
    expect(await line.innerText()).toMatch(/: принят: заполнено 2, заменено 1, конфликтов 0, /);
    const snap = await (await openXlsx(await downloadWorkbook())).readSnapshot();
    expect(changed(cellsOf(sample), cellsOf(snap))).toEqual([planted.conflict, planted.date, planted.formula].sort());
    expect(valueAt(snap, planted.conflict).v).toBe(planted.conflictTyped);
    // Undo again puts the workbook's value back.
    await page.getByRole("button", { name: "Отменить сбор" }).click();
    await page.getByText("Сбор отменён: восстановлено ячеек — 3.").waitFor();
    const undone = await (await openXlsx(await downloadWorkbook())).readSnapshot();
    expect(changed(cellsOf(sample), cellsOf(undone))).toEqual([]);
  }, 180_000);
});
