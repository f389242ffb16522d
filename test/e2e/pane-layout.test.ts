import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { bundleExcelDouble } from "./support/double-bundle";
import type { DoubleSheetData } from "./support/double-page";
import { AS_OF, idle, SAMPLE, seriousAxeViolations, setAsOf, shot } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * What she sees after each button, at the pane's 350×800 and the web page's 1280×800, in the
 * light and the dark theme: the result right under the buttons, in view without scrolling,
 * with the focus on it; dates ДД.ММ.ГГГГ whatever the browser's locale.
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
let server: StaticServer;
let browser: Chromium;
let enBrowser: Chromium;
let double: string;
let sheets: DoubleSheetData[];

beforeAll(async () => {
  const [{ dir }, bundle, sample] = await Promise.all([
    productionBuild(),
    bundleExcelDouble(),
    openXlsx(new Uint8Array(readFileSync(SAMPLE))),
  ]);
  double = bundle;
  sheets = (await sample.readSnapshot()).sheets.map((s) => ({
    name: s.name,
    rows: Array.from(s.rows, (r) => Array.from(r ?? [], (v) => v ?? null)),
    formats: Array.from(s.formats ?? [], (r) => Array.from(r ?? [], (f) => f ?? null)),
  }));
  server = await serveStatic(dir);
  // axe is injected as an inline script, which the page's CSP would refuse.
  browser = await launchChromium({ bypassCSP: true });
  enBrowser = await launchChromium({ locale: "en-US" });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await enBrowser?.close();
  await server?.close();
});

/** The result area's box against the window: its top and first 120 px must be on screen. */
async function resultInView(page: Page): Promise<{ top: number; bottom: number; height: number; focused: boolean }> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="result"]') as HTMLElement;
    const r = el.getBoundingClientRect();
    return {
      top: r.top,
      bottom: r.top + Math.min(r.height, 120),
      height: window.innerHeight,
      focused: el === document.activeElement || el.contains(document.activeElement),
    };
  });
}

async function expectResultInView(page: Page) {
  await idle(page);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="result"]');
    return el !== null && (el === document.activeElement || el.contains(document.activeElement));
  });
  const box = await resultInView(page);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
  expect(box.focused).toBe(true);
}

async function webPage(width: number, theme: "light" | "dark", b = browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`${server.origin}/`);
  await page.getByRole("button", { name: "Открыть файл .xlsx" }).waitFor();
  await idle(page);
  await page.getByTestId("file-zone").locator('input[type="file"]').setInputFiles(SAMPLE);
  await page.getByText("Сейчас открыт файл «sample-monitoring.xlsx».").waitFor();
  await idle(page);
  return page;
}

describe.each([
  [350, "light"],
  [1280, "light"],
  [350, "dark"],
  [1280, "dark"],
] as const)("web page at %d×800, %s theme", (width, theme) => {
  let page: Page;
  beforeAll(async () => {
    page = await webPage(width, theme);
  }, 120_000);
  afterAll(() => page?.close());

  it("shows the result of every button in view, with the focus on it", async () => {
    await setAsOf(page, AS_OF);
    // The settings fold back under their one line, as after she has set them.
    await page.getByRole("button", { name: /^Параметры проверки/ }).click();
    for (const name of ["Проверить", "Сформировать отчёт", "Снять выделение", "Проверить"]) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole("button", { name }).click();
      await expectResultInView(page);
    }
    await page.getByRole("button", { name: "Что значат цвета" }).click();
    await shot(page, `30-web-${width}-${theme}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Создать шаблон" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Мониторинг Кванториумов 2024.xlsx");
    await expectResultInView(page);
  });

  it("has no serious or critical axe violations with the summary and legend shown", async () => {
    await page.getByRole("button", { name: "Проверить" }).click();
    await expectResultInView(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "По пунктам" }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("keeps a readable column at desktop width", async () => {
    const width = await page.locator("main").evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(880);
  });
});

describe("dates and the favicon", () => {
  it("shows and takes ДД.ММ.ГГГГ in an en-US browser, and the summary's date too", async () => {
    const page = await webPage(350, "light", enBrowser);
    await page.getByRole("button", { name: /^Параметры проверки/ }).click();
    const field = page.getByLabel("Дата проверки");
    expect(await field.getAttribute("type")).toBe("text");
    expect(await field.getAttribute("placeholder")).toBe("ДД.ММ.ГГГГ");
    await field.pressSequentially("01102024");
    expect(await field.inputValue()).toBe("01.10.2024");
    await page.getByRole("button", { name: "Проверить" }).click();
    await expectResultInView(page);
    expect(await page.getByRole("heading", { name: "Итог проверки на 01.10.2024" }).count()).toBe(1);
    expect(await page.getByTestId("settings-line").textContent()).toMatch(/^На 01\.10\.2024,/);
    await page.close();
  });

  it("asks for no missing file (the favicon is there)", async () => {
    const page = await browser.context.newPage();
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.origin}/`);
    await page.getByRole("button", { name: "Открыть файл .xlsx" }).waitFor();
    await idle(page);
    const icon = await page.evaluate(() => (document.querySelector('link[rel="icon"]') as HTMLLinkElement).href);
    expect((await page.request.get(icon)).status()).toBe(200);
    expect(failed).toEqual([]);
    await page.close();
  });
});

describe.each(["light", "dark"] as const)("the pane in the Excel double at 350×800, %s", (theme) => {
  it("shows the check's summary in view with the focus on it, and passes axe", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 350, height: 800 });
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ contentType: "text/javascript", body: "/* the Excel double stands in */" }),
    );
    await page.addInitScript({ content: `${double}\n;window.__kvmInstallDouble(${JSON.stringify(sheets)});` });
    if (theme === "dark")
      await page.addInitScript({
        content: `Object.assign(window.Office.context.officeTheme, { isDarkTheme: true, bodyBackgroundColor: "#1F1F1F" });`,
      });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Проверить" }).waitFor();
    await idle(page);
    await setAsOf(page, AS_OF);
    await page.getByRole("button", { name: /^Параметры проверки/ }).click();
    await page.getByRole("button", { name: "Проверить" }).click();
    await expectResultInView(page);
    await shot(page, `31-excel-350-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Сформировать отчёт" }).click();
    await expectResultInView(page);
    await page.close();
  });
});
