import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { renderSchoolCopy } from "../../src/adapters/xlsx/school-copy";
import { legacyPasswordHash } from "../../src/adapters/xlsx/sheet-protection";
import { validationXml } from "../../src/adapters/xlsx/write-validation";
import { indicatorGuard, periodGuard, stepGuard } from "../../src/app/input-guards";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { COPY_MARK_KEY, parseMark } from "../../src/app/school-copy-mark";
import { splitWorkbook } from "../../src/app/split";
import { schoolFileNames } from "../../src/app/split-file-names";
import { a1, parseA1 } from "../../src/domain/cell-address";
import { isoToSerial } from "../../src/domain/excel-serial";
import { schoolKey } from "../../src/domain/text";
import { attr, elements, startTag } from "../../src/adapters/xlsx/xml-text";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };

describe("school file names", () => {
  it("makes every school a Windows-safe, unique file name", () => {
    const names = schoolFileNames([
      "МОУ «СОШ № 1»",
      'ГБОУ "Лицей: 2/3" г. Выборг?',
      "CON",
      "...",
      "моу «сош № 1»",
      "Школа\u0001 * |",
      "A".repeat(300),
    ]);
    expect(names[0]).toBe("МОУ «СОШ № 1».xlsx");
    expect(names[1]).toBe("ГБОУ Лицей 2 3 г. Выборг.xlsx");
    expect(names[2]).toBe("CON (школа 3).xlsx");
    expect(names[3]).toBe("Школа 4.xlsx");
    expect(names[4]).toBe("моу «сош № 1» (2).xlsx");
    expect(names[5]).toBe("Школа.xlsx");
    expect(names[6].length).toBeLessThanOrEqual(105);
    for (const n of names) expect(n).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe("input guards", () => {
  it("step dates run from 1 January of the roadmap year − 1 to 31 December of + 2", () => {
    const g = stepGuard(2024, "8");
    expect(g.rule).toEqual({ kind: "date", min: isoToSerial("2023-01-01"), max: isoToSerial("2026-12-31") });
    expect(g.promptTitle.length).toBeLessThanOrEqual(32);
    expect(g.error).toMatch(/ДД\.ММ\.ГГГГ/);
  });

  it("indicator types map to whole ≥ 0, 0–100 %, decimal ≥ 0, date and text", () => {
    expect(indicatorGuard("integer", "П1", 2024).rule).toEqual({ kind: "whole", min: 0 });
    expect(indicatorGuard("percent", "П4", 2024).rule).toEqual({ kind: "decimal", min: 0, max: 1 });
    expect(indicatorGuard("number", "П9", 2024).rule).toEqual({ kind: "decimal", min: 0 });
    expect(indicatorGuard("date", "П8", 2024).rule.kind).toBe("date");
    expect(indicatorGuard("text", "П7", 2024).rule).toEqual({ kind: "any" });
  });

  it("the period list holds quarters up to the reporting one and fits Excel's 255 characters", () => {
    const g = periodGuard(2024, { year: 2024, q: 3 });
    expect(g.rule.kind === "list" && g.rule.items).toEqual([
      "I квартал 2023",
      "II квартал 2023",
      "III квартал 2023",
      "IV квартал 2023",
      "I квартал 2024",
      "II квартал 2024",
      "III квартал 2024",
    ]);
    const long = periodGuard(2000, { year: 2030, q: 4 });
    expect(long.rule.kind === "list" && long.rule.items.join(",").length).toBeLessThanOrEqual(255);
  });

  it("writes a stop alert with an input message, and text columns with a message only", () => {
    const xml = validationXml({
      ranges: [{ top: 3, bottom: 5, left: 3, right: 3 }],
      guard: indicatorGuard("integer", "П1", 2024),
    });
    const tag = startTag(xml);
    expect(attr(tag, "type")).toBe("whole");
    expect(attr(tag, "operator")).toBe("greaterThanOrEqual");
    expect(attr(tag, "errorStyle")).toBe("stop");
    expect(attr(tag, "showErrorMessage")).toBe("1");
    expect(attr(tag, "sqref")).toBe("D4:D6");
    expect(xml).toContain("<formula1>0</formula1>");
    const text = startTag(
      validationXml({ ranges: [{ top: 1, bottom: 1, left: 0, right: 0 }], guard: indicatorGuard("text", "", 2024) }),
    );
    expect(attr(text, "type")).toBeNull();
    expect(attr(text, "showInputMessage")).toBe("1");
  });

  it("hashes a sheet password the way Excel checks it", () => {
    expect(legacyPasswordHash("password")).toBe("83AF");
  });
});

describe("split of the sample", () => {
  let files: Awaited<ReturnType<typeof splitWorkbook>>["files"];
  beforeAll(async () => {
    const book = await openXlsx(readFileSync(SAMPLE));
    files = (await splitWorkbook(book, (p) => renderSchoolCopy(p, {}), SETTINGS, "ru", new Date())).files;
  });

  it("makes one copy per registry school (a duplicate registry row is one school)", async () => {
    const snap = await (await openXlsx(readFileSync(SAMPLE))).readSnapshot();
    const reg = snap.sheets.find((s) => s.name === "Реестр ОО")!;
    const names = new Set(
      reg.rows
        .slice(3)
        .map((r) => r?.[2])
        .filter((v): v is string => typeof v === "string"),
    );
    expect(files.length).toBe(15);
    expect(names.size).toBeGreaterThanOrEqual(15);
    expect(new Set(files.map((f) => f.school)).size).toBe(15);
  });

  it("every copy holds only its school's rows, guarded input cells, locked everything else and its mark", async () => {
    for (const f of files) {
      const book = await openXlsx(f.bytes);
      const snap = await book.readSnapshot();
      const mark = parseMark(await book.loadState(COPY_MARK_KEY))!;
      expect(mark.school).toBe(f.school);
      expect(mark.master).toMatch(/^id:/);
      const reg = snap.sheets.find((s) => s.name === "Реестр ОО")!;
      const schools = reg.rows
        .slice(3)
        .map((r) => r?.[2])
        .filter((v) => v);
      // A school listed twice in the registry (another spelling) gets both its rows.
      expect(new Set(schools.map((n) => schoolKey(String(n))))).toEqual(new Set([schoolKey(f.school)]));
      const ind = snap.sheets.find((s) => s.name === "Показатели")!;
      const indSchools = new Set(
        ind.rows
          .slice(3)
          .map((r) => r?.[1])
          .filter((v) => v),
      );
      expect(new Set([...indSchools].map((n) => schoolKey(String(n))))).toEqual(new Set([schoolKey(f.school)]));
      // No quarter after the reporting one (III 2024) reaches the school.
      expect(ind.rows.slice(3).map((r) => String(r?.[2] ?? ""))).not.toContain("IV квартал 2024");

      const pkg = await OoxmlPackage.load(f.bytes);
      const styles = (await pkg.text("xl/styles.xml"))!;
      const xfs = elements(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1], "xf").map((e) => e.text);
      for (const sheet of await pkg.sheets()) {
        const xml = (await pkg.text(sheet.path))!;
        if (sheet.state === "visible") expect(xml).toMatch(/<sheetProtection\b[^>]*sheet="1"/);
        expect(xml).not.toMatch(/<sheetProtection\b[^>]*password=/);
      }
      const regXml = (await pkg.text((await pkg.sheets()).find((s) => s.name === "Реестр ОО")!.path))!;
      const dates = elements(regXml, "dataValidation").filter((e) => attr(startTag(e.text), "type") === "date");
      const regMark = mark.sheets.find((s) => s.sheet === "Реестр ОО")!;
      expect(dates.length).toBe(regMark.inputs.length);
      const row = regMark.rows.length - 1;
      for (const col of regMark.inputs) {
        const ref = a1(row, col);
        expect(dates.some((d) => covers(attr(startTag(d.text), "sqref") ?? "", row, col))).toBe(true);
        const cell = new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(regXml);
        expect(cell).not.toBeNull();
        expect(xfs[Number(cell![1])]).toContain('<protection locked="0"/>');
      }
      // The school name cell is locked: its format has no unlocked protection.
      const nameCell = new RegExp(`<c r="${a1(row, 2)}"(?: s="(\\d+)")?`).exec(regXml)!;
      expect(xfs[Number(nameCell[1] ?? 0)]).not.toContain('locked="0"');
      const indXml = (await pkg.text((await pkg.sheets()).find((s) => s.name === "Показатели")!.path))!;
      const types = elements(indXml, "dataValidation").map((e) => attr(startTag(e.text), "type"));
      expect(types.filter((t) => t === "whole").length).toBe(6);
      expect(types.filter((t) => t === "decimal").length).toBe(1);
      expect(types.filter((t) => t === "list").length).toBe(1);
    }
  });

  it("protects with a password when one is set", async () => {
    const book = await openXlsx(readFileSync(SAMPLE));
    const one = (
      await splitWorkbook(book, (p) => renderSchoolCopy(p, { password: "password" }), SETTINGS, "ru", new Date())
    ).files[0];
    const pkg = await OoxmlPackage.load(one.bytes);
    const xml = (await pkg.text((await pkg.sheets())[0].path))!;
    expect(xml).toMatch(/<sheetProtection password="83AF"/);
  });
});

/** Whether a validation's sqref ("H4:H5 J7") covers a 0-based cell. */
function covers(sqref: string, row: number, col: number): boolean {
  return sqref.split(" ").some((part) => {
    const [from, to] = part.split(":");
    const a = parseA1(from)!;
    const b = parseA1(to ?? from)!;
    return row >= a.row && row <= b.row && col >= a.col && col <= b.col;
  });
}
