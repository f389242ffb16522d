import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { createMonitor } from "../app/monitor";
import { DEFAULT_SETTINGS, type MonitorSettings } from "../app/monitor-types";
import { errorText } from "../app/error-text";
import { MonitorError } from "../app/workbook-gateway";
import { openXlsx, newXlsxWorkbook } from "../adapters/xlsx";
import { readXlsxFile, writeFileAtomic } from "../adapters/xlsx/node-files";
import type { Lang } from "../domain/finding";
import { BUILTIN_ROADMAP } from "../domain/roadmap";
import { toJsonContract } from "../engine/json-contract";
import { parseCommand, type Command } from "./args";
import { runCollect } from "./collect-command";
import { runSplit } from "./split-command";
import { formatTable } from "./table";

/** The school loop's commands parse their own arguments (PRODUCT.md §6a). */
const SCHOOL_LOOP: Record<string, (argv: string[], io: Io) => Promise<void>> = { split: runSplit, collect: runCollect };

const HELP: Record<Lang, string> = {
  ru: `Кванториум-Монитор: проверка книги мониторинга Школьных Кванториумов.

  kvantorium-monitor check  <книга.xlsx> [--as-of ГГГГ-ММ-ДД] [--out проверено.xlsx] [--json замечания.json|-] [--quarter 2024-Q3] [--window 14] [--lang ru|en]
  kvantorium-monitor report <книга.xlsx> --quarter 2024-Q3 [--as-of ГГГГ-ММ-ДД] --out отчёт.xlsx
  kvantorium-monitor template --out новая.xlsx [--year 2024] [--force]
  kvantorium-monitor split    <книга.xlsx> --out-dir школы/ [--as-of ГГГГ-ММ-ДД] [--quarter 2024-Q3] [--password пароль] [--force]
  kvantorium-monitor collect  <книга.xlsx> <ответ.xlsx>… --out собрано.xlsx [--take-theirs] [--as-of ГГГГ-ММ-ДД]

Код выхода 0 — команда выполнена (что бы ни нашлось), 1 — выполнить не удалось.`,
  en: `Kvantorium Monitor: checks the School Kvantorium monitoring workbook.

  kvantorium-monitor check  <book.xlsx> [--as-of YYYY-MM-DD] [--out checked.xlsx] [--json findings.json|-] [--quarter 2024-Q3] [--window 14] [--lang ru|en]
  kvantorium-monitor report <book.xlsx> --quarter 2024-Q3 [--as-of YYYY-MM-DD] --out report.xlsx
  kvantorium-monitor template --out new.xlsx [--year 2024] [--force]
  kvantorium-monitor split    <book.xlsx> --out-dir schools/ [--as-of YYYY-MM-DD] [--quarter 2024-Q3] [--password pw] [--force]
  kvantorium-monitor collect  <book.xlsx> <returned.xlsx>… --out merged.xlsx [--take-theirs] [--as-of YYYY-MM-DD]

Exit code 0 when it ran (whatever it found), 1 when it could not.`,
};

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  now: () => Date;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  now: () => new Date(),
};

function settingsOf(cmd: { asOf?: string; quarter?: string; window?: number }): MonitorSettings {
  return {
    ...DEFAULT_SETTINGS,
    asOf: cmd.asOf ?? null,
    quarter: cmd.quarter ?? null,
    dueSoonDays: cmd.window ?? DEFAULT_SETTINGS.dueSoonDays,
  };
}

/** Writes JSON to a file atomically (or to stdout for "-"). */
async function writeJson(target: string, value: unknown, io: Io, inputPath: string): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (target === "-") io.stdout(text);
  else await writeFileAtomic(target, new TextEncoder().encode(text), { inputPath });
}

async function run(cmd: Exclude<Command, { name: "help" }>, io: Io): Promise<void> {
  if (cmd.name === "template") {
    await assertWritableTarget(cmd.out);
    // A typo in --out must not replace a filled-in workbook.
    if (!cmd.force && (await stat(cmd.out).catch(() => null))) {
      throw new MonitorError("output-not-writable", { path: cmd.out, exists: "true" });
    }
    const book = newXlsxWorkbook();
    await createMonitor(book, io.now).createTemplate(cmd.year ?? BUILTIN_ROADMAP.year, cmd.lang);
    await writeFileAtomic(cmd.out, await book.toBytes());
    io.stdout(cmd.lang === "ru" ? `Шаблон записан: ${cmd.out}\n` : `Template written: ${cmd.out}\n`);
    return;
  }
  await assertInputFile(cmd.input);
  const book = await openXlsx(await readXlsxFile(cmd.input)).catch((e: unknown) => {
    if (e instanceof MonitorError) e.details.path ??= cmd.input;
    throw e;
  });
  const monitor = createMonitor(book, io.now);
  const settings = settingsOf(cmd);
  if (cmd.name === "check") {
    // Refuse a bad output path before doing any work, so nothing partial is left behind.
    if (cmd.out) await assertWritableTarget(cmd.out, cmd.input);
    if (cmd.json && cmd.json !== "-") await assertWritableTarget(cmd.json, cmd.input);
    const result = await monitor.check(settings, cmd.lang);
    if (cmd.out) await writeFileAtomic(cmd.out, await book.toBytes(), { inputPath: cmd.input });
    if (cmd.json) await writeJson(cmd.json, toJsonContract(result), io, cmd.input);
    if (cmd.json !== "-") io.stdout(`${formatTable(result, cmd.lang)}\n`);
    return;
  }
  await assertWritableTarget(cmd.out, cmd.input);
  const { sheet, result } = await monitor.buildReport(settings, cmd.lang);
  await writeFileAtomic(cmd.out, await book.toBytes(), { inputPath: cmd.input });
  const s = result.summary;
  io.stdout(
    cmd.lang === "ru"
      ? `Отчёт «${sheet}» записан в ${cmd.out} (ошибок ${s.errors}, предупреждений ${s.warnings}).\n`
      : `Report “${sheet}” written to ${cmd.out} (${s.errors} errors, ${s.warnings} warnings).\n`,
  );
}

/**
 * Refuses an output before any work is done, so a bad target never leaves another output
 * half-written: not the input, and into a folder that exists.
 */
async function assertWritableTarget(out: string, input?: string): Promise<void> {
  if (input !== undefined && resolve(out) === resolve(input)) throw new MonitorError("output-is-input", { path: out });
  const dir = dirname(resolve(out));
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new MonitorError("output-not-writable", { path: out });
  const target = await stat(out).catch(() => null);
  if (target?.isDirectory()) throw new MonitorError("output-not-writable", { path: out });
}

/** A folder given as the workbook is "not an .xlsx", not "not found". */
async function assertInputFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new MonitorError("not-xlsx", { path });
}

/** The Node composition root: returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  // Known before parsing, so even an argument error is reported in the asked-for language.
  const langArg = argv.find((_, i) => argv[i - 1] === "--lang") ?? argv.find((a) => a.startsWith("--lang="))?.slice(7);
  let lang: Lang = langArg === "en" ? "en" : "ru";
  try {
    const loop = SCHOOL_LOOP[argv[0]];
    if (loop) {
      lang = argv.includes("--lang=en") || langArg === "en" ? "en" : "ru";
      await loop(argv.slice(1), io);
      return 0;
    }
    const cmd = parseCommand(argv);
    lang = cmd.lang;
    if (cmd.name === "help") {
      io.stdout(`${HELP[lang]}\n`);
      return 0;
    }
    await run(cmd, io);
    return 0;
  } catch (e) {
    const err = e instanceof MonitorError ? e : new MonitorError("unknown", {}, e);
    io.stderr(`${errorText(err, lang)}\n`);
    if (process.env.KVANTORIUM_DEBUG && err.code === "unknown") io.stderr(`${String((e as Error)?.stack ?? e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
