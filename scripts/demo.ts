/**
 * npm run demo: checks the bundled sample workbook as of a fixed date, writes the coloured
 * copy, the JSON findings and the quarterly report into out/ (git-ignored) and prints the
 * summary table — the same code paths as the CLI.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";

const ROOT = join(__dirname, "..");
const SAMPLE = join(ROOT, "assets", "sample-monitoring.xlsx");
const OUT = join(ROOT, "out");
const AS_OF = "2024-10-01";
const QUARTER = "2024-Q3";

async function demo(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const checked = join(OUT, "sample-checked.xlsx");
  const json = join(OUT, "sample-findings.json");
  const report = join(OUT, "sample-report.xlsx");
  const code1 = await main(["check", SAMPLE, "--as-of", AS_OF, "--quarter", QUARTER, "--out", checked, "--json", json]);
  const code2 = await main(["report", SAMPLE, "--quarter", QUARTER, "--as-of", AS_OF, "--out", report]);
  if (code1 === 0 && code2 === 0) {
    console.log(`\nГотово / Done:\n  ${checked}\n  ${json}\n  ${report}`);
  }
  return code1 || code2;
}

demo().then((code) => {
  process.exitCode = code;
});
