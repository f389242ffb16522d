import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import webpack, { type Chunk, type Compilation, type Module } from "webpack";

/**
 * One production build per Jest run, shared by every test file that needs it (the bundle
 * checks and the browser tests), whichever worker gets there first. Jest's globalSetup
 * names the run (KVM_TEST_RUN); a lock directory keeps two workers from building at once.
 */
const root = join(__dirname, "..", "..");
const base = join(root, "test-output", "dist");
const STALE_MS = 30 * 60_000;

/** What the bundle checks need from webpack's stats, small enough to share as JSON. */
export interface BuildStats {
  errors: string[];
  /** Entry name → indexes into chunks. */
  entrypoints: Record<string, number[]>;
  chunks: { files: string[]; initial: boolean; modules: string[] }[];
}

export interface ProductionBuild {
  dir: string;
  stats: BuildStats;
}

export async function productionBuild(): Promise<ProductionBuild> {
  // Each run builds into its own folder, so two runs at once never serve each other's files.
  const run = (process.env.KVM_TEST_RUN ?? `solo-${process.pid}`).replace(/[^\w-]/g, "_");
  const dir = join(base, run);
  const statsFile = join(dir, ".stats.json");
  const lockDir = `${dir}.lock`;
  for (;;) {
    if (existsSync(statsFile)) return { dir, stats: JSON.parse(readFileSync(statsFile, "utf8")) };
    if (takeLock(lockDir)) {
      try {
        if (!existsSync(statsFile)) {
          removeOldBuilds(run);
          await build(dir, statsFile);
        }
      } finally {
        rmSync(lockDir, { recursive: true, force: true });
      }
    } else {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function takeLock(lockDir: string): boolean {
  mkdirSync(base, { recursive: true });
  try {
    mkdirSync(lockDir);
    return true;
  } catch {
    // A lock left by a killed run would block forever; a build never takes that long.
    const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > STALE_MS) rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

/** Builds of earlier runs (older than half an hour, so a parallel run keeps its own). */
function removeOldBuilds(run: string): void {
  for (const name of readdirSync(base)) {
    const path = join(base, name);
    if (name !== run && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

async function build(outDir: string, statsFile: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require(join(root, "webpack.config.js"))({ WEBPACK_BUILD: true }, { mode: "production" });
  config.context = root;
  config.output.path = outDir;
  config.devtool = false;
  // Emit even if a lazily loaded module fails, so the checks still say something.
  config.optimization = { ...config.optimization, emitOnErrors: true };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("webpack gave no stats")) : resolve(s))),
  );
  const compilation = stats.compilation;
  const chunks = [...compilation.chunks];
  const summary: BuildStats = {
    errors: compilation.errors.map((e) => e.message),
    entrypoints: Object.fromEntries(
      [...compilation.entrypoints].map(([name, ep]) => [name, ep.chunks.map((c) => chunks.indexOf(c))]),
    ),
    chunks: chunks.map((c) => ({
      files: [...c.files],
      initial: c.canBeInitial(),
      modules: moduleFiles(compilation, c),
    })),
  };
  // Written last: its presence means the build is complete.
  writeFileSync(statsFile, JSON.stringify(summary));
}

/** Source files bundled into a chunk (concatenated modules unpacked), with forward slashes. */
function moduleFiles(compilation: Compilation, chunk: Chunk): string[] {
  return [...compilation.chunkGraph.getChunkModulesIterable(chunk)]
    .flatMap((m) => ("modules" in m && Array.isArray(m.modules) ? (m.modules as Module[]) : [m]))
    .map((m) => ((m as { resource?: string }).resource ?? m.identifier()).replace(/\\/g, "/"));
}
