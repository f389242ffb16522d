#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx kvantorium-monitor` works in a
// checkout right after `npm install`, with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
