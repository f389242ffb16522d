import { newXlsxWorkbook, openXlsx } from "../../src/adapters/xlsx";
import { readReturnedCopy } from "../../src/adapters/xlsx/returned-copy";
import { schoolCopyRenderer } from "../../src/adapters/xlsx/school-copy";
import { collectAnswers } from "../../src/app/collect";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import { splitWorkbook } from "../../src/app/split";
import { syntheticWorkbook } from "./synthetic";

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * «Разослать школам» and «Собрать ответы школ» for a synthetic master of `schools` schools:
 * split into one .xlsx per school, then collect every copy back (unchanged: the diff still
 * compares every input cell and every row hash).
 */
export async function schoolLoopBench(schools = 1_000): Promise<void> {
  const book = newXlsxWorkbook();
  await book.createWorkbook(syntheticWorkbook(schools, "typical"));
  const master = await openXlsx(await book.toBytes());
  const settings = { ...DEFAULT_SETTINGS, asOf: "2024-10-01", quarter: "2024-Q3" };
  let t = process.hrtime.bigint();
  const { files } = await splitWorkbook(master, schoolCopyRenderer(), settings, "ru", new Date());
  const splitMs = ms(t);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  t = process.hrtime.bigint();
  const copies = [];
  for (const f of files) copies.push(await readReturnedCopy(f.fileName, f.bytes));
  const readMs = ms(t);
  t = process.hrtime.bigint();
  const result = await collectAnswers(master, copies, settings, "ru", () => new Date(), { takeTheirs: false });
  const collectMs = ms(t);
  const taken = result.files.filter((f) => f.status === "taken" || f.status === "nothing-new").length;
  console.log(
    `\nSchool loop, ${schools.toLocaleString("en")} schools: split ${splitMs.toFixed(0)} ms ` +
      `(${(splitMs / files.length).toFixed(1)} ms per copy, ${(bytes / 1024 / 1024).toFixed(1)} MiB in all); ` +
      `collect: opening the copies ${readMs.toFixed(0)} ms, diff + write + fresh check ${collectMs.toFixed(0)} ms ` +
      `(${taken} of ${files.length} files taken).`,
  );
}
