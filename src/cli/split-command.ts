import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DEFAULT_SETTINGS } from "../app/monitor-types";
import { splitWorkbook } from "../app/split";
import { MonitorError } from "../app/workbook-gateway";
import { openXlsx } from "../adapters/xlsx";
import { readXlsxFile } from "../adapters/xlsx/node-files";
import { renderSchoolCopy } from "../adapters/xlsx/school-copy";
import { formatRu } from "../domain/iso-date";
import { plural } from "./plural";
import { parseSplitArgs } from "./school-loop-args";
import type { Io } from "./main";

/**
 * `split`: one workbook per registry school into a folder. The folder is written whole
 * next to its place and renamed in, so an interrupted run leaves no half of the copies;
 * an existing folder with files in it is replaced only with --force.
 */
export async function runSplit(argv: string[], io: Io): Promise<void> {
  const args = parseSplitArgs(argv);
  const target = resolve(args.outDir);
  const parent = dirname(target);
  if (!(await stat(parent).catch(() => null))?.isDirectory()) {
    throw new MonitorError("output-not-writable", { path: args.outDir });
  }
  const existing = await stat(target).catch(() => null);
  if (existing && !existing.isDirectory()) throw new MonitorError("output-not-writable", { path: args.outDir });
  if (existing && (await readdir(target)).length > 0 && !args.force) {
    throw new MonitorError("output-not-writable", { path: args.outDir, exists: "true" });
  }
  const book = await openXlsx(await readXlsxFile(args.input)).catch((e: unknown) => {
    if (e instanceof MonitorError) e.details.path ??= args.input;
    throw e;
  });
  const settings = { ...DEFAULT_SETTINGS, asOf: args.asOf ?? null, quarter: args.quarter ?? null };
  const result = await splitWorkbook(
    book,
    (plan) => renderSchoolCopy(plan, { password: args.password }),
    settings,
    args.lang,
    io.now(),
  );

  const temp = join(parent, `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(temp);
    for (const f of result.files) {
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
    throw new MonitorError("output-not-writable", { path: args.outDir }, e);
  }
  const n = result.files.length;
  const asOf = args.asOf ?? io.now().toISOString().slice(0, 10);
  io.stdout(
    args.lang === "ru"
      ? `Записано ${n} ${plural(n, "копия", "копии", "копий")} для школ в папку ${args.outDir} (на ${formatRu(asOf)}${result.quarter ? `, квартал ${result.quarter}` : ""}).\n`
      : `${n} school ${n === 1 ? "copy" : "copies"} written to ${args.outDir} (as of ${formatRu(asOf)}${result.quarter ? `, quarter ${result.quarter}` : ""}).\n`,
  );
  for (const f of result.files) io.stdout(`  ${f.fileName}\n`);
}
