import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/engine/check";
import { io } from "./capture-io";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("kvantorium-monitor CLI", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "kvm-cli-"));
  });

  it("checks the sample, writes the coloured copy and the §5 JSON, and leaves the input untouched", async () => {
    const before = sha(SAMPLE);
    const out = join(dir, "checked.xlsx");
    const json = join(dir, "findings.json");
    const t = io();
    const code = await main(["check", SAMPLE, "--as-of", "2024-10-01", "--out", out, "--json", json], t);
    expect(code).toBe(0);
    expect(t.err).toBe("");
    expect(t.out).toMatch(/Проверка на 01\.10\.2024: \d+ ошиб/);
    expect(sha(SAMPLE)).toBe(before);
    const data = JSON.parse(readFileSync(json, "utf8"));
    expect(Object.keys(data).sort()).toEqual(["asOf", "findings", "measures", "summary"]);
    expect(data.asOf).toBe("2024-10-01");
    expect(data.measures).toHaveLength(13);
    expect(Object.keys(data.measures[0]).sort()).toEqual(["deadline", "number", "row", "sheet", "status"]);
    expect(Object.keys(data.measures[0].deadline).sort()).toEqual(["due", "kind", "occurrences", "text"]);
    expect(data.measures.find((m: { number: string }) => m.number === "13").deadline.kind).toBe("recurring");
    expect(data.findings.length).toBe(data.summary.errors + data.summary.warnings + data.summary.info);
    for (const f of data.findings) {
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(typeof f.message).toBe("string");
    }
    // The copy holds the «Замечания» sheet and the same data as the input.
    const copy = await openXlsx(new Uint8Array(readFileSync(out)));
    const snap = await copy.readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toContain("Замечания");
    const recheck = checkWorkbook(snap, { asOf: "2024-10-01", lang: "ru" });
    expect(recheck.findings.length).toBe(data.findings.length);
  });

  it("prints the JSON to stdout with --json - and nothing else", async () => {
    const t = io();
    expect(await main(["check", SAMPLE, "--as-of", "2024-10-01", "--json", "-"], t)).toBe(0);
    expect(() => JSON.parse(t.out)).not.toThrow();
  });

  it("refuses to overwrite its input and writes nothing", async () => {
    const t = io();
    expect(await main(["check", SAMPLE, "--out", SAMPLE], t)).toBe(1);
    expect(t.err).toMatch(/поверх исходного файла/);
    expect(t.err.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["missing file", null, /не найден/],
    ["not a zip", Buffer.from("просто текст, не книга"), /не книга Excel/],
    [
      "password-protected (OLE container)",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      /(защищена паролем|не книга Excel)/,
    ],
  ])("ends with exit 1 and one Russian line for a %s, leaving no output", async (_name, bytes, message) => {
    const input = join(dir, "in.xlsx");
    if (bytes) writeFileSync(input, bytes);
    const out = join(dir, "out.xlsx");
    const t = io();
    expect(await main(["check", input, "--out", out], t)).toBe(1);
    expect(t.err).toMatch(message);
    expect(t.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f !== "in.xlsx")).toEqual([]);
  });

  it("speaks English with --lang en", async () => {
    const t = io();
    expect(await main(["check", join(dir, "nope.xlsx"), "--lang", "en"], t)).toBe(1);
    expect(t.err).toMatch(/not found/);
  });

  it("writes a template that the checker recognises", async () => {
    const out = join(dir, "new.xlsx");
    const t = io();
    expect(await main(["template", "--out", out, "--year", "2025"], t)).toBe(0);
    const snap = await (await openXlsx(new Uint8Array(readFileSync(out)))).readSnapshot();
    const result = checkWorkbook(snap, { asOf: "2025-01-15", lang: "ru" });
    expect(result.layout.roadmap?.sheet).toBe("Дорожная карта");
    expect(result.layout.registry?.sheet).toBe("Реестр ОО");
    expect(result.findings.filter((f) => f.rule.startsWith("structure-"))).toEqual([]);
    expect(result.measures.find((m) => m.number === "5")?.deadline.due).toBe("2025-02-15");
  });

  it("builds the report into a new file", async () => {
    const out = join(dir, "report.xlsx");
    const t = io();
    expect(await main(["report", SAMPLE, "--quarter", "2024-Q3", "--as-of", "2024-10-01", "--out", out], t)).toBe(0);
    const snap = await (await openXlsx(new Uint8Array(readFileSync(out)))).readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toContain("Отчёт 3 кв. 2024");
  });

  it("checks every output before writing any, so a bad --json leaves no .xlsx behind", async () => {
    const out = join(dir, "ok.xlsx");
    const t = io();
    expect(await main(["check", SAMPLE, "--out", out, "--json", join(dir, "nodir", "j.json")], t)).toBe(1);
    expect(t.err).toMatch(/Не удалось записать файл/);
    expect(existsSync(out)).toBe(false);
  });

  it("says a folder is not a workbook", async () => {
    const t = io();
    expect(await main(["check", dir], t)).toBe(1);
    expect(t.err.trim()).toBe(
      `«${dir}» — это папка, а не файл. Укажите книгу .xlsx внутри неё, например «${dir}/мониторинг.xlsx».`,
    );
  });

  it("refuses to replace an existing file with a template unless --force is given", async () => {
    const out = join(dir, "mine.xlsx");
    writeFileSync(out, "заполненная книга");
    const t = io();
    expect(await main(["template", "--out", out], t)).toBe(1);
    expect(t.err).toMatch(/уже существует.*--force/);
    expect(readFileSync(out, "utf8")).toBe("заполненная книга");
    expect(await main(["template", "--out", out, "--force"], io())).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
