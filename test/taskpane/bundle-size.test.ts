import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Chunk, type Module, type Stats } from "webpack";

/**
 * Builds the add-in (production, into a temporary folder) and inspects what the task pane
 * loads first: PRODUCT.md §7 says it must carry no spreadsheet file library — exceljs
 * may only arrive through import() when a file is opened outside Excel.
 */
const root = join(__dirname, "..", "..");
let stats: Stats;
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "kvm-dist-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require(join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode: "production" });
  config.context = root;
  config.output.path = out;
  config.devtool = false;
  // Emit even if a lazily loaded module fails, so the other checks still say something.
  config.optimization = { ...config.optimization, emitOnErrors: true };
  stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
}, 180_000);

/** Source files bundled into the given chunks (concatenated modules unpacked). */
function moduleFiles(chunks: Iterable<Chunk>): string[] {
  const graph = stats.compilation.chunkGraph;
  return [...chunks]
    .flatMap((c) => [...graph.getChunkModulesIterable(c)])
    .flatMap((m) => ("modules" in m && Array.isArray(m.modules) ? (m.modules as Module[]) : [m]))
    .map((m) => ((m as { resource?: string }).resource ?? m.identifier()).replace(/\\/g, "/"));
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("production build", () => {
  it("compiles without errors", () => {
    expect(stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? []).toEqual([]);
  });

  it("keeps exceljs out of every script taskpane.html loads up front", () => {
    const initial = moduleFiles(stats.compilation.entrypoints.get("taskpane")?.chunks ?? []);
    expect(initial.some((f) => f.includes("src/taskpane/index.tsx"))).toBe(true);
    expect(initial.filter((f) => /exceljs|jszip/.test(f))).toEqual([]);

    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((s) => !/^https?:/.test(s));
    expect(scripts).toEqual(["taskpane.js"]);
    expect(readFileSync(join(out, "taskpane.js"), "utf8")).not.toMatch(/exceljs/i);
  });

  it("loads the workbook service lazily, in its own chunk", () => {
    const lazy = moduleFiles([...stats.compilation.chunks].filter((c) => !c.canBeInitial()));
    expect(lazy.some((f) => f.endsWith("src/app/monitor.ts"))).toBe(true);
    expect(lazy.some((f) => f.endsWith("src/adapters/office/index.ts"))).toBe(true);
  });

  it("rewrites the development URL in the copied manifest", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("https://localhost:3000/");
    expect(manifest).toContain("taskpane.html");
  });
});
