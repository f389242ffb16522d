import { createMonitor } from "../../app/monitor";
import { writeFileAtomic } from "../../adapters/xlsx/node-files";
import { releaseMemory } from "../release-memory";
import { toJsonContract } from "../../engine/json-contract";
import type { CliCommand } from "../command-types";
import { assertWritableTarget, openInput, samePath } from "../files";
import { JSON_OUT, XLSX_OUT } from "../option-values";
import { monitorProgress } from "../progress";
import { formatTable } from "../table";
import { UsageError } from "../usage-error";
import { AS_OF, QUARTER_OPTION, WINDOW, WORKBOOK, settingsOf } from "./shared-options";

async function writeJson(target: string, value: unknown, inputPath: string): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await writeFileAtomic(target, new TextEncoder().encode(text), { inputPath });
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: {
    ru: "проверить книгу: таблица замечаний, раскрашенная копия, JSON",
    en: "check a workbook: a table of findings, a coloured copy, JSON",
  },
  positionals: [WORKBOOK],
  options: {
    "as-of": AS_OF,
    out: { value: XLSX_OUT, short: "o", help: { ru: "записать раскрашенную копию", en: "write a coloured copy" } },
    json: {
      value: JSON_OUT,
      help: { ru: "записать замечания в JSON (- — в вывод)", en: "write the findings as JSON (- for stdout)" },
    },
    quarter: QUARTER_OPTION,
    window: WINDOW,
  },
  example: {
    ru: "check книга.xlsx --as-of 01.10.2024 --out проверено.xlsx",
    en: "check book.xlsx --as-of 01.10.2024 --out checked.xlsx",
  },
  async run(input, { io, lang, progress }) {
    const [path] = input.positionals;
    const out = input.options.out as string | undefined;
    const json = input.options.json as string | undefined;
    if (out !== undefined && json !== undefined && json !== "-" && samePath(out, json))
      throw new UsageError("same-output", { command: "check", what: "--json", value: json });
    const book = await openInput(path);
    // Refuse a bad output path before doing any work, so nothing partial is left behind.
    if (out) await assertWritableTarget(out, path);
    if (json && json !== "-") await assertWritableTarget(json, path);
    const bar = await progress({ ru: "Проверка", en: "Checking" });
    try {
      const result = await createMonitor(book, io.now).check(settingsOf(input), lang, monitorProgress(bar, lang));
      releaseMemory();
      if (out) await writeFileAtomic(out, await book.toBytes(), { inputPath: path });
      // The bar is erased before anything reaches stdout.
      bar.stop();
      if (json === "-") io.stdout(`${JSON.stringify(toJsonContract(result), null, 2)}\n`);
      else if (json) await writeJson(json, toJsonContract(result), path);
      if (json !== "-") io.stdout(`${formatTable(result, lang)}\n`);
    } finally {
      bar.stop();
    }
  },
};
