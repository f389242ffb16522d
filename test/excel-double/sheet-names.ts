import { DoubleExcelError } from "./errors";
import type { DoubleWorkbook, DoubleSheet } from "./model";

/**
 * Excel's rules for a sheet name («Rename a worksheet», support.microsoft.com): not blank, at most
 * 31 characters, none of : \ / ? * [ ], no apostrophe first or last, not «History» (reserved for
 * change tracking). Excel (and Graph) answer InvalidArgument.
 */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "is blank";
  if (name.length > 31) return "is longer than 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "contains one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "is reserved (History)";
  return null;
}

/**
 * Checks a name for a new sheet or a rename at sync: valid, and unique regardless of case —
 * Cyrillic case too («ЗАМЕЧАНИЯ» is «Замечания»).
 */
export function checkSheetName(book: DoubleWorkbook, name: string, self?: DoubleSheet): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new DoubleExcelError("InvalidArgument", `The sheet name '${name}' ${problem}.`);
  const other = book.find(name);
  if (other && other !== self) throw new DoubleExcelError("ItemAlreadyExists", `A sheet named '${other.name}' exists.`);
}
