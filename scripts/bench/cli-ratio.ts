/**
 * A quick re-measure of the whole CLI against LibreOffice's CSV conversion, the ratio issue
 * 8 targets, without the rest of npm run bench:
 *
 *   npx tsx scripts/bench/cli-ratio.ts [rounds] [bin]
 *
 * On the bench's generated 10,000-school file and the same file re-saved by LibreOffice:
 * paired rounds (CLI, then LibreOffice, on each file in turn), medians of the times and of
 * the per-round ratios, the CLI's peak memory and the size of the checked copy. `bin` is
 * the CLI script to time (default bin/kvantorium-monitor.js), so two builds can be compared
 * in the same run: pass several, separated by commas. Each run goes through GNU time, so
 * CPU time (user + system) is printed next to wall time: on a loaded machine it varies
 * far less.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { newXlsxWorkbook } from "../../src/adapters/xlsx";
import { syntheticWorkbook } from "./synthetic";

const ROOT = join(__dirname, "..", "..");
const AS_OF = "2024-10-01";
const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));

const TIME = "/usr/bin/time";

interface Run {
  wall: number;
  cpu: number;
  rssMiB: number;
}

/** A command under GNU time: wall and CPU seconds, peak memory. */
function timed(dir: string, cmd: string, args: string[]): Run {
  const file = join(dir, "time.txt");
  const r = spawnSync(TIME, ["-o", file, "-f", "%e %U %S %M", cmd, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    timeout: 900_000,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr?.toString().slice(0, 500)}`);
  const [wall, user, sys, rss] = readFileSync(file, "utf8").trim().split(/\s+/).slice(-4).map(Number);
  return { wall, cpu: user + sys, rssMiB: rss / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  if (!SOFFICE) throw new Error("LibreOffice is needed for the ratio: apt-get install libreoffice-calc");
  if (!existsSync(TIME)) throw new Error("GNU time is needed: apt-get install time");
  const rounds = Number(process.argv[2] ?? 3);
  const bins = (process.argv[3] ?? join(ROOT, "bin", "kvantorium-monitor.js")).split(",").map((b) => resolve(b));
  const dir = mkdtempSync(join(tmpdir(), "kvm-ratio-"));
  const profile = join(dir, "lo-profile");
  const lo = (format: string, input: string, outDir: string) =>
    timed(dir, SOFFICE, [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      input,
    ]);
  try {
    const book = newXlsxWorkbook();
    await book.createWorkbook(syntheticWorkbook(10_000, "typical"));
    const generated = join(dir, "schools-10000.xlsx");
    writeFileSync(generated, await book.toBytes());
    lo("xlsx", generated, join(dir, "resaved"));
    const resaved = join(dir, "resaved", readdirSync(join(dir, "resaved"))[0]);
    const files = [
      { label: "10,000 schools", path: generated },
      { label: "10,000 schools re-saved by LibreOffice", path: resaved },
    ];
    console.log(`${rounds} paired rounds, medians; load average ${loadavg()[0].toFixed(1)} at the start`);
    for (const file of files) {
      const los: Run[] = [];
      const runs = bins.map(() => [] as { run: Run; lo: Run; bytes: number }[]);
      for (let r = 0; r < rounds; r++) {
        const loRun = lo("csv", file.path, join(dir, "csv"));
        los.push(loRun);
        bins.forEach((bin, i) => {
          const out = join(dir, `out-${i}.xlsx`);
          const args = ["check", file.path, "--as-of", AS_OF, "--out", out, "--json", join(dir, "out.json")];
          runs[i].push({ run: timed(dir, process.execPath, [bin, ...args]), lo: loRun, bytes: statSync(out).size });
        });
      }
      const m = (xs: number[]) => median(xs).toFixed(2);
      console.log(
        `${file.label}: LibreOffice → CSV ${m(los.map((l) => l.wall))} s (CPU ${m(los.map((l) => l.cpu))} s)`,
      );
      bins.forEach((bin, i) => {
        const rs = runs[i];
        console.log(
          `  ${bin.replace(`${ROOT}/`, "")}: CLI ${m(rs.map((x) => x.run.wall))} s (CPU ${m(rs.map((x) => x.run.cpu))} s), ` +
            `CLI ÷ LibreOffice ${m(rs.map((x) => x.run.wall / x.lo.wall))}× (CPU ${m(rs.map((x) => x.run.cpu / x.lo.cpu))}×), ` +
            `peak ${median(rs.map((x) => x.run.rssMiB)).toFixed(0)} MiB, checked copy ${(rs[0].bytes / 1024).toFixed(0)} KiB`,
        );
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
