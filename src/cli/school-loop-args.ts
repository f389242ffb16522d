import { parseArgs, type ParseArgsConfig } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;
import { MonitorError } from "../app/workbook-gateway";
import type { Lang } from "../domain/finding";
import { isValidIso } from "../domain/iso-date";

export interface SplitArgs {
  input: string;
  outDir: string;
  asOf?: string;
  quarter?: string;
  password?: string;
  force: boolean;
  lang: Lang;
}

export interface CollectArgs {
  input: string;
  returned: string[];
  out: string;
  asOf?: string;
  quarter?: string;
  takeTheirs: boolean;
  lang: Lang;
}

function bad(what: string): never {
  throw new MonitorError("bad-argument", { what });
}

const RU_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** ГГГГ-ММ-ДД or ДД.ММ.ГГГГ (PRODUCT.md §6). */
function isoArg(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const m = RU_DATE.exec(v);
  const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : v;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isValidIso(iso)) bad(`--as-of ${v}`);
  return iso;
}

function quarterArg(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-Q[1-4]$/i.test(v)) bad(`--quarter ${v}`);
  return v.toUpperCase();
}

function parse(argv: string[], options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    const m = /'([^']+)'/.exec((e as Error).message);
    return bad(m ? m[1] : argv.join(" "));
  }
}

function langOf(v: unknown): Lang {
  if (v !== undefined && v !== "ru" && v !== "en") bad(`--lang ${String(v)}`);
  return v === "en" ? "en" : "ru";
}

/** `split <master.xlsx> --out-dir schools/ [--as-of …] [--quarter …] [--password …] [--force]` */
export function parseSplitArgs(argv: string[]): SplitArgs {
  const { values: v, positionals } = parse(argv, {
    "out-dir": { type: "string" },
    "as-of": { type: "string" },
    quarter: { type: "string", short: "q" },
    password: { type: "string" },
    force: { type: "boolean" },
    lang: { type: "string" },
  });
  const lang = langOf(v.lang);
  const [input, ...rest] = positionals;
  if (!input) bad("<master.xlsx>");
  if (rest.length) bad(rest.join(" "));
  if (typeof v["out-dir"] !== "string" || !v["out-dir"]) bad("--out-dir");
  return {
    input,
    outDir: v["out-dir"],
    asOf: isoArg(v["as-of"] as string | undefined),
    quarter: quarterArg(v.quarter as string | undefined),
    password: v.password as string | undefined,
    force: v.force === true,
    lang,
  };
}

/** `collect <master.xlsx> <returned.xlsx>… --out merged.xlsx [--take-theirs] [--as-of …]` */
export function parseCollectArgs(argv: string[]): CollectArgs {
  const { values: v, positionals } = parse(argv, {
    out: { type: "string", short: "o" },
    "take-theirs": { type: "boolean" },
    "as-of": { type: "string" },
    quarter: { type: "string", short: "q" },
    lang: { type: "string" },
  });
  const lang = langOf(v.lang);
  const [input, ...returned] = positionals;
  if (!input) bad("<master.xlsx>");
  if (returned.length === 0) bad("<returned.xlsx>");
  if (typeof v.out !== "string" || !v.out) bad("--out");
  return {
    input,
    returned,
    out: v.out,
    asOf: isoArg(v["as-of"] as string | undefined),
    quarter: quarterArg(v.quarter as string | undefined),
    takeTheirs: v["take-theirs"] === true,
    lang,
  };
}
