/**
 * npm run bench: engine, report and .xlsx read/write times for synthetic workbooks of
 * 100, 1,000 and 10,000 schools (full indicator history), plus the task pane bundle size
 * when a production build exists. Figures, not pass/fail: tests never time anything.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { newXlsxWorkbook, openXlsx } from "../src/adapters/xlsx";
import { checkWorkbook } from "../src/engine/check";
import { buildQuarterlyReport } from "../src/report/quarterly-report";
import { sideBySide } from "./bench/side-by-side";
import { syntheticWorkbook, type Profile } from "./bench/synthetic";

const SIZES = [100, 1_000, 10_000];
const AS_OF = "2024-10-01";

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Best of a few runs: the engine is fast enough that one run is mostly noise. */
function best<T>(runs: number, f: () => T): { ms: number; value: T } {
  let bestMs = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    value = f();
    bestMs = Math.min(bestMs, ms(t));
  }
  return { ms: bestMs, value };
}

async function table(profile: Profile): Promise<void> {
  const rows: string[][] = [
    ["schools", "cells", "write .xlsx", "read .xlsx", "engine check", "per school", "report", "findings"],
  ];
  for (const n of SIZES) {
    let t = process.hrtime.bigint();
    const book = newXlsxWorkbook();
    await book.createWorkbook(syntheticWorkbook(n, profile));
    const bytes = await book.toBytes();
    const writeMs = ms(t);
    t = process.hrtime.bigint();
    const snapshot = await (await openXlsx(bytes)).readSnapshot();
    const readMs = ms(t);
    const cells = snapshot.sheets.reduce((s, sh) => s + sh.rows.reduce((a, r) => a + (r?.length ?? 0), 0), 0);
    const check = best(5, () => checkWorkbook(snapshot, { asOf: AS_OF, lang: "ru", quarter: "2024-Q3" }));
    const report = best(5, () => buildQuarterlyReport(check.value, { lang: "ru", generatedAt: new Date(0) }));
    rows.push([
      n.toLocaleString("en"),
      cells.toLocaleString("en"),
      `${writeMs.toFixed(0)} ms`,
      `${readMs.toFixed(0)} ms`,
      `${check.ms.toFixed(1)} ms`,
      `${((check.ms * 1000) / n).toFixed(1)} µs`,
      `${report.ms.toFixed(1)} ms`,
      check.value.findings.length.toLocaleString("en"),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\n${profile} workbook (4 quarters × 7 indicators per school):`);
  for (const r of rows) console.log(r.map((v, c) => v.padStart(widths[c])).join("  "));
}

async function bench(): Promise<void> {
  await sideBySide();
  if (process.env.KVM_BENCH_ONLY === "side") return;
  await table("typical");
  await table("error-heavy");
  const dist = join(__dirname, "..", "dist");
  if (existsSync(dist)) {
    const html = existsSync(join(dist, "taskpane.html")) ? readFileSync(join(dist, "taskpane.html"), "utf8") : "";
    const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src))
      .map((src) => src.replace(/^.*\//, ""));
    const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
    let raw = 0;
    let gz = 0;
    for (const f of files.filter((f) => initial.includes(f))) {
      const b = readFileSync(join(dist, f));
      raw += b.length;
      gz += gzipSync(b).length;
    }
    console.log(
      `\nTask pane first load: ${initial.join(", ") || "(no taskpane.html)"} — ${(raw / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzipped` +
        ` (the official React task-pane template ships on the order of a few hundred KiB gzipped with Fluent UI).`,
    );
    const lazy = files.filter((f) => !initial.includes(f));
    if (lazy.length) console.log(`Loaded on demand: ${lazy.join(", ")}`);
  } else {
    console.log("\n(no dist/: run `npm run build` first to see the task pane bundle size)");
  }
}

bench().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
