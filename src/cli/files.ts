import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { openXlsx, type XlsxWorkbook } from "../adapters/xlsx";
import { decryptWithDefaultPassword } from "../adapters/xlsx/node-decrypt";
import { readXlsxFile } from "../adapters/xlsx/node-files";
import { MonitorError } from "../app/workbook-gateway";
import { releaseMemory } from "./release-memory";

/**
 * Refuses an output before any work is done, so a bad target never leaves another output
 * half-written: not the input, and into a folder that exists.
 */
export async function assertWritableTarget(out: string, input?: string): Promise<void> {
  if (input !== undefined && resolve(out) === resolve(input)) throw new MonitorError("output-is-input", { path: out });
  const dir = dirname(resolve(out));
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new MonitorError("output-not-writable", { path: out });
  const target = await stat(out).catch(() => null);
  if (target?.isDirectory()) throw new MonitorError("output-not-writable", { path: out, folder: "true" });
}

/** Opens the input workbook; a folder is told apart from a file that is not a workbook. */
export async function openInput(path: string): Promise<XlsxWorkbook> {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) throw new MonitorError("not-xlsx", { path, folder: "true" });
  // Excel opens files encrypted with its default password without asking; so does the CLI.
  return openXlsx(await readXlsxFile(path), { decrypt: decryptWithDefaultPassword, releaseMemory }).catch(
    (e: unknown) => {
      if (e instanceof MonitorError) e.details.path ??= path;
      throw e;
    },
  );
}

export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}
