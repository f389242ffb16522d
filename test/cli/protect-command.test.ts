import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { parseSqref } from "../../src/adapters/xlsx/write-validation";
import { attr, elements, startTag } from "../../src/adapters/xlsx/xml-text";
import { main } from "../../src/cli/main";
import { isoToSerial } from "../../src/domain/excel-serial";
import { sofficeConvert } from "../helpers/libreoffice";
import { io } from "./capture-io";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
/** The user's own rule on three step cells of the registry (column H, rows 4–6). */
const OWN = `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="H4:H6"><formula1>"да,нет"</formula1></dataValidation>`;

async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const pkg = await OoxmlPackage.load(bytes);
  return (await pkg.text((await pkg.sheets()).find((s) => s.name === name)!.path))!;
}

function validations(xml: string): { type: string | null; sqref: string; text: string }[] {
  return elements(xml, "dataValidation").map((e) => ({
    type: attr(startTag(e.text), "type") ?? null,
    sqref: attr(startTag(e.text), "sqref") ?? "",
    text: e.text,
  }));
}

/** The sample with the user's own validation on the registry, as a coordinator might have set it. */
async function sampleWithOwnValidation(path: string): Promise<void> {
  const pkg = await OoxmlPackage.load(readFileSync(SAMPLE));
  const reg = (await pkg.sheets()).find((s) => s.name === "Реестр ОО")!;
  const xml = (await pkg.text(reg.path))!;
  expect(xml).not.toMatch(/<dataValidations\b/);
  pkg.setText(reg.path, xml.replace(/(<\/sheetData>)/, `$1<dataValidations count="1">${OWN}</dataValidations>`));
  writeFileSync(path, await pkg.toBytes());
}

describe("kvantorium-monitor protect («Защитить ввод»)", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "kvm-protect-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the school input guards into the sheet XML of a new file and changes no value", async () => {
    const out = join(dir, "с проверкой.xlsx");
    const before = readFileSync(SAMPLE);
    const t = io();
    expect(await main(["protect", SAMPLE, "--out", out, "--as-of", "01.10.2024"], t)).toBe(0);
    expect(t.err).toBe("");
    expect(t.out).toMatch(/^Проверка ввода добавлена, ячеек школ: \d{3}\. Книга записана в .*с проверкой\.xlsx\.\n$/);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["с проверкой.xlsx"]);

    const bytes = readFileSync(out);
    const reg = validations(await sheetXml(bytes, "Реестр ОО"));
    const dates = reg.filter((v) => v.type === "date");
    expect(dates).toHaveLength(7);
    // A step column from the first school row (4) down, dates from the roadmap year − 1 to + 2.
    expect(parseSqref(dates[0].sqref)[0]).toMatchObject({ top: 3, left: 7, right: 7 });
    expect(dates[0].text).toContain(`<formula1>${isoToSerial("2023-01-01")}</formula1>`);
    expect(dates[0].text).toContain(`<formula2>${isoToSerial("2026-12-31")}</formula2>`);
    expect(dates[0].text).toMatch(/errorStyle="stop"/);
    const ind = validations(await sheetXml(bytes, "Показатели"));
    expect(ind.map((v) => v.type)).toEqual(expect.arrayContaining(["whole", "decimal"]));
    expect(ind.find((v) => v.type === "whole")!.text).toContain("Введите целое число не меньше 0");

    const a = await (await openXlsx(before)).readSnapshot();
    const b = await (await openXlsx(bytes)).readSnapshot();
    for (const s of a.sheets) expect(b.sheets.find((x) => x.name === s.name)!.rows).toEqual(s.rows);
  });

  it("keeps the user's own validation, leaves her cells to her rule, and a second run adds nothing", async () => {
    const own = join(dir, "своя.xlsx");
    await sampleWithOwnValidation(own);
    const out = join(dir, "с проверкой.xlsx");
    expect(await main(["protect", own, "--out", out, "--as-of", "2024-10-01"], io())).toBe(0);
    const reg = validations(await sheetXml(readFileSync(out), "Реестр ОО"));
    expect(reg.filter((v) => v.text === OWN)).toHaveLength(1);
    // Column H's guard starts below her H4:H6; the other six step columns are whole.
    const colH = reg.filter((v) => v.type === "date" && parseSqref(v.sqref).some((r) => r.left === 7));
    expect(colH).toHaveLength(1);
    expect(parseSqref(colH[0].sqref)[0]).toMatchObject({ top: 6, left: 7 });
    expect(reg.filter((v) => v.type === "date")).toHaveLength(7);

    const again = join(dir, "ещё раз.xlsx");
    const t = io();
    expect(await main(["protect", out, "--out", again, "--as-of", "2024-10-01"], t)).toBe(0);
    expect(t.out).toMatch(/^Новых проверок нет: у всех ячеек школ проверка ввода уже есть\./);
    expect(validations(await sheetXml(readFileSync(again), "Реестр ОО"))).toHaveLength(reg.length);
  });

  it("keeps the guards through a LibreOffice save", async () => {
    const out = join(dir, "guarded.xlsx");
    expect(await main(["protect", SAMPLE, "--out", out, "--as-of", "2024-10-01"], io())).toBe(0);
    const lo = join(dir, "lo");
    mkdirSync(lo);
    const saved = readFileSync(sofficeConvert(out, "xlsx:Calc MS Excel 2007 XML", lo));
    const reg = (await sheetXml(saved, "Реестр ОО")).replace(/&quot;/g, '"');
    expect(reg).toMatch(/<dataValidation\b[^>]*type="date"/);
    expect(reg).toContain(`<formula1>${isoToSerial("2023-01-01")}</formula1>`);
    expect(reg).toContain(`<formula2>${isoToSerial("2026-12-31")}</formula2>`);
    const ind = await sheetXml(saved, "Показатели");
    expect(ind).toMatch(/<dataValidation\b[^>]*type="whole"/);
    expect(ind).toMatch(/<dataValidation\b[^>]*type="decimal"/);
    expect(ind).toContain("Введите целое число не меньше 0");
  }, 180_000);

  it("says so when the workbook has no school cells, and refuses to write over its input", async () => {
    const tpl = join(dir, "шаблон.xlsx");
    expect(await main(["template", "--out", tpl], io())).toBe(0);
    const t = io();
    expect(await main(["protect", tpl, "--out", join(dir, "t2.xlsx")], t)).toBe(0);
    expect(t.out).toMatch(/^В книге нет ячеек, которые заполняют школы/);

    const same = io();
    const before = readFileSync(tpl);
    expect(await main(["protect", tpl, "--out", tpl], same)).toBe(1);
    expect(same.err).toMatch(/поверх исходного файла/);
    expect(readFileSync(tpl).equals(before)).toBe(true);

    const missing = io();
    expect(await main(["protect", tpl], missing)).toBe(1);
    expect(missing.err).toMatch(/--out/);
    expect(missing.err).toMatch(/Как вызвать: kvantorium-monitor protect <книга\.xlsx> --out файл\.xlsx/);

    const bad = join(dir, "письмо.xlsx");
    writeFileSync(bad, "не книга");
    const notXlsx = io();
    expect(await main(["protect", bad, "--out", join(dir, "x.xlsx")], notXlsx)).toBe(1);
    expect(notXlsx.err).toMatch(/не книга Excel/);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
