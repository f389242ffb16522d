import type { CellValue } from "../domain/snapshot";

/** State key of the mark a school copy carries (PRODUCT.md §6a). */
export const COPY_MARK_KEY = "kvm.school-copy";
/** State key of the master's own id, saved the first time it is split. */
export const MASTER_ID_KEY = "kvm.master-id";

/** One sheet of a school copy and where its rows came from in the master. */
export interface CopySheetMark {
  /** Sheet name in the copy. */
  sheet: string;
  /** Sheet name in the master. */
  master: string;
  role: "roadmap" | "registry" | "steps" | "indicators" | "indicatorRules";
  /** Last header row (0-based): rows after it are the school's data rows. */
  headerRow?: number;
  /** Copy row i came from master row rows[i]; −1 is a row the school may add (appended on collect). */
  rows: number[];
  /** Columns the school fills (same column in copy and master). */
  inputs: number[];
  /** Hash of every other cell of copy row i as written, so collect sees what the school changed. */
  hashes: string[];
  /** Indicators: school and period columns of added rows. */
  schoolCol?: number;
  periodCol?: number;
}

export interface CopyMark {
  v: 1;
  /** Id of the master the copy was made from (null when it had none). */
  master: string | null;
  school: string;
  schoolKey: string;
  /** Reporting quarter key at the time of the split ("2024-Q3"). */
  quarter: string | null;
  /** ISO date of the split. */
  made: string;
  sheets: CopySheetMark[];
}

export function encodeMark(mark: CopyMark): string {
  return JSON.stringify(mark);
}

/** Total: a missing or damaged mark is null (the copy is then matched by the school's name). */
export function parseMark(text: string | null | undefined): CopyMark | null {
  if (!text) return null;
  try {
    const m = JSON.parse(text) as Partial<CopyMark>;
    if (m.v !== 1 || typeof m.school !== "string" || typeof m.schoolKey !== "string" || !Array.isArray(m.sheets)) {
      return null;
    }
    const sheets = m.sheets.filter(
      (s): s is CopySheetMark =>
        !!s &&
        typeof s.sheet === "string" &&
        typeof s.master === "string" &&
        Array.isArray(s.rows) &&
        Array.isArray(s.inputs) &&
        Array.isArray(s.hashes),
    );
    return {
      v: 1,
      master: typeof m.master === "string" ? m.master : null,
      school: m.school,
      schoolKey: m.schoolKey,
      quarter: typeof m.quarter === "string" ? m.quarter : null,
      made: typeof m.made === "string" ? m.made : "",
      sheets,
    };
  } catch {
    return null;
  }
}

/**
 * A short hash of a row's cells (value and number format) outside the input columns.
 * Numbers are compared to 12 significant digits: another program may write 0.1 as
 * 0.10000000000000001 when it saves.
 */
export function rowHash(
  values: readonly CellValue[] | undefined,
  formats: readonly (string | null | undefined)[] | undefined,
  skip: ReadonlySet<number>,
): string {
  let h = 0x811c9dc5;
  const n = Math.max(values?.length ?? 0, 0);
  for (let c = 0; c < n; c++) {
    if (skip.has(c)) continue;
    const v = values?.[c];
    if (v === null || v === undefined || (typeof v === "string" && v === "")) continue;
    const text = `${c}:${valueText(v)}|${normalFormat(formats?.[c])};`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(36);
}

export function valueText(v: CellValue): string {
  if (typeof v === "number") return `n${Number(v.toPrecision(12))}`;
  if (typeof v === "boolean") return `b${v ? 1 : 0}`;
  return `s${String(v)}`;
}

/** Formats other programs spell differently but mean the same («General» / «GENERAL», dd.mm.yyyy / DD.MM.YYYY). */
export function normalFormat(f: string | null | undefined): string {
  const t = (f ?? "").trim();
  return t === "" || /^general$/i.test(t) ? "" : t.toUpperCase().replace(/\\/g, "").replace(/;@$/, "");
}
