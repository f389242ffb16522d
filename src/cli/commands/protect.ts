import { masterGuards, protectInput } from "../../app/guards";
import { checkOptionsOf } from "../../app/monitor";
import { masterArea } from "../../app/school-area";
import { checkWorkbook } from "../../engine/check";
import { writeFileAtomic } from "../../adapters/xlsx/node-files";
import type { CliCommand } from "../command-types";
import { assertWritableTarget, openInput } from "../files";
import { XLSX_OUT } from "../option-values";
import { AS_OF, QUARTER_OPTION, WORKBOOK, settingsOf } from "./shared-options";

/**
 * `protect` («Защитить ввод», PRODUCT.md §6a): the school copies' data validation on the
 * school input cells of the master itself, for a workbook the schools co-author. Written to
 * a new file; cells the user already validates keep her rule, so a second run adds nothing.
 */
export const protectCommand: CliCommand = {
  name: "protect",
  summary: {
    ru: "защитить ввод: проверка данных на ячейках школ в самой книге",
    en: "guard input: data validation on the schools' cells of the workbook itself",
  },
  positionals: [WORKBOOK],
  options: {
    out: {
      value: XLSX_OUT,
      short: "o",
      required: true,
      help: { ru: "куда записать книгу с проверкой ввода", en: "where to write the guarded workbook" },
    },
    "as-of": AS_OF,
    quarter: QUARTER_OPTION,
  },
  example: {
    ru: "protect книга.xlsx --out книга-с-проверкой.xlsx",
    en: "protect book.xlsx --out guarded.xlsx",
  },
  async run(input, { io, lang }) {
    const [path] = input.positionals;
    const out = input.options.out as string;
    // Refused before any work, so a bad target leaves nothing behind.
    await assertWritableTarget(out, path);
    const book = await openInput(path);
    const settings = settingsOf(input);
    const cells = await protectInput(book, settings, lang, io.now());
    await writeFileAtomic(out, await book.toBytes(), { inputPath: path });
    const ru = lang === "ru";
    if (cells > 0) {
      io.stdout(
        ru
          ? `Проверка ввода добавлена, ячеек школ: ${cells}. Книга записана в ${out}.\n`
          : `Input guards added to ${cells} school cells. Workbook written to ${out}.\n`,
      );
      return;
    }
    // Nothing added: say whether the cells were guarded already or there are none to guard.
    const { context } = checkWorkbook(await book.readSnapshot(), checkOptionsOf(settings, lang, io.now()));
    const none = masterGuards(masterArea(context)).length === 0;
    io.stdout(
      none
        ? ru
          ? `В книге нет ячеек, которые заполняют школы (в реестре нет школ или не найдены столбцы шагов и показателей). Книга записана без изменений в ${out}.\n`
          : `The workbook has no cells the schools fill (no school in the registry, or no step or indicator columns found). Written unchanged to ${out}.\n`
        : ru
          ? `Новых проверок нет: у всех ячеек школ проверка ввода уже есть. Книга записана без изменений в ${out}.\n`
          : `Nothing new: every school cell already has validation. Written unchanged to ${out}.\n`,
    );
  },
};
