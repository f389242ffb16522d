import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ChildRun {
  ms: number;
  /** Peak resident memory of the child, MiB (null when the child is not Node). */
  rssMiB: number | null;
  status: number | null;
}

/** Runs a Node script as a child process: wall time and the child's peak memory. */
export function nodeChild(script: string, args: string[], cwd: string): ChildRun {
  const rssFile = join(tmpdir(), `kvm-bench-rss-${process.pid}-${Date.now()}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", join(__dirname, "report-rss.js"), script, ...args], {
    cwd,
    env: { ...process.env, KVM_BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssMiB: number | null = null;
  try {
    rssMiB = Number(readFileSync(rssFile, "utf8")) / 1024;
    rmSync(rssFile);
  } catch {
    rssMiB = null;
  }
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed: ${r.stderr?.toString().slice(0, 500)}`);
  return { ms, rssMiB, status: r.status };
}

/** Any command as a child: wall time. */
export function commandChild(cmd: string, args: string[], timeoutMs = 600_000): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], timeout: timeoutMs });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr?.toString().slice(0, 500)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
