#!/usr/bin/env node
// Runs the compiled CLI in dist-cli/ (plain JavaScript, no tsx at run time). `npm ci` and
// `npm install` build it through "prepare"; a checkout whose sources changed since (a git
// pull, an edit) is rebuilt once here, so `npx kvantorium-monitor` never runs stale code.
const { buildCli, isStale, ENTRY } = require("../scripts/build-cli.js");

if (isStale()) {
  try {
    buildCli();
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
