import type { Page } from "playwright-core";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { cliCheckJson, idle, SAMPLE, seriousAxeViolations, shot, shownFindingCount } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The web page without a mouse (Tab, Shift+Tab, Enter, Space and typing only; the file is
 * given to the input directly because the system file dialog cannot be driven), and an
 * axe-core scan of the start and result states.
 */
let server: StaticServer;
let browser: Chromium;
let page: Page;

beforeAll(async () => {
  const { dir } = await productionBuild();
  server = await serveStatic(dir);
  // The CSP is bypassed only so axe can be injected as an inline script.
  browser = await launchChromium({ bypassCSP: true });
  page = await browser.context.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What has keyboard focus, as a person hears it: the label or text of the focused control. */
const focusedName = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const byId = el.getAttribute("aria-labelledby");
    const label =
      el.getAttribute("aria-label") ??
      (byId ? document.getElementById(byId)?.textContent : null) ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
    return (label ?? el.textContent ?? "").trim();
  });

/** Presses Tab (or Shift+Tab) until the named control has focus; fails after 60 presses. */
async function tabTo(name: string, key: "Tab" | "Shift+Tab" = "Tab"): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await focusedName()) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`«${name}» never got keyboard focus`);
}

/** A date typed as digits only: the field puts the dots in (ДД.ММ.ГГГГ whatever the locale). */
const KEYBOARD_AS_OF = "2024-10-10";

async function typeDate(iso: string): Promise<void> {
  const [y, m, d] = iso.split("-");
  await page.keyboard.type(`${d}${m}${y}`);
}

describe("web page by keyboard only, and its accessibility", () => {
  it("has no serious or critical axe violations before a file is open", async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole("button", { name: "Открыть файл .xlsx" }).waitFor();
    await idle(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("checks, reports and downloads with Tab, Enter and Space", async () => {
    await page.getByTestId("file-zone").locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText("Сейчас открыт файл «sample-monitoring.xlsx».").waitFor();

    // The settings are folded under one line: Enter unfolds them.
    await page.getByRole("button", { name: /^Параметры проверки/ }).focus();
    await page.keyboard.press("Enter");
    await tabTo("Дата проверки");
    await typeDate(KEYBOARD_AS_OF);
    expect(await page.getByLabel("Дата проверки").inputValue()).toBe("10.10.2024");

    await tabTo("Проверить", "Shift+Tab");
    await page.keyboard.press("Enter");
    await page.getByTestId("summary").waitFor();
    await idle(page);
    expect(await shownFindingCount(page)).toBe((await cliCheckJson(SAMPLE, KEYBOARD_AS_OF)).findings.length);

    // The focus is on the result now, under the buttons.
    await tabTo("Сформировать отчёт", "Shift+Tab");
    await page.keyboard.press("Space");
    await page.getByText(/^Отчёт сформирован на листе «Отчёт 3 кв\. 2024»/).waitFor();
    await idle(page);
    await shot(page, "20-keyboard-report");

    await tabTo("Скачать проверенную книгу", "Shift+Tab");
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("sample-monitoring — проверено.xlsx");
  });

  it("has no serious or critical axe violations with the results shown", async () => {
    expect(await page.getByTestId("summary").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
