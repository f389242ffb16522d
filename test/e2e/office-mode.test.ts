import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { createMonitor } from "../../src/app/monitor";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { openXlsx } from "../../src/adapters/xlsx";
import { a1 } from "../../src/domain/cell-address";
import type { CheckResult } from "../../src/engine/types";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { bundleExcelDouble } from "./support/double-bundle";
import type { DoubleSheetData } from "./support/double-page";
import { AS_OF, idle, SAMPLE, setAsOf, shot, shownFindingCount, summaryShown } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * taskpane.html of the production build as Excel would load it, with the Excel test double
 * standing in for office.js: the buttons must reach the Office adapter and change the "workbook".
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
let server: StaticServer;
let browser: Chromium;
let page: Page;
let expected: CheckResult;

interface DoubleView {
  fill(sheet: string, address: string): string | null;
  sheets(): string[];
  selection(): string;
  activeSheet(): string;
}

/** Reads the double's state inside the page (the book lives there). */
const view = <T>(fn: (book: DoubleView, arg: unknown) => T, arg?: unknown) =>
  page.evaluate(
    ([source, a]) => {
      const book = (window as unknown as { __kvmBook: any }).__kvmBook; // eslint-disable-line @typescript-eslint/no-explicit-any
      const api = {
        fill: (s: string, addr: string) => book.sheet(s).cell(addr).fill?.color ?? null,
        sheets: () => book.sheets.map((x: { name: string }) => x.name),
        selection: () => book.selection,
        activeSheet: () => book.activeSheet,
      };
      return new Function("book", "arg", `return (${source})(book, arg)`)(api, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;

beforeAll(async () => {
  const [{ dir }, double, sample] = await Promise.all([
    productionBuild(),
    bundleExcelDouble(),
    openXlsx(new Uint8Array(readFileSync(SAMPLE))),
  ]);
  // The double starts with the sample's sheets: its roadmap, registry and school steps.
  const sheets: DoubleSheetData[] = (await sample.readSnapshot()).sheets.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (r) => Array.from(r ?? [], (v) => v ?? null)),
    formats: Array.from(s.formats ?? [], (r) => Array.from(r ?? [], (f) => f ?? null)),
  }));
  expected = await createMonitor(sample).check({ ...DEFAULT_SETTINGS, asOf: AS_OF }, "ru");

  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.context.newPage();
  // Excel provides office.js; here the double already is Office, so the script is empty.
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "/* office.js: the Excel double stands in */" }),
  );
  await page.addInitScript({ content: `${double}\n;window.__kvmInstallDouble(${JSON.stringify(sheets)});` });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane inside Excel (the Excel double as Office.js)", () => {
  it("shows the Excel pane, without the web page's file bar", async () => {
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Проверить" }).waitFor();
    await idle(page);
    expect(await page.getByRole("button", { name: "Открыть файл .xlsx" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Проверить" }).getAttribute("aria-disabled")).not.toBe("true");
    await shot(page, "10-excel-start");
  });

  it("checks through the Office adapter: cells get the palette fills and «Замечания» is added", async () => {
    await setAsOf(page, AS_OF);
    await page.getByRole("button", { name: "Проверить" }).click();
    await summaryShown(page);
    await shot(page, "11-excel-checked");

    expect(await shownFindingCount(page)).toBe(expected.findings.length);
    expect(await view((b) => b.sheets())).toContain("Замечания");
    const painted = expected.paint.map((c) => ({ sheet: c.sheet, address: a1(c.row, c.col), fill: c.fill }));
    expect(painted.length).toBeGreaterThan(0);
    const actual = await view(
      (b, cells) =>
        (cells as { sheet: string; address: string }[]).map((c) => ({ ...c, fill: b.fill(c.sheet, c.address) })),
      painted,
    );
    expect(actual.map((c) => ({ ...c, fill: c.fill?.toUpperCase() }))).toEqual(
      painted.map((c) => ({ ...c, fill: c.fill.toUpperCase() })),
    );
  });

  it("selects the finding's cell in the workbook when the finding is clicked", async () => {
    await page.getByRole("button", { name: "Все замечания" }).click();
    const first = page.getByTitle(/^Перейти к ячейке/).first();
    const title = (await first.getAttribute("title")) ?? "";
    const [, cell, sheet] = /^Перейти к ячейке (\S+) на листе «(.+)»$/.exec(title) ?? [];
    expect(cell).toBeTruthy();
    const before = await view((b) => b.selection());

    await first.click();
    await page.waitForFunction(
      (prev) => (window as unknown as { __kvmBook: { selection: string } }).__kvmBook.selection !== prev,
      before,
    );
    expect(await view((b) => b.activeSheet())).toBe(sheet);
    expect(await view((b) => b.selection())).toMatch(new RegExp(`!${cell}$`));
  });
});
