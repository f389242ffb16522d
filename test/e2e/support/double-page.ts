import { DoubleWorkbook, installExcelDouble, validationAt } from "../../excel-double";
import type { DoubleValue } from "../../excel-double/model";

/** One sheet of the workbook the double starts with: values and number formats by row. */
export interface DoubleSheetData {
  name: string;
  rows: (DoubleValue | null)[][];
  formats: (string | null)[][];
}

/**
 * Browser entry bundled for the Office-path tests (never part of the add-in build): puts the
 * Excel double where office.js would put Office and Excel, before the page's scripts run.
 */
function installDoublePage(sheets: DoubleSheetData[], options: { platform?: string; apiVersion?: number } = {}): void {
  const book = new DoubleWorkbook({ displayLanguage: "ru-RU", apiVersion: options.apiVersion });
  if (options.platform) book.platform = options.platform;
  for (const data of sheets) {
    const sheet = book.addSheet(
      data.name,
      data.rows.map((row) => Array.from(row, (v) => v ?? "")),
    );
    data.formats.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f && f !== "General") sheet.cellAt(r, c).numberFormat = f;
      }),
    );
  }
  installExcelDouble(book);
  (globalThis as Record<string, unknown>).__kvmBook = book;
  // The validation of a cell, for tests of «Защитить ввод» (kept beside the model, not on it).
  (globalThis as Record<string, unknown>).__kvmValidationAt = (sheet: string, address: string) =>
    validationAt(book.sheet(sheet), address) ?? null;
}

(globalThis as Record<string, unknown>).__kvmInstallDouble = installDoublePage;
