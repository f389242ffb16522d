import { randomBytes } from "node:crypto";
import { open, readFile, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { MonitorError } from "../../app/workbook-gateway";

/** Reads a file for openXlsx(); a missing or unreadable path is `file-not-found`. */
export async function readXlsxFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new MonitorError("file-not-found", { path }, e);
  }
}

/** Resolves symlinks where the file exists, so two spellings of one file compare equal. */
async function canonical(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * Writes the output next to its final place and renames it in, so a crash or a full disk
 * never leaves a half-written workbook. Refuses to overwrite the input (`output-is-input`).
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: { inputPath?: string } = {},
): Promise<void> {
  const target = await canonical(path);
  if (options.inputPath !== undefined && (await canonical(options.inputPath)) === target) {
    throw new MonitorError("output-is-input", { path });
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new MonitorError("output-not-writable", { path }, e);
  }
}
