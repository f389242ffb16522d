import { ROLES, type LayoutOverrides, type Role } from "../detect/layout-types";

/** Excel's last column; a letter beyond it cannot be a column of the sheet. */
const MAX_COLUMN = 16384; // XFD

/** What the coordinator typed in a column box: empty = detect automatically. */
export type ColumnLetterParse = { ok: true; letters: string | null } | { ok: false };

/** "h" → "H", "" → null (automatic), "1" / "ABCD" / "ZZZ" → not a column. */
export function parseColumnLetters(text: string): ColumnLetterParse {
  const s = text.trim().toUpperCase();
  if (s === "") return { ok: true, letters: null };
  if (!/^[A-Z]{1,3}$/.test(s)) return { ok: false };
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMN ? { ok: true, letters: s } : { ok: false };
}

export interface MappingDraft {
  /** Sheet names as typed, by role (absent = not touched). */
  sheets: Partial<Record<Role, string>>;
  /** Column boxes as typed, by role and column key (absent = not touched). */
  columns: Partial<Record<Role, Record<string, string>>>;
}

export type MappingBuild =
  { ok: true; mapping: LayoutOverrides } | { ok: false; invalid: { role: Role; key: string }[] };

/**
 * The mapping to save: typed sheet names, and column letters typed now or saved before.
 * Untouched columns stay automatic, so detection keeps up with columns inserted later.
 * Saved letters belong to the sheet they were set on, so a role whose sheet changed keeps
 * only the letters typed now. `sheetBefore` is the sheet each role was on before editing.
 */
export function buildMapping(
  saved: LayoutOverrides | undefined,
  draft: MappingDraft,
  sheetBefore: (role: Role) => string | undefined,
): MappingBuild {
  const sheets: Partial<Record<Role, string>> = {};
  const columns: Partial<Record<Role, Record<string, string>>> = {};
  const invalid: { role: Role; key: string }[] = [];
  for (const role of ROLES) {
    const typedSheet = draft.sheets[role]?.trim();
    if (typedSheet) sheets[role] = typedSheet;
    const sheet = draft.sheets[role] !== undefined ? typedSheet : sheetBefore(role);
    if (!sheet) continue;
    const kept = sheet === sheetBefore(role) ? { ...saved?.columns?.[role] } : {};
    for (const [key, text] of Object.entries(draft.columns[role] ?? {})) {
      const parsed = parseColumnLetters(text);
      if (!parsed.ok) invalid.push({ role, key });
      else if (parsed.letters) kept[key] = parsed.letters;
      else delete kept[key];
    }
    if (Object.keys(kept).length > 0) columns[role] = kept;
  }
  if (invalid.length > 0) return { ok: false, invalid };
  const mapping: LayoutOverrides = { ...saved, sheets };
  if (Object.keys(columns).length > 0) mapping.columns = columns;
  else delete mapping.columns;
  return { ok: true, mapping };
}
