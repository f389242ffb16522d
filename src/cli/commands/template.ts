import { stat } from "node:fs/promises";
import { createMonitor } from "../../app/monitor";
import { newXlsxWorkbook } from "../../adapters/xlsx";
import { writeFileAtomic } from "../../adapters/xlsx/node-files";
import { MonitorError } from "../../app/workbook-gateway";
import { BUILTIN_ROADMAP } from "../../domain/roadmap";
import type { CliCommand } from "../command-types";
import { assertWritableTarget } from "../files";
import { XLSX_OUT, YEAR } from "../option-values";

export const templateCommand: CliCommand = {
  name: "template",
  summary: { ru: "создать пустую книгу мониторинга", en: "create an empty monitoring workbook" },
  positionals: [],
  options: {
    out: {
      value: XLSX_OUT,
      short: "o",
      required: true,
      help: { ru: "куда записать новую книгу", en: "where to write the new workbook" },
    },
    year: {
      value: YEAR,
      help: {
        ru: `год дорожной карты (по умолчанию ${BUILTIN_ROADMAP.year})`,
        en: `the roadmap year (default ${BUILTIN_ROADMAP.year})`,
      },
    },
    force: { help: { ru: "заменить существующий файл", en: "replace an existing file" } },
  },
  example: { ru: "template --out новая.xlsx --year 2025", en: "template --out new.xlsx --year 2025" },
  async run(input, { io, lang }) {
    const out = input.options.out as string;
    await assertWritableTarget(out);
    // A typo in --out must not replace a filled-in workbook.
    if (input.options.force !== true && (await stat(out).catch(() => null))) {
      throw new MonitorError("output-not-writable", { path: out, exists: "true" });
    }
    const book = newXlsxWorkbook();
    const year = typeof input.options.year === "number" ? input.options.year : BUILTIN_ROADMAP.year;
    await createMonitor(book, io.now).createTemplate(year, lang);
    await writeFileAtomic(out, await book.toBytes());
    io.stdout(lang === "ru" ? `Шаблон записан: ${out}\n` : `Template written: ${out}\n`);
  },
};
