import { parseArgs, type ParseArgsConfig } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import type { Lang } from "../domain/finding";
import type { CliCommand, CommandInput } from "./command-types";
import { UsageError } from "./usage-error";

export type ParsedCommandLine =
  | { kind: "run"; command: CliCommand; input: CommandInput }
  | { kind: "help"; command?: CliCommand; lang: Lang; /** No arguments at all: help is the error. */ asError: boolean };

/** Known before parsing, so even a usage error is told in the asked-for language. */
export function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return raw === "en" ? "en" : "ru";
}

/** The nearest name within a couple of typos («chek» → «check»), or none. */
export function suggest(typed: string, names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  const best = closest(typed, names as string[]);
  return distance(typed, best) <= Math.max(1, Math.min(2, Math.floor(best.length / 3))) ? best : undefined;
}

const GLOBAL_OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parses argv (without node and script) against the command table; a usage error is a UsageError. */
export function parseCommandLine(argv: string[], commands: readonly CliCommand[]): ParsedCommandLine {
  const lang = langOf(argv);
  if (argv.length === 0) return { kind: "help", lang, asError: true };
  // The command is the first word that is neither an option nor an option's value.
  const valued = new Set(["--lang", ...commands.flatMap((c) => valueOptionNames(c))]);
  const at = argv.findIndex((a, i) => !a.startsWith("-") && !valued.has(argv[i - 1]));
  const wantsHelp = argv.includes("--help") || argv.includes("-h");
  if (at < 0) {
    if (wantsHelp) return { kind: "help", lang, asError: false };
    return { kind: "help", lang, asError: true };
  }
  const name = argv[at];
  if (name === "help") {
    const about = commands.find((c) => c.name === argv[at + 1]);
    return { kind: "help", command: about, lang, asError: false };
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    throw new UsageError("unknown-command", {
      what: name,
      suggestion: suggest(
        name,
        commands.map((c) => c.name),
      ),
    });
  }
  if (wantsHelp) return { kind: "help", command, lang, asError: false };
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  return { kind: "run", command, input: parseFor(command, rest, lang) };
}

function valueOptionNames(c: CliCommand): string[] {
  return Object.entries(c.options).flatMap(([name, o]) =>
    o.value ? [`--${name}`, ...(o.short ? [`-${o.short}`] : [])] : [],
  );
}

function parseFor(command: CliCommand, args: string[], lang: Lang): CommandInput {
  const options: NonNullable<ParseArgsConfig["options"]> = { ...GLOBAL_OPTIONS };
  for (const [name, o] of Object.entries(command.options)) {
    options[name] = { type: o.value ? "string" : "boolean", ...(o.short ? { short: o.short } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw optionError(command, e as Error & { code?: string }, Object.keys(options));
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.lang !== undefined && v.lang !== "ru" && v.lang !== "en") {
    throw new UsageError("bad-value", {
      command: command.name,
      what: "--lang",
      value: String(v.lang),
      expected: { ru: "укажите ru или en", en: "give ru or en" },
    });
  }
  const values: CommandInput["options"] = {};
  for (const [name, o] of Object.entries(command.options)) {
    const raw = v[name];
    if (raw === undefined) {
      if (o.required) throw new UsageError("missing-option", { command: command.name, what: `--${name}` });
      continue;
    }
    if (!o.value) {
      values[name] = raw === true;
      continue;
    }
    const result = o.value.parse(String(raw));
    if (!result.ok) {
      throw new UsageError("bad-value", {
        command: command.name,
        what: `--${name}`,
        value: String(raw),
        expected: result.expected,
      });
    }
    values[name] = result.value;
  }
  const positionals = parsed.positionals;
  const wanted = command.positionals;
  const takesMany = wanted.at(-1)?.many === true;
  if (positionals.length < wanted.length) {
    throw new UsageError("missing-argument", { command: command.name, what: wanted[positionals.length].missing[lang] });
  }
  if (!takesMany && positionals.length > wanted.length) {
    throw new UsageError("extra-argument", { command: command.name, value: positionals[wanted.length] });
  }
  return { positionals, options: values, lang };
}

/** Node's parseArgs speaks English: keep only the option it names, the sentence is ours. */
function optionError(command: CliCommand, e: Error & { code?: string }, known: string[]): UsageError {
  // "Option '-o, --out <value>' argument missing" names both spellings: keep the long one.
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
  const option = /--[^\s,=<]+/.exec(quoted)?.[0] ?? /-[^\s,=<]+/.exec(quoted)?.[0] ?? "";
  if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new UsageError("missing-value", { command: command.name, what: option });
  }
  const bare = option.replace(/^-+/, "").replace(/=.*$/, "");
  const near = option.startsWith("--") ? suggest(bare, known) : undefined;
  return new UsageError("unknown-option", {
    command: command.name,
    what: option || e.message,
    suggestion: near ? `--${near}` : undefined,
  });
}
