import { serialToIso } from "../domain/excel-serial";
import { cellValue, type WorkbookSnapshot } from "../domain/snapshot";
import { schoolKey } from "../domain/text";
import type { SheetLayout } from "../detect/layout-types";
import type { School } from "./context";
import { isDataRow, textAt } from "./data-rows";

/** «2024», «2024 г.», or a date cell (the Kvantorium's opening day) → 2024. */
function yearOf(v: unknown): number | null {
  if (typeof v === "number" && v > 2100) {
    const iso = serialToIso(v);
    return iso ? Number(iso.slice(0, 4)) : null;
  }
  // (?:^|\D) rather than a lookbehind, which EdgeHTML and Safari before 16.4 reject.
  const m = /(?:^|\D)(20\d{2}|19\d{2})(?!\d)/.exec(String(v ?? ""));
  return m ? Number(m[1]) : null;
}

/** Error values («#N/A») and TRUE/FALSE in the school column are not school names. */
function isSchoolName(v: unknown, text: string): boolean {
  return typeof v === "string" && text !== "" && !/^#[A-ZА-Я/0!?]+[!?]?$/i.test(text);
}

/** Reads the registry: one school per data row with a name. */
export function buildSchools(snapshot: WorkbookSnapshot, layout: SheetLayout | undefined): School[] {
  if (!layout || layout.columns.school === undefined) return [];
  const sheet = snapshot.sheets.find((s) => s.name === layout.sheet);
  if (!sheet) return [];
  const c = layout.columns;
  const out: School[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    if (!isDataRow(sheet, r, layout)) continue;
    const name = textAt(sheet, r, c.school);
    if (!isSchoolName(cellValue(sheet, r, c.school), name)) continue;
    out.push({
      name,
      key: schoolKey(name),
      municipality: textAt(sheet, r, c.municipality),
      sheet: sheet.name,
      row: r,
      col: c.school,
      creationYear: c.creationYear !== undefined ? yearOf(cellValue(sheet, r, c.creationYear)) : null,
    });
  }
  return out;
}

export function indexSchools(schools: School[]): Map<string, School[]> {
  const map = new Map<string, School[]>();
  for (const s of schools) {
    const list = map.get(s.key);
    if (list) list.push(s);
    else map.set(s.key, [s]);
  }
  return map;
}

/** The year most schools' Kvantoriums are created, for regional template deadlines. */
export function commonCreationYear(schools: School[]): number | null {
  const counts = new Map<number, number>();
  for (const s of schools) if (s.creationYear) counts.set(s.creationYear, (counts.get(s.creationYear) ?? 0) + 1);
  let best: number | null = null;
  let n = 0;
  for (const [y, k] of counts) if (k > n) [best, n] = [y, k];
  return best;
}
