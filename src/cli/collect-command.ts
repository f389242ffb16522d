import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { collectAnswers } from "../app/collect";
import type { FileLog, ReturnedCopy } from "../app/collect-plan";
import { fileSummary } from "../app/collect-sheet";
import { errorText } from "../app/error-text";
import { DEFAULT_SETTINGS } from "../app/monitor-types";
import { MonitorError } from "../app/workbook-gateway";
import { openXlsx } from "../adapters/xlsx";
import { readXlsxFile, writeFileAtomic } from "../adapters/xlsx/node-files";
import { readReturnedCopy } from "../adapters/xlsx/returned-copy";
import type { Lang } from "../domain/finding";
import type { Io } from "./main";
import { parseCollectArgs } from "./school-loop-args";

/**
 * `collect`: takes the schools' answers from the returned copies into a new file (the
 * master itself is never overwritten, so running again from it is the undo). One line
 * per file says what happened; no usable file means exit 1 and no output.
 */
export async function runCollect(argv: string[], io: Io): Promise<void> {
  const args = parseCollectArgs(argv);
  const out = resolve(args.out);
  if (out === resolve(args.input) || args.returned.some((r) => resolve(r) === out)) {
    throw new MonitorError("output-is-input", { path: args.out });
  }
  if (
    !(await stat(dirname(out)).catch(() => null))?.isDirectory() ||
    (await stat(out).catch(() => null))?.isDirectory()
  ) {
    throw new MonitorError("output-not-writable", { path: args.out });
  }
  const book = await openXlsx(await readXlsxFile(args.input)).catch((e: unknown) => {
    if (e instanceof MonitorError) e.details.path ??= args.input;
    throw e;
  });
  const copies: ReturnedCopy[] = [];
  for (const path of args.returned) {
    const bytes = await readXlsxFile(path).catch(() => null);
    copies.push(
      bytes ? await readReturnedCopy(path, bytes) : { file: path, snapshot: null, mark: null, error: "file-not-found" },
    );
  }
  const reason = (log: FileLog) =>
    errorText(new MonitorError(log.error ?? "corrupt", { path: basename(log.file) }), args.lang);
  const settings = { ...DEFAULT_SETTINGS, asOf: args.asOf ?? null, quarter: args.quarter ?? null };
  const result = await collectAnswers(
    book,
    copies,
    settings,
    args.lang,
    io.now,
    { takeTheirs: args.takeTheirs },
    reason,
  );
  for (const log of result.files) io.stdout(`${logLine(log, args.lang, reason)}\n`);
  if (!result.applied) throw new MonitorError("collect-nothing");
  await writeFileAtomic(args.out, await book.toBytes(), { inputPath: args.input });
  const s = result.check!.summary;
  io.stdout(
    args.lang === "ru"
      ? `Книга со сбором записана в ${args.out}: лист «${result.sheet}», после проверки ошибок ${s.errors}, предупреждений ${s.warnings}.\n`
      : `Workbook written to ${args.out}: sheet “${result.sheet}”, after the check ${s.errors} errors, ${s.warnings} warnings.\n`,
  );
}

function logLine(log: FileLog, lang: Lang, reason: (log: FileLog) => string): string {
  const who = log.school ? ` — ${log.school}` : "";
  const lines = [`${basename(log.file)}${who}: ${fileSummary(log, lang, reason)}`];
  for (const c of log.conflicts) {
    lines.push(
      lang === "ru"
        ? `  конфликт ${c.sheet}!${c.cell}: в книге «${c.masterText}», у школы «${c.schoolText}» (оставлено; --take-theirs, чтобы взять значение школы)`
        : `  conflict ${c.sheet}!${c.cell}: workbook “${c.masterText}”, school “${c.schoolText}” (kept; --take-theirs takes the school's value)`,
    );
  }
  for (const g of log.ignored) {
    lines.push(
      lang === "ru"
        ? `  не перенесено ${g.sheet}${g.cell ? `!${g.cell}` : ""} (${g.kind === "new-sheet" ? "новый лист" : g.kind === "format" ? "изменён формат" : g.kind === "missing-sheet" ? "лист удалён" : "вне ячеек школы"})`
        : `  not taken ${g.sheet}${g.cell ? `!${g.cell}` : ""} (${g.kind})`,
    );
  }
  return lines.join("\n");
}
