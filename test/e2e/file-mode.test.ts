import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { createMonitor } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { openXlsx } from "../../src/adapters/xlsx";
import { a1 } from "../../src/domain/cell-address";
import { LEGEND } from "../../src/domain/palette";
import { productionBuild } from "../helpers/production-build";
import { cellFills } from "../helpers/xlsx-fills";
import { launchChromium, type Chromium } from "./support/chromium";
import { AS_OF, checkLikeTheCli, downloadBytes, idle, SAMPLE, shot } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The web page (index.html of the production build) in Debian's Chromium, on the sample
 * workbook: open → check → report → download, with nothing sent anywhere.
 */
let server: StaticServer;
let dist: string;
let browser: Chromium;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  ({ dir: dist } = await productionBuild());
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("request", (r) => requests.push(r.url()));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

describe("web page on a file (outside Office)", () => {
  it("offers to open an .xlsx and loads no spreadsheet library before one is chosen", async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole("button", { name: "Открыть файл .xlsx" }).waitFor();
    await idle(page);
    await shot(page, "01-web-start");

    expect(await page.getByRole("button", { name: "Проверить" }).getAttribute("aria-disabled")).toBe("true");
    const scripts = requests.filter((u) => u.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) {
      expect(readFileSync(join(dist, new URL(url).pathname), "utf8")).not.toMatch(/SaxesParser|sharedStrings/);
    }
  });

  it("checks the sample as of 2024-10-01 and shows as many findings as the CLI's JSON", async () => {
    const before = requests.length;
    await page.getByTestId("file-zone").locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText("Сейчас открыт файл «sample-monitoring.xlsx».").waitFor();
    // The .xlsx library arrived only now, in a lazily loaded chunk.
    const lazy = requests.slice(before).filter((u) => u.endsWith(".js"));
    expect(lazy.some((u) => /sharedStrings/.test(readFileSync(join(dist, new URL(u).pathname), "utf8")))).toBe(true);

    await checkLikeTheCli(page, SAMPLE, "02-web-checked");
  });

  it("shows, folded under the findings, how each roadmap item's «Срок» was read", async () => {
    const header = page.getByRole("button", { name: /^Как прочитаны сроки/ });
    expect(await header.getAttribute("aria-expanded")).toBe("false");
    await header.click();
    const item13 = page.locator('li[data-item="13"]');
    await item13.waitFor();
    expect(await page.locator("li[data-item]").count()).toBe(13);
    expect(await item13.innerText()).toContain("ежеквартально: 01.10.2024, 01.01.2025, 01.04.2025…");
    await header.click();
  });

  it("builds the quarterly report and downloads the workbook with colours, «Замечания» and the report", async () => {
    await page.getByRole("button", { name: "Сформировать отчёт" }).click();
    await page.getByText(/^Отчёт сформирован на листе «Отчёт 3 кв\. 2024» проверенной книги\./).waitFor();
    await idle(page);
    await shot(page, "03-web-report");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Скачать проверенную книгу" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("sample-monitoring — проверено.xlsx");
    const bytes = await downloadBytes(download);

    const reopened = await openXlsx(bytes);
    const names = (await reopened.readSnapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Замечания", "Отчёт 3 кв. 2024"]));
    // The downloaded book opens on the report.
    const workbookXml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === "xl/workbook.xml" })["xl/workbook.xml"]);
    const activeTab = Number(/activeTab="(\d+)"/.exec(workbookXml)?.[1] ?? 0);
    const tabs = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(tabs[activeTab]).toBe("Отчёт 3 кв. 2024");

    // The same check in Node says which cells get which colour; the download must carry them.
    const expected = await createMonitor(await openXlsx(new Uint8Array(readFileSync(SAMPLE)))).check(
      { ...DEFAULT_SETTINGS, asOf: AS_OF },
      "ru",
    );
    expect(expected.paint.length).toBeGreaterThan(0);
    const fills = await cellFills(bytes);
    const palette = new Set(LEGEND.flatMap((e) => (e.fill ? [argb(e.fill)] : [])));
    for (const cell of expected.paint) {
      const fill = fills.get(`${cell.sheet}!${a1(cell.row, cell.col)}`);
      expect({ sheet: cell.sheet, row: cell.row, col: cell.col, fill }).toEqual({
        sheet: cell.sheet,
        row: cell.row,
        col: cell.col,
        fill: argb(cell.fill),
      });
      expect(palette.has(argb(cell.fill))).toBe(true);
    }
  });

  it("clears the colours of the file in memory, so the next download has the original fills", async () => {
    await page.getByRole("button", { name: "Снять выделение" }).click();
    await page.getByText("Выделение снято, исходное оформление ячеек восстановлено.").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Скачать проверенную книгу" }).click(),
    ]);
    const after = await cellFills(await downloadBytes(download));
    const original = await cellFills(new Uint8Array(readFileSync(SAMPLE)));
    expect(original.size).toBeGreaterThan(100);
    // Every cell of the original has its original fill again (new sheets may add cells).
    for (const [cell, fill] of original) expect([cell, after.get(cell) ?? null]).toEqual([cell, fill]);
  });

  it("downloads a new template workbook", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Создать шаблон" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Мониторинг Кванториумов \d{4}\.xlsx$/);
    const template = await openXlsx(await downloadBytes(download));
    expect((await template.readSnapshot()).sheets.length).toBeGreaterThan(1);
  });

  it("says in plain Russian when the chosen file is not an .xlsx workbook", async () => {
    await page
      .getByTestId("file-zone")
      .locator('input[type="file"]')
      .setInputFiles({
        name: "заметки.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from("это просто текст, а не книга"),
      });
    await page
      .getByText("Не удалось открыть файл «заметки.xlsx». Это не книга Excel в формате .xlsx.", { exact: false })
      .waitFor();
    await idle(page);
    await shot(page, "04-web-not-xlsx");
    // Nothing stale beside the error: no «file open» line, no old summary or message.
    expect(await page.getByText(/Сейчас открыт файл/).count()).toBe(0);
    expect(await page.getByTestId("summary").count()).toBe(0);
    expect(await page.getByText("Выделение снято", { exact: false }).count()).toBe(0);
  });

  it("sent no request anywhere but the page's own server", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`blob:${server.origin}/`)),
    ).toEqual([]);
  });
});
