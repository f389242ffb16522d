import { createMonitor } from "../../app/monitor";
import { writeFileAtomic } from "../../adapters/xlsx/node-files";
import type { CliCommand } from "../command-types";
import { assertWritableTarget, openInput } from "../files";
import { XLSX_OUT } from "../option-values";
import { monitorProgress } from "../progress";
import { countText } from "../../i18n/plural";
import { AS_OF, QUARTER_OPTION, WINDOW, WORKBOOK, settingsOf } from "./shared-options";

export const reportCommand: CliCommand = {
  name: "report",
  summary: {
    ru: "сформировать квартальный отчёт в новый файл",
    en: "build the quarterly report into a new file",
  },
  positionals: [WORKBOOK],
  options: {
    quarter: QUARTER_OPTION,
    "as-of": AS_OF,
    out: {
      value: XLSX_OUT,
      short: "o",
      required: true,
      help: { ru: "куда записать книгу с отчётом", en: "where to write the workbook with the report" },
    },
    window: WINDOW,
  },
  example: {
    ru: "report книга.xlsx --quarter 2024-Q3 --out отчёт.xlsx",
    en: "report book.xlsx --quarter 2024-Q3 --out report.xlsx",
  },
  async run(input, { io, lang, progress }) {
    const [path] = input.positionals;
    const out = input.options.out as string;
    const book = await openInput(path);
    await assertWritableTarget(out, path);
    const bar = await progress({ ru: "Отчёт", en: "Report" });
    try {
      const { sheet, result } = await createMonitor(book, io.now).buildReport(
        settingsOf(input),
        lang,
        monitorProgress(bar, lang),
      );
      await writeFileAtomic(out, await book.toBytes(), { inputPath: path });
      bar.stop();
      const s = result.summary;
      const counts = `${countText(lang, s.errors, "error")}, ${countText(lang, s.warnings, "warning")}`;
      io.stdout(
        lang === "ru"
          ? `Отчёт «${sheet}» записан в ${out} (${counts}).\n`
          : `Report “${sheet}” written to ${out} (${counts}).\n`,
      );
    } finally {
      bar.stop();
    }
  },
};
