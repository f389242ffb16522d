import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { malformed, xmlParts } from "../adapters/xlsx/tiny-package";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "kvantorium-monitor.js");
const SAMPLE = join(ROOT, "assets", "sample-monitoring.xlsx");
const run = promisify(execFile);

/** The package's bin as a user runs it: a child Node process, no tsx, no Jest transform. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

describe("the compiled CLI (bin/kvantorium-monitor.js → dist-cli/)", () => {
  it("needs no tsx at run time", () => {
    const bin = readFileSync(BIN, "utf8");
    expect(bin).not.toMatch(/(require|import)\(?\s*["']tsx/);
    expect(bin).toContain("dist-cli");
    // tsx runs the npm scripts only: a development tool, not something the CLI ships with.
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
  });

  it("checks the sample: exit 0, the JSON contract, a well-formed coloured copy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kvm-bin-"));
    const out = join(dir, "checked.xlsx");
    const json = join(dir, "findings.json");
    // The first run after a source change rebuilds dist-cli/, which takes a while on a busy machine.
    const r = await cli(["check", SAMPLE, "--as-of", "2024-10-01", "--out", out, "--json", json]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2024/);
    const data = JSON.parse(readFileSync(json, "utf8"));
    expect(Object.keys(data).sort()).toEqual(["asOf", "findings", "measures", "summary"]);
    expect(data.findings.length).toBeGreaterThan(0);
    const parts = await xmlParts(new Uint8Array(readFileSync(out)));
    expect(parts.size).toBeGreaterThan(5);
    expect(malformed(parts)).toEqual([]);
  }, 240_000);

  it("refuses a missing file with one line and exit 1", async () => {
    const r = await cli(["check", join(tmpdir(), "нет-такого-файла.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  }, 120_000);
});
