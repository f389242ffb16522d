import type { CollectResult } from "../../app/collect";
import type { Lang } from "../../domain/finding";
import type { WorkbookGateway } from "../../app/workbook-gateway";
import type { MonitorSettings } from "../../app/monitor-types";

/** «Разослать школам», «Собрать ответы школ», «Отменить сбор» over the open file (PRODUCT.md §6a). */
export interface SchoolLoopService {
  /** The copies as one .zip, and how many schools. */
  split(lang: Lang): Promise<{ zip: Uint8Array; count: number }>;
  collect(
    files: readonly { name: string; bytes: Uint8Array }[],
    takeTheirs: boolean,
    lang: Lang,
  ): Promise<CollectResult>;
  undo(lang: Lang): Promise<number>;
  canUndo(): Promise<boolean>;
}

/** Loaded on first use, like the rest of the file adapter. */
async function loopModules() {
  const [split, collect, copy, returned, zip] = await Promise.all([
    import("../../app/split"),
    import("../../app/collect"),
    import("../../adapters/xlsx/school-copy"),
    import("../../adapters/xlsx/returned-copy"),
    import("../../adapters/xlsx/zip-copies"),
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
    async split(lang) {
      const m = await loopModules();
      const result = await m.splitWorkbook(book, m.schoolCopyRenderer(), await settings(), lang, now());
      // The master now carries its id in its state: worth downloading with the copies.
      onChanged();
      return { zip: m.zipCopies(result.files), count: result.files.length };
    },
    async collect(files, takeTheirs, lang) {
      const m = await loopModules();
      const copies = [];
      for (const f of files) copies.push(await m.readReturnedCopy(f.name, f.bytes));
      const result = await m.collectAnswers(book, copies, await settings(), lang, now, { takeTheirs });
      if (result.applied) onChanged();
      return result;
    },
    async undo(lang) {
      const m = await loopModules();
      const n = await m.undoCollect(book, await settings(), lang, now);
      if (n > 0) onChanged();
      return n;
    },
    async canUndo() {
      return (await loopModules()).canUndoCollect(book);
    },
  };
}
