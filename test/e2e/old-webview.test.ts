import type { Page } from "playwright-core";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The pane and the ribbon command in Internet Explorer 11 (volume-licensed Office 2016/2019),
 * played by Chromium with IE11's user agent and the modern bundles kept from running, as
 * IE11's parser would (PRODUCT.md §7): a plain page that says what to use instead, and a
 * ribbon button that explains and completes instead of spinning.
 */
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
/** What IE11 does with taskpane.js / commands.js: a SyntaxError before any of it runs. */
const UNPARSABLE = "const a = b?.c ?? d; class K { static { } } @@;";

let server: StaticServer;
let browser: Chromium;

beforeAll(async () => {
  const { dir } = await productionBuild();
  server = await serveStatic(dir);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface OfficeCalls {
  associated: string[];
  dialogs: string[];
  completed: number;
  onReady: number;
}

/**
 * A page with a stand-in office.js (Excel host, the given display language, a dialog that
 * the user closes at once) and, when asked, IE11's user agent and unparsable modern bundles.
 */
async function open(path: string, options: { ie11: boolean; blockModern: boolean; lang?: string }): Promise<Page> {
  const page = await browser.context.newPage();
  if (options.ie11) {
    await page.addInitScript(
      `Object.defineProperty(Navigator.prototype, "userAgent", { get: function () { return ${JSON.stringify(IE11)}; } });`,
    );
  }
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: `
        window.__calls = { associated: [], dialogs: [], completed: 0, onReady: 0 };
        window.Office = {
          HostType: { Excel: "Excel" },
          onReady: function (cb) {
            window.__calls.onReady++;
            var info = { host: "Excel", platform: "PC" };
            setTimeout(function () { if (cb) cb(info); }, 0);
            return Promise.resolve(info);
          },
          actions: { associate: function (name, f) { window.__calls.associated.push(name); window.__run = f; } },
          context: {
            displayLanguage: ${JSON.stringify(options.lang ?? "ru-RU")},
            requirements: { isSetSupported: function () { return false; } },
            ui: {
              displayDialogAsync: function (url, opts, cb) {
                window.__calls.dialogs.push(url);
                var handlers = {};
                cb({ status: "succeeded", value: {
                  addEventHandler: function (type, h) { handlers[type] = h; },
                  close: function () {}
                } });
                setTimeout(function () { handlers.dialogMessageReceived && handlers.dialogMessageReceived({}); }, 0);
              }
            }
          }
        };`,
    }),
  );
  if (options.blockModern) {
    await page.route(/\/(taskpane|commands)\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: UNPARSABLE }),
    );
  }
  await page.goto(`${server.origin}/${path}`);
  return page;
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: OfficeCalls }).__calls);

describe("task pane in Internet Explorer 11", () => {
  it("shows, in Russian, that the pane needs a newer webview and points to the web page and the CLI", async () => {
    const page = await open("taskpane.html", { ie11: true, blockModern: true });
    const box = page.locator("#kvm-old-webview");
    await box.waitFor();
    await expect(box.getByRole("heading").textContent()).resolves.toBe("Панели нужен более новый встроенный браузер");
    const text = await box.textContent();
    expect(text).toContain("Internet Explorer 11");
    expect(text).toContain("npx kvantorium-monitor check");
    expect(text).toMatch(/Excel 2021, 2024 и Microsoft 365/);
    await expect(box.getByRole("link").getAttribute("href")).resolves.toBe(`${server.origin}/index.html`);
    // The placeholder is gone and no modern pane appeared; Office was told the page is ready.
    await expect(page.locator("#kvm-loading").count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Проверить" }).count()).resolves.toBe(0);
    expect((await calls(page)).onReady).toBeGreaterThan(0);
    await page.close();
  });

  it("speaks English when Office's display language is not Russian", async () => {
    const page = await open("taskpane.html", { ie11: true, blockModern: true, lang: "en-US" });
    await page.getByRole("heading", { name: "The pane needs a newer built-in browser" }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
    await page.close();
  });

  it("says the same in a newer browser when taskpane.js cannot run there", async () => {
    const page = await open("taskpane.html", { ie11: false, blockModern: true });
    await page.locator("#kvm-old-webview").waitFor();
    await page.close();
  });

  it("stays out of the way where the pane runs", async () => {
    const page = await open("taskpane.html", { ie11: false, blockModern: false });
    // With no ExcelApi 1.7 in the stand-in, the modern pane starts and explains that itself.
    await page.waitForFunction(() => !document.getElementById("kvm-loading"));
    await expect(page.locator("#kvm-old-webview").count()).resolves.toBe(0);
    await page.close();
  });
});

describe("ribbon «Проверить» in Internet Explorer 11", () => {
  it("registers runCheck, explains in a dialog and completes the event", async () => {
    const page = await open("commands.html", { ie11: true, blockModern: true });
    await page.waitForFunction(() => (window as unknown as { __calls: OfficeCalls }).__calls.associated.length > 0);
    expect((await calls(page)).associated).toEqual(["runCheck"]);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const w = window as unknown as { __run: (e: { completed(): void }) => void; __calls: OfficeCalls };
          w.__run({
            completed: () => {
              w.__calls.completed++;
              resolve();
            },
          });
        }),
    );
    const after = await calls(page);
    expect(after.completed).toBe(1);
    expect(after.dialogs).toHaveLength(1);
    const url = new URL(after.dialogs[0]);
    expect(url.pathname).toBe("/message.html");
    expect(url.searchParams.get("text")).toContain(`${server.origin}/index.html`);

    // The dialog itself is ES5 too: it shows that text in IE11.
    const dialog = await open(`${url.pathname.slice(1)}${url.search}`, { ie11: true, blockModern: true });
    await expect(dialog.locator("#title").textContent()).resolves.toBe("Проверка в этой версии Excel недоступна");
    await expect(dialog.locator("#text").textContent()).resolves.toContain("npx kvantorium-monitor check");
    await expect(dialog.getByRole("button").textContent()).resolves.toBe("Закрыть");
    await dialog.close();
    await page.close();
  });

  it("leaves runCheck to commands.js in a newer browser", async () => {
    const page = await open("commands.html", { ie11: false, blockModern: false });
    await page.waitForFunction(() => (window as unknown as { __calls: OfficeCalls }).__calls.associated.length > 0);
    // Only the modern registration: the ES5 script did nothing here.
    expect((await calls(page)).associated).toEqual(["runCheck"]);
    expect(await page.evaluate(() => typeof (window as unknown as { runCheck?: unknown }).runCheck)).toBe("undefined");
    await page.close();
  });
});
