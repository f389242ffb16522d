import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { splitWorkbook } from "../../app/split";
import { MonitorError } from "../../app/workbook-gateway";
import { schoolCopyRenderer } from "../../adapters/xlsx/school-copy";
import { formatRu } from "../../domain/iso-date";
import { pluralForm } from "../../i18n/plural";
import type { CliCommand } from "../command-types";
import { openInput } from "../files";
import { FOLDER, TEXT } from "../option-values";
import { AS_OF, QUARTER_OPTION, WORKBOOK, settingsOf } from "./shared-options";

const COPY = {
  ru: { one: "копия", few: "копии", many: "копий", other: "копии" },
  en: { one: "copy", other: "copies" },
};

/**
 * `split`: one workbook per registry school into a folder (PRODUCT.md §6a). The folder is
 * written whole next to its place and renamed in, so an interrupted run leaves no half of
 * the copies; a folder that already holds files is replaced only with --force.
 */
export const splitCommand: CliCommand = {
  name: "split",
  summary: {
    ru: "разослать школам: по книге на каждую школу реестра, с защитой ввода",
    en: "send to schools: one workbook per registry school, with input guards",
  },
  positionals: [WORKBOOK],
  options: {
    "out-dir": {
      value: FOLDER,
      required: true,
      help: { ru: "папка для копий школ", en: "the folder for the schools' copies" },
    },
    "as-of": AS_OF,
    quarter: QUARTER_OPTION,
    password: {
      value: TEXT,
      help: {
        ru: "пароль защиты листов (по умолчанию без пароля)",
        en: "a sheet protection password (none by default)",
      },
    },
    force: { help: { ru: "заменить непустую папку", en: "replace a folder that has files in it" } },
  },
  example: {
    ru: "split книга.xlsx --out-dir школы --as-of 01.10.2024",
    en: "split book.xlsx --out-dir schools --as-of 01.10.2024",
  },
  async run(input, { io, lang, progress }) {
    const [path] = input.positionals;
    const outDir = input.options["out-dir"] as string;
    const password = typeof input.options.password === "string" ? input.options.password : undefined;
    const target = resolve(outDir);
    const parent = dirname(target);
    if (!(await stat(parent).catch(() => null))?.isDirectory()) {
      throw new MonitorError("output-not-writable", { path: outDir });
    }
    const existing = await stat(target).catch(() => null);
    if (existing && !existing.isDirectory()) throw new MonitorError("output-not-writable", { path: outDir });
    if (existing && (await readdir(target)).length > 0 && input.options.force !== true) {
      throw new MonitorError("output-not-writable", { path: outDir, exists: "true" });
    }
    const book = await openInput(path);
    const settings = settingsOf(input);
    // A thousand schools take a while: a bar on a terminal says how far the copies are.
    const bar = await progress({ ru: "Копии для школ", en: "School copies" });
    let result: Awaited<ReturnType<typeof splitWorkbook>>;
    try {
      result = await splitWorkbook(book, schoolCopyRenderer({ password }), settings, lang, io.now(), (done, total) =>
        bar.update(done / total, `${done}/${total}`),
      );
      await writeFolder(target, result.files, outDir);
    } finally {
      bar.stop();
    }
    const n = result.files.length;
    const asOf = settings.asOf ?? io.now().toISOString().slice(0, 10);
    const q = result.quarter ? (lang === "ru" ? `, квартал ${result.quarter}` : `, quarter ${result.quarter}`) : "";
    io.stdout(
      lang === "ru"
        ? `Записано ${n} ${pluralForm(lang, n, COPY.ru)} для школ в папку ${outDir} (на ${formatRu(asOf)}${q}).\n`
        : `${n} school ${pluralForm(lang, n, COPY.en)} written to ${outDir} (as of ${formatRu(asOf)}${q}).\n`,
    );
    for (const f of result.files) io.stdout(`  ${f.fileName}\n`);
  },
};

async function writeFolder(
  target: string,
  files: { fileName: string; bytes: Uint8Array }[],
  shown: string,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const existing = await stat(target).catch(() => null);
  try {
    await mkdir(temp);
    for (const f of files) {
      const handle = await open(join(temp, f.fileName), "wx");
      try {
        await handle.writeFile(f.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    if (existing) {
      const old = `${temp}.old`;
      await rename(target, old);
      await rename(temp, target);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, target);
    }
  } catch (e) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw new MonitorError("output-not-writable", { path: shown }, e);
  }
}
