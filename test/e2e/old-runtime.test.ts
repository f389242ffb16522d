import type { Page } from "playwright-core";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { AS_OF, SAMPLE, setAsOf, summaryShown } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The production pane where the JavaScript runtime is older than its parser level: EdgeHTML 18
 * (retail Office 2016/2019 without WebView2) and Safari 12 (Mac Excel of the ExcelApi 1.7/1.8
 * era) parse ES2017 but lack the built-ins added since (PRODUCT.md §7 "Webviews"). Chromium
 * plays them with those built-ins removed before any script runs; the pane must load, check
 * the sample and build the report through its polyfills, with no script error.
 */
const MISSING: Record<string, string[]> = {
  // Absent in EdgeHTML 18 or in Safari 12 (MDN compatibility data).
  window: [
    "globalThis",
    "queueMicrotask",
    "TextEncoder",
    "TextDecoder",
    "structuredClone",
    "WeakRef",
    "FinalizationRegistry",
    "ResizeObserver",
    "AggregateError",
  ],
  "Array.prototype": ["flat", "flatMap", "at", "findLast", "findLastIndex"],
  "String.prototype": ["matchAll", "replaceAll", "trimStart", "trimEnd", "at"],
  Object: ["fromEntries", "hasOwn"],
  Promise: ["allSettled", "any"],
  Intl: ["PluralRules", "ListFormat", "RelativeTimeFormat", "Segmenter", "DisplayNames"],
};

/** Runs first in the page: deletes the built-ins and records which ones the page put back. */
const REMOVE = `(() => {
  const missing = ${JSON.stringify(MISSING)};
  const owner = (path) => path.split(".").reduce((o, k) => (k === "window" ? o : o[k]), window);
  for (const [path, names] of Object.entries(missing)) {
    const o = owner(path);
    for (const n of names) delete o[n];
  }
  window.__removed = () => {
    const back = [];
    for (const [path, names] of Object.entries(missing))
      for (const n of names) if (n in owner(path)) back.push(path + "." + n);
    return back;
  };
})();`;

let server: StaticServer;
let browser: Chromium;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const { dir } = await productionBuild();
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.addInitScript(REMOVE);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the pane on a runtime older than ES2020 (EdgeHTML 18, Safari 12)", () => {
  it("really starts without those built-ins", async () => {
    await page.goto(`${server.origin}/`);
    const shown = await page
      .getByRole("button", { name: "Открыть файл .xlsx" })
      .waitFor()
      .then(
        () => true,
        () => false,
      );
    // Script errors first: they say which built-in was missing.
    expect(errors).toEqual([]);
    expect(shown).toBe(true);
    // The built-ins were really gone: what is back now is what the bundle's polyfills put back.
    const back = await page.evaluate(() => (window as unknown as { __removed(): string[] }).__removed());
    expect(back).toEqual(expect.arrayContaining(["Array.prototype.flatMap", "Object.fromEntries", "window.WeakRef"]));
    expect(back).not.toContain("Intl.PluralRules");
  });

  it("opens, checks and reports on the sample through its polyfills", async () => {
    await page.getByTestId("file-zone").locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText("Сейчас открыт файл «sample-monitoring.xlsx».").waitFor();
    await setAsOf(page, AS_OF);
    await page.getByRole("button", { name: "Проверить" }).click();
    const checked = await summaryShown(page).then(
      () => true,
      () => false,
    );
    expect(errors).toEqual([]);
    // A failure the pane caught shows in its message bar instead of the summary.
    expect(checked ? "" : await page.locator("main").innerText()).toBe("");
    const sentence = await page.getByTestId("severity-sentence").innerText();
    // Russian plural forms still right without Intl.PluralRules («24 ошибки», not «24 ошибок»).
    expect(sentence).toMatch(/\d+ (ошибк[аи]|ошибок)/);
    const errorsShown = Number(await page.getByTestId("severity-sentence").getAttribute("data-errors"));
    expect(errorsShown).toBeGreaterThan(0);
    await page.getByRole("button", { name: /^Сформировать отчёт/ }).click();
    await summaryShown(page);
    expect(errors).toEqual([]);
  });
});
