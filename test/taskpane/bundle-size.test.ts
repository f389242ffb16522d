import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { productionBuild, type BuildStats } from "../helpers/production-build";

/**
 * Inspects the production build (shared with the browser tests) for what the task pane
 * loads first: PRODUCT.md §7 says it must carry no spreadsheet file library — the .xlsx
 * adapter (our reader and writer over fflate and saxes) may only arrive through import()
 * when a file is opened outside Excel, and then in at most 100 KiB gzipped (issue 8).
 */
let stats: BuildStats;
let out: string;

beforeAll(async () => {
  ({ dir: out, stats } = await productionBuild());
  // Generous: a production build on a shared 2-core machine under load has taken 3 minutes.
}, 600_000);

type BuiltChunk = BuildStats["chunks"][number];

function moduleFiles(chunks: BuiltChunk[]): string[] {
  return chunks.flatMap((c) => c.modules);
}

function entryChunks(name: string): BuiltChunk[] {
  return (stats.entrypoints[name] ?? []).map((i) => stats.chunks[i]);
}

/** A chunk of the web page's decrypter (web-decrypt.ts, its ciphers, hashes and OLE reader). */
function isDecrypter(chunk: BuiltChunk): boolean {
  return chunk.modules.some((f) => /src\/adapters\/xlsx\/web-decrypt\.ts$|node_modules\/(@noble\/|cfb\/)/.test(f));
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
    expect(initial.filter((f) => /fflate|saxes|@noble|node_modules\/cfb\/|src\/adapters\/xlsx/.test(f))).toEqual([]);
    // Old webviews' polyfills are a chunk of their own, fetched only where something is missing.
    expect(initial.filter((f) => /core-js|fast-text-encoding|resize-observer/.test(f))).toEqual([]);
    expect(moduleFiles(stats.chunks.filter((c) => !c.initial)).some((f) => f.includes("node_modules/core-js/"))).toBe(
      true,
    );

    // Besides the pane, only the small hand-written ES5 page for Internet Explorer 11 (test/build).
    expect(
      scriptsOf("taskpane.html")
        .filter((s) => !/^https?:/.test(s))
        .sort(),
    ).toEqual(["old-webview.js", "taskpane.js"]);
    const oldWebview = readFileSync(join(out, "old-webview.js"), "utf8");
    expect(oldWebview).not.toMatch(/SaxesParser|sharedStrings/);
    expect(oldWebview.length).toBeLessThan(16 * 1024);
    expect(readFileSync(join(out, "taskpane.js"), "utf8")).not.toMatch(/SaxesParser|sharedStrings/);
  });

  it("loads the workbook service and the .xlsx file mode lazily, in their own chunks", () => {
    const lazy = moduleFiles(stats.chunks.filter((c) => !c.initial));
    expect(lazy.some((f) => f.endsWith("src/app/monitor.ts"))).toBe(true);
    expect(lazy.some((f) => f.endsWith("src/adapters/office/index.ts"))).toBe(true);
    expect(lazy.some((f) => f.endsWith("src/adapters/xlsx/index.ts"))).toBe(true);
    expect(lazy.some((f) => f.includes("node_modules/fflate/"))).toBe(true);
    expect(lazy.some((f) => f.includes("node_modules/saxes/"))).toBe(true);
  });

  it("ships no ExcelJS or JSZip at all, and the file-mode chunks weigh at most 100 KiB gzipped", () => {
    expect(moduleFiles(stats.chunks).filter((f) => /node_modules\/(exceljs|jszip)\//.test(f))).toEqual([]);
    // Every lazily loaded chunk with a piece of the .xlsx side: what opening a file costs.
    const fileMode = stats.chunks.filter(
      (c) =>
        !c.initial &&
        !isDecrypter(c) &&
        c.modules.some((f) => /src\/adapters\/xlsx\/|node_modules\/(fflate|saxes|xmlchars)\//.test(f)),
    );
    expect(fileMode.length).toBeGreaterThan(0);
    const gzipped = fileMode
      .flatMap((c) => c.files.filter((f) => f.endsWith(".js")))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
    expect(gzipped).toBeGreaterThan(10 * 1024);
    expect(gzipped).toBeLessThanOrEqual(100 * 1024);
  });

  it("loads the default-password decrypter only for an encrypted file: chunks of its own, at most 32 KiB gzipped", () => {
    const decrypter = stats.chunks.filter(isDecrypter);
    expect(decrypter.some((c) => c.modules.some((f) => f.endsWith("src/adapters/xlsx/web-decrypt.ts")))).toBe(true);
    expect(decrypter.filter((c) => c.initial)).toEqual([]);
    // Nothing of it rides along with the .xlsx reader and the engine an unencrypted file loads, nor the other way round.
    const reader =
      /src\/adapters\/xlsx\/(?!web-decrypt|default-password)|src\/app\/monitor\.ts|node_modules\/(fflate|saxes)\//;
    expect(decrypter.flatMap((c) => c.modules).filter((f) => reader.test(f))).toEqual([]);
    const gzipped = decrypter
      .flatMap((c) => c.files.filter((f) => f.endsWith(".js")))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
    expect(gzipped).toBeGreaterThan(5 * 1024);
    expect(gzipped).toBeLessThanOrEqual(32 * 1024);
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
