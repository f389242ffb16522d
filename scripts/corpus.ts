/**
 * npm run corpus -- <folder> [--jobs 2] [--report results.tsv]
 *
 * Runs every .xlsx/.xlsm of a folder (recursively) through the CLI check path with --out,
 * each given 10 s of CPU time in a child process (one worker process serves many files and is replaced
 * when one outlives its limit), and prints the counts issue 8 asks
 * for: opened, refused (by code), crashes, hangs, partial outputs, outputs whose every XML
 * part parses, untouched parts byte-identical, values unchanged. Figures, not pass/fail.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { CorpusResult } from "./corpus/check-one";

const LIMIT_MS = 10_000;
/**
 * On a machine shared by many processes the wall clock says little about a workbook: the
 * limit is on the CPU time the worker spends on it (Linux /proc), with a wall-clock cap
 * six times as long for anything that waits without computing. Without /proc the limit is
 * on the wall clock.
 */
const WALL_CAP = 6;
/** Loading tsx and the modules is not the workbook's time; it gets its own, generous limit. */
const STARTUP_MS = 60_000;
const VERIFY_MS = 120_000;

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return files(p);
      return /\.xls[xm]$/i.test(name) ? [p] : [];
    });
}

type Outcome = CorpusResult | { file: string; hang: true; ms: number } | { file: string; died: string };

/** CPU time (user + system) a process has used, in ms, or null where /proc is not there. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // Fields 14 and 15 of stat (utime, stime), in clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Calls `onLimit` when the process has spent `limit` ms of CPU time (or wall time, see WALL_CAP) from now. */
function watch(pid: number | undefined, limit: number, onLimit: () => void): () => void {
  const cpu0 = cpuMs(pid);
  const wall0 = Date.now();
  const timer = setInterval(() => {
    const cpu = cpuMs(pid);
    const wall = Date.now() - wall0;
    const over = cpu0 === null || cpu === null ? wall > limit : cpu - cpu0 > limit || wall > limit * WALL_CAP;
    if (over) {
      clearInterval(timer);
      onLimit();
    }
  }, 250);
  return () => clearInterval(timer);
}

/** A child process that checks one file at a time; replaced when a file outlives its limit. */
class Worker {
  private child = this.start();
  private ready: Promise<void> = Promise.resolve();
  private pending: ((line: string | null) => void) | null = null;
  private onCliDone: (() => void) | null = null;
  private out = "";
  private err = "";

  private start() {
    const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "corpus", "check-one.ts")], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.out = "";
    this.err = "";
    this.ready = new Promise((resolveReady) => {
      child.stdout.on("data", (d: Buffer) => {
        this.out += d.toString();
        if (this.out.startsWith("ready\n")) {
          this.out = this.out.slice(6);
          resolveReady();
        }
        for (let nl = this.out.indexOf("\n"); nl >= 0 && this.pending; nl = this.out.indexOf("\n")) {
          const line = this.out.slice(0, nl);
          this.out = this.out.slice(nl + 1);
          if (line === "cli-done") {
            this.onCliDone?.();
            continue;
          }
          const p = this.pending;
          this.pending = null;
          p(line);
        }
      });
    });
    child.stderr.on("data", (d: Buffer) => (this.err = (this.err + d.toString()).slice(-2000)));
    child.on("close", () => {
      const p = this.pending;
      this.pending = null;
      p?.(null);
    });
    return child;
  }

  async run(file: string): Promise<Outcome> {
    let startup: NodeJS.Timeout | undefined;
    await Promise.race([this.ready, new Promise((r) => (startup = setTimeout(r, STARTUP_MS)))]);
    clearTimeout(startup);
    const started = Date.now();
    const line = await new Promise<string | null | "hang">((done) => {
      let stop = watch(this.child.pid, LIMIT_MS, () => done("hang"));
      // The CLI is done within its limit; re-reading and comparing its output gets more time.
      this.onCliDone = () => {
        stop();
        stop = watch(this.child.pid, VERIFY_MS, () => done("hang"));
      };
      this.pending = (l) => {
        stop();
        done(l);
      };
      this.child.stdin.write(`${file}\n`);
    });
    if (line === "hang" || line === null) {
      this.onCliDone = null;
      const died = line === null ? this.err.trim().split("\n").slice(-3).join(" / ") : "";
      this.pending = null;
      this.child.kill("SIGKILL");
      this.child = this.start();
      return line === "hang" ? { file, hang: true, ms: Date.now() - started } : { file, died };
    }
    return JSON.parse(line) as CorpusResult;
  }

  stop(): void {
    this.child.stdin.end();
  }
}

async function main(argv: string[]): Promise<void> {
  const folder = argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  if (!folder) {
    process.stderr.write("usage: npm run corpus -- <folder> [--jobs 2] [--report results.tsv]\n");
    process.exitCode = 1;
    return;
  }
  const opt = (name: string) => argv[argv.indexOf(name) + 1];
  const jobs = argv.includes("--jobs") ? Number(opt("--jobs")) : 2;
  const list = files(resolve(folder));
  const results: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, jobs) }, async () => {
      const worker = new Worker();
      while (next < list.length) {
        const file = list[next++];
        results.push(await worker.run(file));
        if (results.length % 50 === 0) process.stderr.write(`${results.length}/${list.length}\n`);
      }
      worker.stop();
    }),
  );
  const done = results.filter((r): r is CorpusResult => "exit" in r);
  const hangs = results.filter((r) => "hang" in r);
  const died = results.filter((r) => "died" in r);
  const opened = done.filter((r) => r.exit === 0);
  const refused = done.filter((r) => r.exit !== 0 && r.code !== "crash");
  const crashes = done.filter((r) => r.code === "crash");
  const byCode = new Map<string, number>();
  for (const r of refused) byCode.set(r.code ?? "?", (byCode.get(r.code ?? "?") ?? 0) + 1);
  const outputs = opened.filter((r) => r.output);
  const lines = [
    `files                         ${list.length}`,
    `opened (exit 0)               ${opened.length}`,
    `refused                       ${refused.length}${[...byCode].map(([c, n]) => `  ${c}: ${n}`).join("")}`,
    `crashes                       ${crashes.length + died.length}`,
    `hangs (> ${LIMIT_MS / 1000} s of CPU)          ${hangs.length}`,
    `partial outputs               ${done.filter((r) => r.partial).length}`,
    `outputs written               ${outputs.length}`,
    `  every XML part parses       ${outputs.filter((r) => r.badXml.length === 0).length}`,
    `  untouched parts identical   ${outputs.filter((r) => r.changedUntouched.length === 0).length}`,
    `  values unchanged            ${outputs.filter((r) => r.valueDiffs.length === 0).length}`,
  ];
  process.stdout.write(`\n${lines.join("\n")}\n`);
  const rel = (f: string) => relative(resolve(folder), f);
  for (const r of [...crashes, ...died, ...hangs]) {
    const why = "hang" in r ? "hang" : "died" in r ? r.died : r.message.split("\n").slice(0, 3).join(" / ");
    process.stdout.write(`  ! ${rel(r.file)}: ${why}\n`);
  }
  for (const r of outputs.filter((o) => o.badXml.length || o.changedUntouched.length || o.valueDiffs.length)) {
    process.stdout.write(
      `  ~ ${rel(r.file)}: bad xml [${r.badXml.join(", ")}] changed [${r.changedUntouched.join(", ")}] values [${r.valueDiffs.join(", ")}]\n`,
    );
  }
  const report = argv.includes("--report") ? opt("--report") : null;
  if (report) {
    const rows = results.map((r) =>
      [
        rel(r.file),
        "hang" in r ? "hang" : "died" in r ? "crash" : r.exit === 0 ? "opened" : r.code,
        "exit" in r ? r.message.split("\n")[0] : "died" in r ? r.died : "",
        "exit" in r || "hang" in r ? r.ms : "",
      ].join("\t"),
    );
    writeFileSync(report, `file\toutcome\tmessage\tms\n${rows.join("\n")}\n`);
  }
}

void main(process.argv.slice(2));
