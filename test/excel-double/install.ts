import { makeIsSetSupported, makeRun } from "./excel-double";
import type { DoubleWorkbook } from "./model";

/**
 * Puts the double where Office.js would be: `globalThis.Excel` and `globalThis.Office`.
 * Framework-free, so the same code can be bundled into a browser page for e2e tests.
 * Returns a function that restores the previous globals.
 */
export function installExcelDouble(
  book: DoubleWorkbook,
  target: Record<string, unknown> = globalThis as never,
): () => void {
  const previous = { Excel: target.Excel, Office: target.Office };
  target.Excel = { run: makeRun(book) };
  target.Office = {
    context: {
      requirements: { isSetSupported: makeIsSetSupported(book) },
      displayLanguage: book.displayLanguage,
      platform: book.platform,
      officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", isDarkTheme: false },
    },
    HostType: { Excel: "Excel" },
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: book.platform };
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  return () => {
    target.Excel = previous.Excel;
    target.Office = previous.Office;
  };
}
