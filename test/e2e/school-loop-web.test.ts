import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { openXlsx } from "../../src/adapters/xlsx";
import { COPY_MARK_KEY, parseMark } from "../../src/app/school-copy-mark";
import { productionBuild } from "../helpers/production-build";
import { launchChromium, type Chromium } from "./support/chromium";
import { downloadBytes, idle, SAMPLE, shot } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/static-server";

/**
 * The school loop on the web page in Debian's Chromium: open the sample, «Разослать школам»
 * downloads a .zip with one workbook per school, a copy filled in (as a school would) and a
 * file that is not a workbook go back through «Собрать ответы школ», the log names both, the
 * downloaded workbook has the value and «Сбор ответов», and «Отменить сбор» puts it back.
 */
let server: StaticServer;
let browser: Chromium;
let page: Page;
let dir: string;

beforeAll(async () => {
  const { dir: dist } = await productionBuild();
  server = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.context.newPage();
  dir = mkdtempSync(join(tmpdir(), "kvm-web-loop-"));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("web page: the school loop", () => {
  let zip: Record<string, Uint8Array>;
  let planted: { sheet: string; row: number; col: number };

  it("«Разослать школам» downloads a .zip with a copy for every school", async () => {
    await page.goto(`${server.origin}/`);
    await page.locator('input[type="file"]').first().setInputFiles(SAMPLE);
    await page.getByText("Открыт файл: sample-monitoring.xlsx").waitFor();
    await idle(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Разослать школам" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Копии для школ — sample-monitoring.zip");
    zip = unzipSync(await downloadBytes(download));
    const names = Object.keys(zip);
    expect(names).toHaveLength(15);
    expect(names).toContain("МОУ «Бокситогорская средняя общеобразовательная школа № 1».xlsx");
    await page.getByText(/Скачан архив с копиями для школ: 15/).waitFor();
  });

  it("«Собрать ответы школ» takes a filled copy, reports a file that is not a workbook, and can be undone", async () => {
    // A school fills one empty step cell of its copy.
    const name = Object.keys(zip).find((n) => n.includes("Волховская"))!;
    const copy = await openXlsx(zip[name]);
    const mark = parseMark(await copy.loadState(COPY_MARK_KEY))!;
    const reg = mark.sheets.find((s) => s.sheet === "Реестр ОО")!;
    const snap = await copy.readSnapshot();
    const row = reg.rows.length - 1;
    const col = reg.inputs.find((c) => snap.sheets.find((s) => s.name === "Реестр ОО")!.rows[row][c] == null)!;
    await copy.writeValues([{ sheet: "Реестр ОО", row, col, value: 45560, numberFormat: "DD.MM.YYYY" }]);
    planted = { sheet: "Реестр ОО", row: reg.rows[row], col };
    const filled = join(dir, name);
    writeFileSync(filled, await copy.toBytes());
    const letter = join(dir, "письмо.xlsx");
    writeFileSync(letter, "не книга");

    await page.getByTestId("returned-files").setInputFiles([filled, letter]);
    await page.getByText("Выбрано файлов: 2").waitFor();
    await page.getByRole("button", { name: "Собрать ответы школ" }).click();
    await page.getByText(/Сбор записан на лист «Сбор ответов»/).waitFor();
    await idle(page);
    const lines = await page.locator('ul[aria-labelledby="loop-log"] li').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Волховская.*: принят: заполнено 1, заменено 0, конфликтов 0/);
    expect(lines[1]).toMatch(/^письмо\.xlsx: не прочитан: /);
    await shot(page, "10-web-collect", "#loop-title");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Скачать проверенную книгу" }).click(),
    ]);
    const merged = await (await openXlsx(await downloadBytes(download))).readSnapshot();
    expect(merged.sheets.map((s) => s.name)).toContain("Сбор ответов");
    const sheet = merged.sheets.find((s) => s.name === planted.sheet)!;
    expect(sheet.rows[planted.row][planted.col]).toBe(45560);
    expect(sheet.formats?.[planted.row]?.[planted.col]).toBe("DD.MM.YYYY");

    await page.getByRole("button", { name: "Отменить сбор" }).click();
    await page.getByText("Сбор отменён: восстановлено ячеек — 1.").waitFor();
    await idle(page);
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Скачать проверенную книгу" }).click(),
    ]);
    const undone = await (await openXlsx(await downloadBytes(again))).readSnapshot();
    const original = await (await openXlsx(readFileSync(SAMPLE))).readSnapshot();
    const at = (s: typeof undone) =>
      s.sheets.find((x) => x.name === planted.sheet)!.rows[planted.row][planted.col] ?? null;
    expect(at(undone)).toBe(at(original));
  });
});
