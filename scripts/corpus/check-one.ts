/**
 * One corpus file through the CLI check path, in its own process (scripts/corpus.ts runs it
 * with a time limit, so a hang is seen as one). Prints one JSON line: what the CLI did and
 * what the output is worth: every XML part well-formed, every untouched part
 * byte-identical, every value as in the input.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx, STATE_SHEET } from "../../src/adapters/xlsx";
import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { isEncryptedPackage } from "../../src/adapters/xlsx/open-xlsx";
import { scanXml } from "../../src/adapters/xlsx/xml-scan";
import { errorText } from "../../src/app/error-text";
import { MonitorError } from "../../src/app/workbook-gateway";
import { decryptWithDefaultPassword } from "../../src/adapters/xlsx/node-decrypt";
import { main } from "../../src/cli/main";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";

export interface CorpusResult {
  file: string;
  exit: number;
  /** MonitorError code of a refusal; "crash" for anything else. */
  code: string | null;
  message: string;
  /** A refusal left an output behind. */
  partial: boolean;
  output: boolean;
  /** XML parts of the output that are not well-formed, where the input's same part was. */
  badXml: string[];
  /** Parts the writer has no reason to touch that differ from the input. */
  changedUntouched: string[];
  /** Sheets whose values differ between input and output. */
  valueDiffs: string[];
  /** Time the CLI took (what the 10 s limit is about). */
  ms: number;
}

const XML_PART = /\.(xml|rels|vml)$/i;
/** Parts a check run may rewrite: workbook, styles, worksheets (paint), their notes, the package lists. */
const MAY_CHANGE =
  /(^\[Content_Types\]\.xml$|workbook[^/]*\.xml(\.rels)?$|styles[^/]*\.xml$|worksheets\/|comments[^/]*\.xml$|vmlDrawing[^/]*\.vml$|drawings\/vmlDrawing|_rels\/\.rels$)/i;

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const pkg = await OoxmlPackage.load(bytes);
  const out = new Map<string, Uint8Array>();
  for (const p of pkg.paths()) out.set(p, (await pkg.bytes(p))!);
  return out;
}

function wellFormed(bytes: Uint8Array): boolean {
  return scanXml(new TextDecoder().decode(bytes), {}).error === null;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function valueDiffs(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const diffs: string[] = [];
  // An empty cell is an empty cell whether or not the file has an element for it (painting
  // an empty cell writes one): trailing nulls and empty rows do not count.
  const key = (s: WorkbookSnapshot["sheets"][number]) => {
    const rows = s.rows.map((r) => {
      let n = r.length;
      while (n > 0 && r[n - 1] === null) n--;
      return r.slice(0, n);
    });
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return JSON.stringify(rows);
  };
  for (const sa of a.sheets) {
    if (sa.name.toLowerCase() === STATE_SHEET) continue;
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb || key(sa) !== key(sb)) diffs.push(sa.name);
  }
  return diffs;
}

/** `onCliDone` is told when the CLI has finished, before the (slower) checks of its output. */
export async function checkOne(file: string, onCliDone: () => void = () => undefined): Promise<CorpusResult> {
  const dir = mkdtempSync(join(tmpdir(), "kvm-corpus-"));
  const out = join(dir, "out.xlsx");
  const started = Date.now();
  const stderr: string[] = [];
  const result: CorpusResult = {
    file,
    exit: 0,
    code: null,
    message: "",
    partial: false,
    output: false,
    badXml: [],
    changedUntouched: [],
    valueDiffs: [],
    ms: 0,
  };
  try {
    result.exit = await main(["check", file, "--as-of", "2024-10-01", "--out", out, "--json", join(dir, "f.json")], {
      stdout: () => undefined,
      stderr: (s) => stderr.push(s),
      now: () => new Date("2024-10-01T09:00:00Z"),
    });
    result.ms = Date.now() - started;
    onCliDone();
    result.message = stderr.join("").split("\n")[0];
    const stored = new Uint8Array(readFileSync(file));
    // A file Excel opens with its default password is compared in its decrypted form.
    const input = isEncryptedPackage(stored) ? ((await decryptWithDefaultPassword(stored)) ?? stored) : stored;
    if (result.exit !== 0) {
      result.partial = readdirSync(dir).some((f) => f.endsWith(".xlsx") || f.endsWith(".tmp"));
      try {
        await (await openXlsx(stored, { decrypt: decryptWithDefaultPassword })).readSnapshot();
        result.code = "after-open";
      } catch (e) {
        result.code = e instanceof MonitorError && e.code !== "unknown" ? e.code : "crash";
        if (!(e instanceof MonitorError)) result.message = String((e as Error)?.stack ?? e);
      }
      // The CLI's sentence for an unexpected error (code "unknown"): a crash, whatever opening said.
      if (result.message === errorText(new MonitorError("unknown", {}), "ru")) {
        result.code = "crash";
        result.message = stderr.join("").split("\n").slice(0, 4).join(" / ");
      }
      return result;
    }
    result.output = existsSync(out);
    if (!result.output) return result;
    const output = new Uint8Array(readFileSync(out));
    const [pin, pout] = await Promise.all([parts(input), parts(output)]);
    for (const [name, bytes] of pout) {
      const before = pin.get(name);
      if (XML_PART.test(name) && !wellFormed(bytes) && (!before || wellFormed(before))) result.badXml.push(name);
      if (before && !MAY_CHANGE.test(name) && !same(before, bytes)) result.changedUntouched.push(name);
    }
    for (const name of pin.keys()) if (!pout.has(name)) result.changedUntouched.push(`${name} (lost)`);
    const [sin, sout] = await Promise.all([
      openXlsx(input).then((b) => b.readSnapshot()),
      openXlsx(output).then((b) => b.readSnapshot()),
    ]);
    result.valueDiffs = valueDiffs(sin, sout);
  } catch (e) {
    result.code = "crash";
    result.message = String((e as Error)?.stack ?? e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/**
 * As a worker: reads one file path per line from stdin and answers each with a JSON line.
 * One process serves many files (loading tsx and the modules costs more than most
 * workbooks); scripts/corpus.ts kills it when a file takes too long and starts another.
 */
if (require.main === module) {
  process.env.KVANTORIUM_DEBUG = "1";
  let buffer = "";
  let chain = Promise.resolve();
  process.stdin.on("data", (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const file of lines.filter(Boolean)) {
      chain = chain.then(async () => {
        const result = await checkOne(file, () => process.stdout.write("cli-done\n"));
        process.stdout.write(`${JSON.stringify(result)}\n`);
      });
    }
  });
  process.stdout.write("ready\n");
}
