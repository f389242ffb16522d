import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { MonitorError } from "../app/workbook-gateway";
import type { Lang } from "../domain/finding";
import { isValidIso } from "../domain/iso-date";

export type Command =
  | {
      name: "check";
      input: string;
      asOf?: string;
      out?: string;
      json?: string;
      lang: Lang;
      quarter?: string;
      window?: number;
    }
  | { name: "report"; input: string; asOf?: string; out: string; lang: Lang; quarter?: string; window?: number }
  | { name: "template"; out: string; year?: number; lang: Lang; force: boolean }
  | { name: "help"; lang: Lang };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^\d{4}-Q[1-4]$/i;

function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

function bad(what: string): never {
  throw new MonitorError("bad-argument", { what });
}

/** Parses argv (without node and script) into a command; bad input is a MonitorError, not a crash. */
export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        "as-of": { type: "string" },
        out: { type: "string", short: "o" },
        json: { type: "string" },
        lang: { type: "string" },
        quarter: { type: "string", short: "q" },
        year: { type: "string" },
        force: { type: "boolean" },
        window: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    // Node's own wording is English: name just the offending option, the sentence is ours.
    const m = /'([^']+)'/.exec((e as Error).message);
    bad(m ? m[1] : argv.join(" "));
  }
  const v = parsed.values;
  const lang: Lang = v.lang === "en" ? "en" : "ru";
  if (v.lang !== undefined && v.lang !== "ru" && v.lang !== "en") bad(`--lang ${v.lang}`);
  const [name, input, ...rest] = parsed.positionals;
  if (v.help || !name || name === "help") return { name: "help", lang };
  if (rest.length) bad(rest.join(" "));
  if (v["as-of"] !== undefined && !(ISO.test(v["as-of"]) && isValidIso(v["as-of"]))) bad(`--as-of ${v["as-of"]}`);
  if (v.quarter !== undefined && !QUARTER.test(v.quarter)) bad(`--quarter ${v.quarter}`);
  const window = v.window !== undefined ? Number(v.window) : undefined;
  if (window !== undefined && !(Number.isInteger(window) && window >= 0 && window <= 365)) bad(`--window ${v.window}`);
  const quarter = v.quarter?.toUpperCase();
  switch (name) {
    case "check":
      if (!input) bad("<in.xlsx>");
      if (v.out !== undefined && v.json !== undefined && v.json !== "-" && samePath(v.out, v.json))
        bad(`--json ${v.json}`);
      return { name, input, asOf: v["as-of"], out: v.out, json: v.json, lang, quarter, window };
    case "report":
      if (!input) bad("<in.xlsx>");
      if (!v.out) bad("--out");
      return { name, input, asOf: v["as-of"], out: v.out, lang, quarter, window };
    case "template": {
      if (!v.out) bad("--out");
      const year = v.year !== undefined ? Number(v.year) : undefined;
      if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) bad(`--year ${v.year}`);
      return { name, out: v.out, year, lang, force: v.force === true };
    }
    default:
      return bad(name);
  }
}
