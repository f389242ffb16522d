import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download, Page } from "playwright-core";
import { main } from "../../../src/cli/main";

export const ROOT = join(__dirname, "..", "..", "..");
export const SAMPLE = join(ROOT, "assets", "sample-monitoring.xlsx");
export const AS_OF = "2024-10-01";
const SCREENSHOTS = join(ROOT, "screenshots");

/**
 * Saves what the user sees into the git-ignored screenshots/ folder, scrolled to `part`
 * (a CSS selector) when given, plus the whole page as `<name>-full.png`.
 */
export async function shot(page: Page, name: string, part?: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  if (part)
    await page
      .locator(part)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-full.png`), fullPage: true });
}

/** Waits until the pane has finished whatever it was doing (main[aria-busy=false]). */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy="false"]');
}

/** The number of findings the pane shows: the counts its summary says once («24 ошибки, 14 предупреждений»). */
export async function shownFindingCount(page: Page): Promise<number> {
  const sentence = page.getByTestId("severity-sentence");
  const n = async (a: string) => Number(await sentence.getAttribute(a));
  return (await n("data-errors")) + (await n("data-warnings")) + (await n("data-info"));
}

/** Unfolds the settings (once) and types the as-of date as she does, ДД.ММ.ГГГГ. */
export async function setAsOf(page: Page, iso: string): Promise<void> {
  const field = page.getByLabel(/^(Дата проверки|As-of date)/);
  if ((await field.count()) === 0)
    await page.getByRole("button", { name: /^(Параметры проверки|Check settings)/ }).click();
  const [y, m, d] = iso.split("-");
  await field.fill(`${d}.${m}.${y}`);
}

/** Waits for the summary of a finished check or report. */
export async function summaryShown(page: Page): Promise<void> {
  await page.getByTestId("summary").waitFor();
  await idle(page);
}

/** `kvantorium-monitor check <file> --as-of <date> --json -`, run in-process: the JSON contract. */
export async function cliCheckJson(file: string, asOf: string): Promise<{ findings: unknown[] }> {
  let out = "";
  let err = "";
  const code = await main(["check", file, "--as-of", asOf, "--json", "-"], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    now: () => new Date(`${asOf}T12:00:00`),
  });
  if (code !== 0) throw new Error(`CLI exited with ${code}: ${err}`);
  return JSON.parse(out) as { findings: unknown[] };
}

/**
 * Presses «Проверить» with the as-of date set, screenshots the result as `shotName`, and
 * expects the pane to show as many findings as the CLI's JSON for the same file (at least one).
 */
export async function checkLikeTheCli(page: Page, file: string, shotName: string): Promise<void> {
  await setAsOf(page, AS_OF);
  await page.getByRole("button", { name: "Проверить" }).click();
  await summaryShown(page);
  await shot(page, shotName);
  const cli = await cliCheckJson(file, AS_OF);
  expect(cli.findings.length).toBeGreaterThan(0);
  expect(await shownFindingCount(page)).toBe(cli.findings.length);
}

/** Bytes of a finished download. */
export async function downloadBytes(download: Download): Promise<Uint8Array> {
  const path = await download.path();
  return new Uint8Array(readFileSync(path));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page (injected from node_modules) and returns serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged as they settle: a toggle just clicked is still fading between its
  // two backgrounds (Fluent's transition), and axe reads whatever it sees at that moment.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running"),
  );
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
}
