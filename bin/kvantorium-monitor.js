#!/usr/bin/env node
// Runs the compiled CLI in dist-cli/ (plain JavaScript, no tsx at run time). `npm ci` and
// `npm install` build it through "prepare"; a checkout whose sources changed since (a git
// pull, an edit) is rebuilt once here, so `npx kvantorium-monitor` never runs stale code.
const { existsSync, readdirSync, statSync } = require("node:fs");
const { join } = require("node:path");

const ROOT = join(__dirname, "..");
const ENTRY = join(ROOT, "dist-cli", "cli", "main.js");
const STAMP = join(ROOT, "dist-cli", ".built");

/** Newest modification time of the sources the build reads (0 when they are not shipped). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!existsSync(ENTRY) || !existsSync(STAMP)) return true;
  const src = join(ROOT, "src");
  if (!existsSync(src)) return false;
  const built = statSync(STAMP).mtimeMs;
  return newestSource(src) > built || statSync(join(ROOT, "tsconfig.cli.json")).mtimeMs > built;
}

if (stale()) {
  try {
    require("../scripts/build-cli.js").buildCli();
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
require(ENTRY)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
