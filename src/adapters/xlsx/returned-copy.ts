import { OWNED_KEY, parseOwned } from "../../app/owned-sheets";
import type { ReturnedCopy } from "../../app/collect-plan";
import { COPY_MARK_KEY, parseMark } from "../../app/school-copy-mark";
import { MonitorError } from "../../app/workbook-gateway";
import { type OpenOptions, openXlsx } from "./xlsx-workbook";

/**
 * Opens a file a school sent back. A file that is not a readable .xlsx (encrypted, corrupt,
 * another format) becomes a ReturnedCopy with the error code: a line in the collect log,
 * never a stop for the other files. `options.decrypt` opens one saved with Excel's default
 * password, as the master opens.
 */
export async function readReturnedCopy(
  file: string,
  bytes: Uint8Array,
  options: OpenOptions = {},
): Promise<ReturnedCopy> {
  try {
    const book = await openXlsx(bytes, options);
    const snapshot = await book.readSnapshot();
    const mark = parseMark(await book.loadState(COPY_MARK_KEY));
    const owned = parseOwned(await book.loadState(OWNED_KEY));
    return { file, snapshot, mark, owned };
  } catch (e) {
    const code = e instanceof MonitorError ? e.code : "corrupt";
    return { file, snapshot: null, mark: null, error: code };
  }
}
