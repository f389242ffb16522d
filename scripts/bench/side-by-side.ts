/**
 * The side-by-side part of npm run bench: on the same generated files, our read, the
 * inflate-and-scan yardstick, LibreOffice's CSV conversion (when soffice is installed),
 * the engine, our write, the whole CLI `check --out --json` as a child process and its
 * peak memory. Paired rounds (every measurement once per round, in turn), medians.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { newXlsxWorkbook } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { commandChild, nodeChild } from "./child";
import { compiled, type Compiled } from "./compiled";
import { withManyFormats } from "./many-formats";
import { syntheticWorkbook } from "./synthetic";
import { inflateAndScan } from "./yardstick";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "kvantorium-monitor.js");
const AS_OF = "2024-10-01";
const ROUNDS = Number(process.env.KVM_BENCH_ROUNDS ?? 3);
const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p)) ?? null;

let ours: Compiled;

interface BenchFile {
  label: string;
  path: string;
}

const now = () => process.hrtime.bigint();
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One LibreOffice profile for the whole bench, warmed by the first conversion, so timings are conversions, not profile set-up. */
function soffice(profile: string, format: string, input: string, outDir: string): number {
  return commandChild(SOFFICE!, [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    input,
  ]);
}

async function generated(n: number): Promise<Uint8Array> {
  const book = newXlsxWorkbook();
  await book.createWorkbook(syntheticWorkbook(n, "typical"));
  return book.toBytes();
}

async function files(dir: string, profile: string | null): Promise<BenchFile[]> {
  const save = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const small = await generated(1_000);
  const big = await generated(10_000);
  const out: BenchFile[] = [
    { label: "1,000 schools", path: save("schools-1000.xlsx", small) },
    { label: "1,000 schools, 2,000 formats", path: save("formats-2000.xlsx", await withManyFormats(small, 2_000)) },
    { label: "10,000 schools", path: save("schools-10000.xlsx", big) },
  ];
  if (profile) {
    // LibreOffice's own .xlsx: shared strings, its styles, its part layout.
    const resaved = join(dir, "resaved");
    soffice(profile, "xlsx", out[2].path, resaved);
    const path = join(resaved, readdirSync(resaved)[0]);
    out.push({ label: "10,000 schools re-saved by LibreOffice", path });
  }
  return out;
}

interface Round {
  yardstick: number;
  read: number;
  engine: number;
  write: number;
  painted: number;
  cli: number;
  rss: number | null;
  lo: number | null;
}

async function round(file: BenchFile, dir: string, profile: string | null): Promise<Round> {
  const bytes = new Uint8Array(readFileSync(file.path));
  let t = now();
  inflateAndScan(bytes);
  const yardstick = since(t);

  t = now();
  const book = await ours.openXlsx(bytes);
  const snapshot = await book.readSnapshot();
  const read = since(t);

  t = now();
  ours.checkWorkbook(snapshot, { asOf: AS_OF, lang: "ru" });
  const engine = since(t);

  // The CLI's own path: check (paint + «Замечания» pending), then the written copy.
  const result = await ours
    .createMonitor(book, () => new Date(`${AS_OF}T09:00:00Z`))
    .check({ ...ours.DEFAULT_SETTINGS, asOf: AS_OF }, "ru");
  t = now();
  await book.toBytes();
  const write = since(t);

  const cli = nodeChild(
    BIN,
    ["check", file.path, "--as-of", AS_OF, "--out", join(dir, "out.xlsx"), "--json", join(dir, "out.json")],
    ROOT,
  );
  rmSync(join(dir, "out.xlsx"), { force: true });

  let lo: number | null = null;
  if (profile) {
    const csvDir = join(dir, "csv");
    lo = soffice(profile, "csv", file.path, csvDir);
    rmSync(csvDir, { recursive: true, force: true });
  }
  return { yardstick, read, engine, write, painted: result.paint.length, cli: cli.ms, rss: cli.rssMiB, lo };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** How long deflating the written copy's parts takes: Node's zlib against JSZip's pure-JS deflate (and fflate when installed). */
async function compression(path: string): Promise<string[]> {
  const pkg = await OoxmlPackage.load(new Uint8Array(readFileSync(path)));
  const texts: [string, Buffer][] = [];
  for (const p of pkg.paths()) texts.push([p, Buffer.from((await pkg.text(p)) ?? "", "utf8")]);
  const total = texts.reduce((s, [, b]) => s + b.length, 0);
  const lines: string[] = [];
  let t = now();
  let size = 0;
  for (const [, b] of texts) size += deflateRawSync(b, { level: 6 }).length;
  lines.push(`  node:zlib level 6   ${fmt(since(t)).padStart(8)}  → ${(size / 1024).toFixed(0)} KiB`);
  const zip = new JSZip();
  for (const [p, b] of texts) zip.file(p, b);
  t = now();
  const z = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  lines.push(`  JSZip (pako) lvl 6  ${fmt(since(t)).padStart(8)}  → ${(z.length / 1024).toFixed(0)} KiB`);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fflate = require("fflate") as { deflateSync: (d: Uint8Array, o: { level: number }) => Uint8Array };
    t = now();
    size = 0;
    for (const [, b] of texts) size += fflate.deflateSync(b, { level: 6 }).length;
    lines.push(`  fflate level 6      ${fmt(since(t)).padStart(8)}  → ${(size / 1024).toFixed(0)} KiB`);
  } catch {
    lines.push("  fflate              (not installed)");
  }
  return [
    `Deflating the ${texts.length} parts (${(total / 1048576).toFixed(1)} MiB) of the 10,000-school checked copy:`,
    ...lines,
  ];
}

export async function sideBySide(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kvm-bench-"));
  const profile = SOFFICE ? join(dir, "lo-profile") : null;
  try {
    // The CLI is timed as users run it: compiled; build it first if the sources changed.
    spawnSync(process.execPath, [BIN, "--help"], { cwd: ROOT, stdio: "ignore" });
    ours = compiled();
    // Reading and writing as the CLI does them: with Node's zlib (the web page keeps fflate).
    ours.useNodeZlib();
    const list = await files(dir, profile);
    console.log(
      `\nSide by side, ${ROUNDS} paired rounds, medians${SOFFICE ? "" : " (LibreOffice not installed: no CSV yardstick)"}:`,
    );
    const header = [
      "file",
      "yardstick",
      "read",
      "read÷yard",
      "engine",
      "write",
      "µs/painted",
      "CLI",
      SOFFICE ? "LO→CSV" : "",
      SOFFICE ? "CLI÷LO" : "",
      "CLI peak",
    ];
    // Each file's row is printed as soon as it is measured: a loaded machine takes minutes per file.
    const widths = [38, 9, 8, 9, 8, 8, 18, 8, 8, 7, 8];
    const line = (r: string[]) =>
      console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join("  "));
    line(header);
    let writeOut = "";
    for (const file of list) {
      const rounds: Round[] = [];
      for (let i = 0; i < ROUNDS; i++) rounds.push(await round(file, dir, profile));
      const m = (k: keyof Round) => median(rounds.map((r) => (r[k] as number) ?? NaN));
      const ratio = (a: keyof Round, b: keyof Round) => median(rounds.map((r) => (r[a] as number) / (r[b] as number)));
      line([
        file.label,
        fmt(m("yardstick")),
        fmt(m("read")),
        `${ratio("read", "yardstick").toFixed(1)}×`,
        fmt(m("engine")),
        fmt(m("write")),
        `${((m("write") * 1000) / Math.max(1, m("painted"))).toFixed(1)} (${m("painted").toLocaleString("en")})`,
        fmt(m("cli")),
        SOFFICE ? fmt(m("lo")) : "",
        SOFFICE ? `${ratio("cli", "lo").toFixed(2)}×` : "",
        rounds[0].rss === null ? "?" : `${m("rss").toFixed(0)} MiB`,
      ]);
      if (file.label === "10,000 schools") writeOut = file.path;
    }
    console.log(
      "Targets (issue 8): CLI ÷ LibreOffice CSV ≤ 1.5 at 10,000 schools; read ÷ yardstick ≤ 2; the 2,000-format file no slower per painted cell; CLI peak ≤ 350 MiB at 10,000 schools.",
    );
    if (writeOut) {
      const copy = join(dir, "checked-10000.xlsx");
      nodeChild(BIN, ["check", writeOut, "--as-of", AS_OF, "--out", copy], ROOT);
      console.log(`\n${(await compression(copy)).join("\n")}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
