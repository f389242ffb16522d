import { isLetter, isLetterOrDigit } from "./letters";

/**
 * A valid table name derived from the model's, unique among `taken` (lower-case names of
 * every table in the workbook: Excel's table names share one namespace per workbook).
 * Letters, digits, "_" and "." stay; a name that starts otherwise gets "_" in front; a name
 * that reads as a cell reference (A1, R1C1) gets "_" after.
 */
export function tableName(wanted: string, taken: ReadonlySet<string>): string {
  let base = Array.from(wanted, (c) => (isLetterOrDigit(c) || c === "_" || c === "." ? c : "_")).join("");
  if (!(base !== "" && (isLetter(base.charAt(0)) || base.charAt(0) === "_"))) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `${base}_`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
