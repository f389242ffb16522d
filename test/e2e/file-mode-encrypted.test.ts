import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import officeCrypto from "officecrypto-tool";
import type { Page } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { EXCEL_DEFAULT_PASSWORD } from "../../src/adapters/xlsx/default-password";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import {
  AS_OF,
  checkLikeTheCli,
  cliCheckJson,
  downloadBytes,
  idle,
  ROOT,
  SAMPLE,
  shot,
  shownFindingCount,
  summaryShown,
} from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The web page on workbooks encrypted with Excel's default password, which Excel opens
 * without asking: they open and are checked in the browser, the decrypter arriving in a
 * chunk of its own only then; a real password still gets the «защищена паролем» message.
 */
const CORPUS = join(ROOT, "test", "fixtures", "corpus");
let server: StaticServer;
let dist: string;
let browser: Chromium;
let page: Page;
let tmp: string;
const requests: string[] = [];
/** The decrypter's chunk is the one script that names the default password. */
const decrypterScripts = () =>
  requests
    .filter((u) => u.endsWith(".js"))
    .filter((u) => readFileSync(join(dist, new URL(u).pathname), "utf8").includes(EXCEL_DEFAULT_PASSWORD));

beforeAll(async () => {
  ({ dir: dist } = await productionBuild());
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  tmp = mkdtempSync(join(tmpdir(), "kvm-encrypted-"));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function choose(path: string): Promise<void> {
  await page.getByTestId("file-zone").locator('input[type="file"]').setInputFiles(path);
}

describe("web page on encrypted workbooks", () => {
  it("opens an unencrypted file without fetching the decrypter", async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole("button", { name: "Открыть файл .xlsx" }).waitFor();
    await choose(SAMPLE);
    await page.getByText("Сейчас открыт файл «sample-monitoring.xlsx».").waitFor();
    await idle(page);
    expect(decrypterScripts()).toEqual([]);
  });

  it("checks the sample encrypted (agile) with Excel's default password: as many findings as the CLI's JSON", async () => {
    const file = join(tmp, "мониторинг-с-паролем-по-умолчанию.xlsx");
    writeFileSync(file, await officeCrypto.encrypt(readFileSync(SAMPLE), { password: EXCEL_DEFAULT_PASSWORD }));
    await choose(file);
    await page.getByText("Сейчас открыт файл «мониторинг-с-паролем-по-умолчанию.xlsx».").waitFor();
    expect(decrypterScripts().length).toBeGreaterThan(0);

    await checkLikeTheCli(page, file, "05-web-default-password");

    // The checked copy is an ordinary .xlsx: it needs no password at all.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Скачать проверенную книгу" }).click(),
    ]);
    const sheets = (await (await openXlsx(await downloadBytes(download))).readSnapshot()).sheets.map((s) => s.name);
    expect(sheets).toContain("Замечания");
  });

  it("opens and checks POI's protect.xlsx (standard encryption, default password)", async () => {
    const file = join(CORPUS, "test-data__poifs__protect.xlsx");
    await choose(file);
    await page.getByText("Сейчас открыт файл «test-data__poifs__protect.xlsx».").waitFor();
    await page.getByRole("button", { name: "Проверить" }).click();
    await summaryShown(page);
    await shot(page, "06-web-protect-xlsx");
    expect(await page.getByText(/защищена паролем/).count()).toBe(0);
    // Not a monitoring workbook: the check says what it misses, as the CLI does.
    expect(await shownFindingCount(page)).toBe((await cliCheckJson(file, AS_OF)).findings.length);
  });

  it("still says a file with a real password is password-protected", async () => {
    await choose(join(CORPUS, "tests__pass_protected.xlsx"));
    await page
      .getByText("Не удалось открыть файл «tests__pass_protected.xlsx». Книга защищена паролем.", { exact: false })
      .waitFor();
    await idle(page);
    await shot(page, "07-web-real-password");
    expect(await page.getByText(/Сейчас открыт файл/).count()).toBe(0);
  });
});
