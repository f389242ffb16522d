import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { collectAnswers } from "../../app/collect";
import type { FileLog, ReturnedCopy } from "../../app/collect-plan";
import { fileSummary } from "../../app/collect-sheet";
import { errorText } from "../../app/error-text";
import { MonitorError } from "../../app/workbook-gateway";
import { readXlsxFile, writeFileAtomic } from "../../adapters/xlsx/node-files";
import { decryptWithDefaultPassword } from "../../adapters/xlsx/node-decrypt";
import { readReturnedCopy } from "../../adapters/xlsx/returned-copy";
import type { Lang } from "../../domain/finding";
import { countText } from "../../i18n/plural";
import type { CliCommand } from "../command-types";
import { openInput } from "../files";
import { XLSX_OUT } from "../option-values";
import { AS_OF, QUARTER_OPTION, WORKBOOK, settingsOf } from "./shared-options";

/**
 * `collect`: takes the schools' answers from the returned copies into a new file (the
 * master is never overwritten, so running again from it is the undo). One line per file
 * says what happened; when no file can be taken the run fails and writes nothing.
 */
export const collectCommand: CliCommand = {
  name: "collect",
  summary: {
    ru: "собрать ответы школ из присланных копий в новый файл",
    en: "collect the schools' answers from their returned copies into a new file",
  },
  positionals: [
    WORKBOOK,
    {
      name: { ru: "ответ.xlsx", en: "returned.xlsx" },
      missing: { ru: "Не указаны файлы, присланные школами", en: "The files the schools sent back are missing" },
      many: true,
    },
  ],
  options: {
    out: {
      value: XLSX_OUT,
      short: "o",
      required: true,
      help: { ru: "куда записать книгу со сбором", en: "where to write the collected workbook" },
    },
    "take-theirs": {
      help: {
        ru: "при конфликте взять значение школы (по умолчанию остаётся значение книги)",
        en: "in a conflict take the school's value (by default the workbook's stays)",
      },
    },
    "as-of": AS_OF,
    quarter: QUARTER_OPTION,
  },
  example: {
    ru: "collect книга.xlsx ответы/*.xlsx --out собрано.xlsx",
    en: "collect book.xlsx answers/*.xlsx --out merged.xlsx",
  },
  async run(input, { io, lang }) {
    const [path, ...returned] = input.positionals;
    const out = input.options.out as string;
    const target = resolve(out);
    if (target === resolve(path) || returned.some((r) => resolve(r) === target)) {
      throw new MonitorError("output-is-input", { path: out });
    }
    const parent = await stat(dirname(target)).catch(() => null);
    if (!parent?.isDirectory() || (await stat(target).catch(() => null))?.isDirectory()) {
      throw new MonitorError("output-not-writable", { path: out });
    }
    const book = await openInput(path);
    const copies: ReturnedCopy[] = [];
    for (const file of returned) {
      const bytes = await readXlsxFile(file).catch(() => null);
      copies.push(
        bytes
          ? await readReturnedCopy(file, bytes, { decrypt: decryptWithDefaultPassword })
          : { file, snapshot: null, mark: null, error: "file-not-found" },
      );
    }
    const reason = (log: FileLog) =>
      errorText(new MonitorError(log.error ?? "corrupt", { path: basename(log.file) }), lang);
    const takeTheirs = input.options["take-theirs"] === true;
    const result = await collectAnswers(book, copies, settingsOf(input), lang, io.now, { takeTheirs }, reason);
    for (const log of result.files) io.stdout(`${logLine(log, lang, reason)}\n`);
    if (!result.applied) throw new MonitorError("collect-nothing");
    await writeFileAtomic(out, await book.toBytes(), { inputPath: path });
    const s = result.check!.summary;
    const counts = `${countText(lang, s.errors, "error")}, ${countText(lang, s.warnings, "warning")}`;
    io.stdout(
      lang === "ru"
        ? `Книга со сбором записана в ${out}: лист «${result.sheet}», после проверки ${counts}.\n`
        : `Workbook written to ${out}: sheet “${result.sheet}”, after the check ${counts}.\n`,
    );
  },
};

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
