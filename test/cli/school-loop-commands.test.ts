import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { main } from "../../src/cli/main";
import { io } from "./capture-io";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");

describe("kvantorium-monitor split / collect", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "kvm-loop-cli-"));
  });

  it("split writes one workbook per school into a new folder and leaves no temporary folder", async () => {
    const t = io();
    const out = join(dir, "школы");
    expect(await main(["split", SAMPLE, "--out-dir", out, "--as-of", "01.10.2024"], t)).toBe(0);
    expect(t.err).toBe("");
    expect(t.out).toMatch(/^Записано 15 копий для школ в папку .* \(на 01\.10\.2024, квартал 2024-Q3\)/);
    const files = readdirSync(out);
    expect(files).toHaveLength(15);
    expect(files.every((f) => f.endsWith(".xlsx"))).toBe(true);
    expect(readdirSync(dir)).toEqual(["школы"]);
  });

  it("split refuses a folder that already holds files unless --force, and then replaces it", async () => {
    const out = join(dir, "школы");
    mkdirSync(out);
    writeFileSync(join(out, "старое.txt"), "x");
    const t = io();
    expect(await main(["split", SAMPLE, "--out-dir", out], t)).toBe(1);
    expect(t.err).toMatch(/уже существует/);
    expect(readdirSync(out)).toEqual(["старое.txt"]);
    expect(await main(["split", SAMPLE, "--out-dir", out, "--force", "--as-of", "2024-10-01"], io())).toBe(0);
    expect(readdirSync(out)).toHaveLength(15);
    expect(readdirSync(dir)).toEqual(["школы"]);
  });

  it("collect takes a returned copy into a new file, one line per file, and never writes over the master", async () => {
    const out = join(dir, "школы");
    await main(["split", SAMPLE, "--out-dir", out, "--as-of", "2024-10-01"], io());
    const copy = join(out, readdirSync(out)[0]);
    const bad = join(dir, "письмо.xlsx");
    writeFileSync(bad, "не книга");
    const merged = join(dir, "собрано.xlsx");
    const t = io();
    const before = readFileSync(SAMPLE);
    expect(await main(["collect", SAMPLE, copy, bad, "--out", merged, "--as-of", "2024-10-01"], t)).toBe(0);
    expect(t.out).toMatch(/: принят, нового нет: заполнено 0/);
    // Advice about the school's file, not about the workbook she opens herself.
    expect(t.out).toMatch(
      /письмо\.xlsx: не прочитан: это не книга Excel \(\.xlsx\) — попросите школу .* прислать снова/,
    );
    expect(t.out).toMatch(/Книга со сбором записана в .*собрано\.xlsx: лист «Сбор ответов»/);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const snap = await (await openXlsx(readFileSync(merged))).readSnapshot();
    const log = snap.sheets.find((s) => s.name === "Сбор ответов")!;
    expect(String(log.rows[0][0])).toMatch(/^Сбор ответов школ 01\.10\.2024: принято файлов 1 из 2/);
  });

  it("collect with no usable file fails with exit 1 and writes nothing", async () => {
    const bad = join(dir, "a.xlsx");
    writeFileSync(bad, "x");
    const merged = join(dir, "m.xlsx");
    const t = io();
    expect(await main(["collect", SAMPLE, bad, "--out", merged], t)).toBe(1);
    expect(t.out).toMatch(/a\.xlsx: не прочитан/);
    expect(t.err).toMatch(/Ни один из файлов не принят/);
    expect(existsSync(merged)).toBe(false);
  });

  it("collect refuses to write over the master or a returned file", async () => {
    const t = io();
    expect(await main(["collect", SAMPLE, SAMPLE, "--out", SAMPLE], t)).toBe(1);
    expect(t.err).toMatch(/поверх исходного файла/);
  });
});
