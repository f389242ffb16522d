#!/usr/bin/env node
/**
 * npm run build:cli (also run by `npm ci` / `npm install` through "prepare"): compiles the
 * CLI and what it imports to CommonJS in dist-cli/ with the project's own tsc, then stamps
 * the build so bin/kvantorium-monitor.js can tell whether the sources changed since.
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
const { spawnSync } = require("node:child_process");
const { mkdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "dist-cli");
const STAMP = join(OUT, ".built");

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

module.exports = { buildCli, STAMP, OUT };

if (require.main === module) {
  try {
    buildCli();
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  }
}
