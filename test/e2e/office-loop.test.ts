import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { COPY_MARK_KEY, parseMark, type CopyMark } from "../../src/app/school-copy-mark";
import { a1 } from "../../src/domain/cell-address";
import { isoToSerial } from "../../src/domain/excel-serial";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { bundleExcelDouble } from "./support/double-bundle";
import type { DoubleSheetData } from "./support/double-page";
import { downloadBytes, idle, SAMPLE, shot } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The school loop in the Excel pane (PRODUCT.md §6a), production build, the Excel double as
 * Office.js: split → the .zip (Excel on the web) or the sentence how to get it (desktop),
 * collect a copy the school filled, undo, and «Защитить ввод».
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
let server: StaticServer;
let browser: Chromium;
let sheets: DoubleSheetData[];
let master: WorkbookSnapshot;
let double: string;

interface Cell {
  value: unknown;
  formula?: string;
  numberFormat: string;
}

async function openPane(options: { platform?: string; apiVersion?: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "/* office.js: the Excel double stands in */" }),
  );
  await page.addInitScript({
    content: `${double}\n;window.__kvmInstallDouble(${JSON.stringify(sheets)}, ${JSON.stringify(options)});`,
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("button", { name: "Разослать школам" }).waitFor();
  await idle(page);
  return page;
}

const cellOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) => {
      const c = (window as unknown as { __kvmBook: { sheet(n: string): { cell(x: string): Cell } } }).__kvmBook
        .sheet(s)
        .cell(a);
      return { value: c.value, formula: c.formula, numberFormat: c.numberFormat };
    },
    [sheet, address] as const,
  );

const validationOf = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) =>
      (window as unknown as { __kvmValidationAt(s: string, a: string): { rule: unknown } | null }).__kvmValidationAt(
        s,
        a,
      ),
    [sheet, address] as const,
  );

const notice = (page: Page) => page.locator('section[aria-labelledby="loop-title"] .fui-MessageBar').first();

beforeAll(async () => {
  const [, bundle, sample] = await Promise.all([
    productionBuild(),
    bundleExcelDouble(),
    openXlsx(new Uint8Array(readFileSync(SAMPLE))),
  ]);
  double = bundle;
  master = await sample.readSnapshot();
  sheets = master.sheets.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (r) => Array.from(r ?? [], (v) => v ?? null)),
    formats: Array.from(s.formats ?? [], (r) => Array.from(r ?? [], (f) => f ?? null)),
  }));
  server = await serveStatic((await productionBuild()).dir);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the school loop in the Excel pane", () => {
  let page: Page;
  let copy: { name: string; bytes: Uint8Array; mark: CopyMark };
  let planted: { sheet: string; date: string; formula: string };

  it("«Разослать школам» in Excel on the web downloads one .zip with a copy per registry school", async () => {
    page = await openPane({ platform: "OfficeOnline" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Разослать школам" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Копии для школ.zip");
    const files = unzipSync(await downloadBytes(download));
    const names = Object.keys(files).filter((n) => n.endsWith(".xlsx"));
    const marks = await Promise.all(
      names.map(async (n) => parseMark(await (await openXlsx(files[n])).loadState(COPY_MARK_KEY))!),
    );
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(marks.map((m) => m.schoolKey)).size).toBe(names.length);
    // The mark names this master by its creation date, as Excel reports it.
    expect(marks.every((m) => m.master === "created:2024-01-15T09:30:00Z")).toBe(true);
    await expect(notice(page).textContent()).resolves.toMatch(/Скачан архив с копиями для школ: \d+/);

    // A school whose copy has two empty step cells fills them: a date and text that looks like a formula.
    const pick = names
      .map((name, i) => ({ name, mark: marks[i] }))
      .map(({ name, mark }) => {
        const reg = mark.sheets.find((s) => s.role === "registry" || s.role === "steps")!;
        const ms = master.sheets.find((s) => s.name === reg.master)!;
        const cells: { copyRow: number; row: number; col: number }[] = [];
        reg.rows.forEach((row, copyRow) => {
          if (row < 0 || (reg.headerRow !== undefined && copyRow <= reg.headerRow)) return;
          for (const col of reg.inputs) if (ms.rows[row]?.[col] == null) cells.push({ copyRow, row, col });
        });
        return { name, mark, reg, cells };
      })
      .find((x) => x.cells.length >= 2)!;
    expect(pick).toBeDefined();
    copy = { name: pick.name, bytes: files[pick.name], mark: pick.mark };
    const [d, f] = pick.cells;
    const book = await openXlsx(copy.bytes);
    await book.writeValues([
      {
        sheet: pick.reg.sheet,
        row: d.copyRow,
        col: d.col,
        value: isoToSerial("2024-09-16"),
        numberFormat: "DD.MM.YYYY",
      },
      { sheet: pick.reg.sheet, row: f.copyRow, col: f.col, value: "=СУММ(1;2)" },
    ]);
    copy.bytes = await book.toBytes();
    planted = { sheet: pick.reg.master, date: a1(d.row, d.col), formula: a1(f.row, f.col) };
    expect(await cellOf(page, planted.sheet, planted.date)).toMatchObject({ value: "" });
  });

  it("«Собрать ответы школ» takes the school's values into the workbook, keeping their types, and logs the file", async () => {
    await page.getByTestId("returned-files").setInputFiles([
      { name: "ответ школы.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(copy.bytes) },
      { name: "не книга.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
    ]);
    await page.getByText("Выбрано файлов: 2").waitFor();
    await page.getByRole("button", { name: "Собрать ответы школ" }).click();
    await page.getByText("Журнал сбора").waitFor();
    await idle(page);
    await shot(page, "30-excel-collected", 'section[aria-labelledby="loop-title"]');

    const log = page.locator('ul[aria-labelledby="loop-log"] > li');
    expect(await log.count()).toBe(2);
    await expect(log.filter({ hasText: "ответ школы.xlsx" }).getAttribute("data-status")).resolves.toBe("taken");
    // The school's name as the pane shows it: «№» and its number joined by a non-breaking space.
    await expect(log.filter({ hasText: "ответ школы.xlsx" }).textContent()).resolves.toContain(
      copy.mark.school.replace(/№ /g, "№\u00a0"),
    );
    await expect(log.filter({ hasText: "не книга.xlsx" }).getAttribute("data-status")).resolves.not.toBe("taken");
    await expect(notice(page).textContent()).resolves.toMatch(/Сбор записан на лист «Сбор ответов».*Сохраните книгу/);

    expect(await cellOf(page, planted.sheet, planted.date)).toMatchObject({
      value: isoToSerial("2024-09-16"),
      numberFormat: "DD.MM.YYYY",
    });
    expect(await cellOf(page, planted.sheet, planted.formula)).toMatchObject({
      value: "=СУММ(1;2)",
      formula: undefined,
    });
    const names = await page.evaluate(() =>
      (window as unknown as { __kvmBook: { sheets: { name: string }[] } }).__kvmBook.sheets.map((s) => s.name),
    );
    expect(names).toContain("Сбор ответов");
  });

  it("«Отменить сбор» puts the empty cells back", async () => {
    await page.getByRole("button", { name: "Отменить сбор" }).click();
    await page.getByText(/Сбор отменён: восстановлено ячеек — 2/).waitFor();
    expect(await cellOf(page, planted.sheet, planted.date)).toMatchObject({ value: "" });
    expect(await cellOf(page, planted.sheet, planted.formula)).toMatchObject({ value: "" });
    expect(await page.getByRole("button", { name: "Отменить сбор" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("«Защитить ввод» adds the copies' validation to the school input cells of the workbook", async () => {
    await page.getByRole("button", { name: "Защитить ввод" }).click();
    await page.getByText(/^Проверка ввода добавлена в \d+ (ячейку|ячейки|ячеек)\./).waitFor();
    const rule = (await validationOf(page, planted.sheet, planted.date)) as { rule: { date?: unknown } } | null;
    expect(rule?.rule.date).toBeDefined();
    // The header row stays free of guards.
    expect(await validationOf(page, planted.sheet, "A1")).toBeNull();
    await page.getByRole("button", { name: "Защитить ввод" }).click();
    await page.getByText("Все ячейки, которые заполняют школы, уже проверяются — ничего не добавлено.").waitFor();
    await page.close();
  });
});

describe("the school loop in Excel desktop and older Excel", () => {
  it("says how to get the copies where the webview cannot download, and downloads nothing", async () => {
    const page = await openPane({ platform: "PC" });
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "Разослать школам" }).click();
    const text = notice(page);
    await text.waitFor();
    await expect(text.textContent()).resolves.toMatch(
      /^Копии для школ готовы \(\d+\), но Excel на этом компьютере не даёт надстройке сохранять файлы\. .*веб-странице надстройки \(http:\/\/[^)]+\/index\.html\).*kvantorium-monitor split/,
    );
    await shot(page, "31-excel-desktop-split", 'section[aria-labelledby="loop-title"]');
    expect(downloads).toBe(0);
    await page.close();
  });

  it("below ExcelApi 1.8 «Защитить ввод» says which Excel is needed and where else to do it", async () => {
    const page = await openPane({ platform: "PC", apiVersion: 7 });
    await page.getByRole("button", { name: "Защитить ввод" }).click();
    await page.getByText(/Эта версия Excel не умеет добавлять проверку ввода из надстройки.*Защитить ввод/).waitFor();
    await page.close();
  });
});
