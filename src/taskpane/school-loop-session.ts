import type { CollectResult } from "../app/collect";
import type { Lang } from "../domain/finding";
import type { WorkbookGateway } from "../app/workbook-gateway";
import type { MonitorSettings } from "../app/monitor-types";
import { decryptWithDefaultPassword } from "./web-decrypter";

/**
 * «Разослать школам», «Собрать ответы школ», «Отменить сбор», «Защитить ввод» (PRODUCT.md §6a)
 * over any workbook gateway: the file in memory on the web page, the open workbook in Excel.
 */
export interface SchoolLoopService {
  // `current`: the pane's settings as shown (the as-of date she set); else the saved ones.
  /** The copies as one .zip, and how many schools. */
  split(lang: Lang, current?: MonitorSettings): Promise<{ zip: Uint8Array; count: number }>;
  collect(
    files: readonly { name: string; bytes: Uint8Array }[],
    takeTheirs: boolean,
    lang: Lang,
    current?: MonitorSettings,
  ): Promise<CollectResult>;
  undo(lang: Lang, current?: MonitorSettings): Promise<number>;
  canUndo(): Promise<boolean>;
  /** How many cells got an input guard; api-not-supported where the front end cannot add validation. */
  protect(lang: Lang, current?: MonitorSettings): Promise<number>;
}

/**
 * Loaded on first use: the copies are rendered and the returned files read by the .xlsx
 * adapter, which the Excel pane's first bundle must not carry.
 */
async function loopModules() {
  const [split, collect, copy, returned, zip] = await Promise.all([
    import("../app/split"),
    import("../app/collect"),
    import("../adapters/xlsx/school-copy"),
    import("../adapters/xlsx/returned-copy"),
    import("../adapters/xlsx/zip-copies"),
  ]);
  return { ...split, ...collect, ...copy, ...returned, ...zip };
}

export function schoolLoopService(
  book: WorkbookGateway,
  settings: () => Promise<MonitorSettings>,
  now: () => Date,
  onChanged: () => void,
): SchoolLoopService {
  return {
    async split(lang, current) {
      const m = await loopModules();
      const result = await m.splitWorkbook(book, m.schoolCopyRenderer(), current ?? (await settings()), lang, now());
      // The master now carries its id in its state: worth downloading with the copies.
      onChanged();
      return { zip: m.zipCopies(result.files), count: result.files.length };
    },
    async collect(files, takeTheirs, lang, current) {
      const m = await loopModules();
      const copies = [];
      // A school's copy saved with Excel's default password opens as the master does.
      for (const f of files)
        copies.push(await m.readReturnedCopy(f.name, f.bytes, { decrypt: decryptWithDefaultPassword }));
      const result = await m.collectAnswers(book, copies, current ?? (await settings()), lang, now, { takeTheirs });
      if (result.applied) onChanged();
      return result;
    },
    async undo(lang, current) {
      const m = await loopModules();
      const n = await m.undoCollect(book, current ?? (await settings()), lang, now);
      if (n > 0) onChanged();
      return n;
    },
    async canUndo() {
      return (await loopModules()).canUndoCollect(book);
    },
    async protect(lang, current) {
      const { protectInput } = await import("../app/guards");
      const n = await protectInput(book, current ?? (await settings()), lang, now());
      if (n > 0) onChanged();
      return n;
    },
  };
}
