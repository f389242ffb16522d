/**
 * A quick re-measure of the read side (npm run bench is the full table): for each file given,
 * in paired rounds, the inflate-and-scan yardstick against our openXlsx (CPU times), then the compiled
 * CLI `check --out --json` as a child with its peak memory. Run: tsx scripts/bench/read-probe.ts FILE…
 */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeChild } from "./child";
import { compiled } from "./compiled";
import { inflateAndScan } from "./yardstick";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "kvantorium-monitor.js");
const ROUNDS = Number(process.env.KVM_BENCH_ROUNDS ?? 3);
const CLI = process.env.KVM_PROBE_CLI !== "0";

/** CPU milliseconds since `t` (user + system): on a shared machine steadier than the wall clock. */
const ms = (t: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  // The compiled reader, as the CLI runs it (built first if the sources changed), with Node's zlib.
  nodeChild(BIN, ["--help"], ROOT);
  const { openXlsx, useNodeZlib } = compiled();
  useNodeZlib();
  for (const path of process.argv.slice(2)) {
    const bytes = new Uint8Array(readFileSync(path));
    const yard: number[] = [];
    const read: number[] = [];
    const ratio: number[] = [];
    const cli: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let t = process.cpuUsage();
      inflateAndScan(bytes);
      yard.push(ms(t));
      t = process.cpuUsage();
      await openXlsx(bytes);
      read.push(ms(t));
      ratio.push(read[i] / yard[i]);
      if (CLI) {
        const out = join(tmpdir(), `kvm-probe-${process.pid}`);
        const run = nodeChild(
          BIN,
          ["check", path, "--as-of", "2024-10-01", "--out", `${out}.xlsx`, "--json", `${out}.json`],
          ROOT,
        );
        rmSync(`${out}.xlsx`, { force: true });
        rmSync(`${out}.json`, { force: true });
        cli.push(run.ms);
        rss.push(run.rssMiB ?? NaN);
      }
    }
    const f = (x: number) => `${(x / 1000).toFixed(2)} s`;
    console.log(
      `${path}: yardstick ${f(median(yard))}, read ${f(median(read))} (${median(ratio).toFixed(1)}×)` +
        (CLI ? `, CLI ${f(median(cli))}, CLI peak ${median(rss).toFixed(0)} MiB` : ""),
    );
  }
}

void main();
