#!/usr/bin/env node
/**
 * npm run build:cli (also run by `npm ci` / `npm install` through "prepare"): compiles the
 * CLI and what it imports to CommonJS in dist-cli/ with the project's own tsc, then stamps
 * the build so bin/kvantorium-monitor.js can tell whether the sources changed since.
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
const { spawnSync } = require("node:child_process");
const { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "dist-cli");
const STAMP = join(OUT, ".built");
const ENTRY = join(OUT, "cli", "main.js");

/** Newest modification time of the sources the build reads. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** No build yet, or a source (or the CLI's tsconfig) changed after the last one. */
function isStale() {
  if (!existsSync(ENTRY) || !existsSync(STAMP)) return true;
  const src = join(ROOT, "src");
  if (!existsSync(src)) return false;
  const built = statSync(STAMP).mtimeMs;
  return newestSource(src) > built || statSync(join(ROOT, "tsconfig.cli.json")).mtimeMs > built;
}

function buildCli() {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  } catch {
    throw new Error("The CLI is not built and TypeScript is not installed: run `npm ci` (or `npm install`) first.");
  }
  const r = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.cli.json")], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) throw new Error("Building the CLI failed (npm run build:cli): see the errors above.");
  mkdirSync(OUT, { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

module.exports = { buildCli, isStale, ENTRY };

if (require.main === module) {
  try {
    // `npx kvantorium-monitor` in the checkout runs "prepare" on every call: an up-to-date build is kept.
    if (process.argv.includes("--force") || isStale()) buildCli();
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  }
}
