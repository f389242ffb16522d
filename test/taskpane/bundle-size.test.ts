import { readFileSync } from "node:fs";
import { join } from "node:path";
import { productionBuild, type BuildStats } from "../helpers/production-build";

/**
 * Inspects the production build (shared with the browser tests) for what the task pane
 * loads first: PRODUCT.md §7 says it must carry no spreadsheet file library — exceljs
 * may only arrive through import() when a file is opened outside Excel.
 */
let stats: BuildStats;
let out: string;

beforeAll(async () => {
  ({ dir: out, stats } = await productionBuild());
}, 180_000);

type BuiltChunk = BuildStats["chunks"][number];

function moduleFiles(chunks: BuiltChunk[]): string[] {
  return chunks.flatMap((c) => c.modules);
}

function entryChunks(name: string): BuiltChunk[] {
  return (stats.entrypoints[name] ?? []).map((i) => stats.chunks[i]);
}

function scriptsOf(page: string): string[] {
  const html = readFileSync(join(out, page), "utf8");
  return [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
}

describe("production build", () => {
  it("compiles without errors", () => {
    expect(stats.errors).toEqual([]);
  });

  it("keeps exceljs out of every script taskpane.html loads up front", () => {
    const initial = moduleFiles(entryChunks("taskpane"));
    expect(initial.some((f) => f.includes("src/taskpane/index.tsx"))).toBe(true);
    expect(initial.filter((f) => /exceljs|jszip|src\/adapters\/xlsx/.test(f))).toEqual([]);

    expect(scriptsOf("taskpane.html").filter((s) => !/^https?:/.test(s))).toEqual(["taskpane.js"]);
    expect(readFileSync(join(out, "taskpane.js"), "utf8")).not.toMatch(/exceljs/i);
  });

  it("loads the workbook service and the .xlsx file mode lazily, in their own chunks", () => {
    const lazy = moduleFiles(stats.chunks.filter((c) => !c.initial));
    expect(lazy.some((f) => f.endsWith("src/app/monitor.ts"))).toBe(true);
    expect(lazy.some((f) => f.endsWith("src/adapters/office/index.ts"))).toBe(true);
    expect(lazy.some((f) => f.endsWith("src/adapters/xlsx/index.ts"))).toBe(true);
    expect(lazy.some((f) => f.includes("node_modules/exceljs/"))).toBe(true);
  });

  it("serves the web page (index.html) with the same script and no office.js or other remote script", () => {
    expect(scriptsOf("index.html")).toEqual(["taskpane.js"]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("Content-Security-Policy");
  });

  it("rewrites the development URL in the copied manifest", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(manifest).toContain("taskpane.html");
  });
});
