import { parseA1 } from "../domain/cell-address";
import { colCount, type SheetSnapshot, type WorkbookSnapshot } from "../domain/snapshot";
import { normalizeText } from "../domain/text";
import { matchColumns, stepNumberOf } from "./header-match";
import { HEADER_SCAN_ROWS, headerTexts, isNumberingRow, usedRowCount } from "./header-rows";
import { ROLES, type Layout, type LayoutOverrides, type Role, type SheetLayout } from "./layout-types";
import { COLUMN_SPECS, SHEET_NAME_SYNONYMS } from "./synonyms";

/** Sheets the add-in writes itself are never read as input. */
export const OWN_SHEET_PATTERNS = [/^замечания$/i, /^отч[её]т \d кв\. \d{4}( — .+)?$/i, /^_kvantorium/i, /^issues$/i];

export function isOwnSheet(name: string): boolean {
  return OWN_SHEET_PATTERNS.some((p) => p.test(name.trim()));
}

interface HeaderGuess {
  headerRow: number;
  columns: Map<string, number>;
  steps: Map<string, number>;
  score: number;
}

/** Finds the row that reads most like this role's header. */
export function guessHeader(sheet: SheetSnapshot, role: Role, itemNumbers: ReadonlySet<string>): HeaderGuess | null {
  const specs = COLUMN_SPECS[role];
  const width = colCount(sheet);
  const last = Math.min(usedRowCount(sheet), HEADER_SCAN_ROWS);
  let best: HeaderGuess | null = null;
  for (let r = 0; r < last; r++) {
    const texts = headerTexts(sheet, r, width);
    const columns = matchColumns(texts, specs);
    const steps = new Map<string, number>();
    if (role === "steps" || role === "registry") {
      texts.forEach((t, col) => {
        for (const text of t) {
          const n = text ? stepNumberOf(text) : null;
          if (n && itemNumbers.has(n) && !steps.has(n) && ![...columns.values()].includes(col)) {
            steps.set(n, col);
            break;
          }
        }
      });
    }
    const requiredHit = specs.filter((s) => s.required && columns.has(s.key)).length;
    if (requiredHit === 0) continue;
    let score = columns.size + 2 * requiredHit;
    // A merged group header above the step columns must not beat the row naming them.
    if (role === "steps") score += steps.size * 2;
    else if (role === "registry") score += steps.size;
    if (columns.size + steps.size < 2) continue;
    // On a tie the lower of two adjacent rows wins: multi-row headers name columns at the bottom.
    const better = !best || score > best.score || (score === best.score && r === best.headerRow + 1);
    if (better) best = { headerRow: r, columns, steps, score };
  }
  return best;
}

function isEmptyRow(sheet: SheetSnapshot, row: number): boolean {
  return !(sheet.rows[row] ?? []).some((v) => v !== null && !(typeof v === "string" && v.trim() === ""));
}

function nameScore(sheetName: string, role: Role): number {
  const n = ` ${normalizeText(sheetName).replace(/[_.-]+/g, " ")} `;
  let best = 0;
  for (const syn of SHEET_NAME_SYNONYMS[role]) if (n.includes(` ${syn} `)) best = Math.max(best, syn.length);
  return best;
}

function toLayout(sheet: SheetSnapshot, role: Role, guess: HeaderGuess | null): SheetLayout {
  const headerRow = guess?.headerRow ?? 0;
  // Headers merged over several rows end at the merge's bottom; a «1 2 3 …» row may follow.
  let bottom = headerRow;
  for (const m of sheet.merges ?? [])
    if (m.top <= headerRow && m.bottom > bottom && m.bottom - headerRow < 5) bottom = m.bottom;
  let first = bottom + 1;
  // Without merge information (older Excel APIs) a merged header leaves empty rows below it.
  const used = usedRowCount(sheet);
  while (first < used && first <= bottom + 3 && isEmptyRow(sheet, first)) first++;
  if (isNumberingRow(sheet, first)) first++;
  const layout: SheetLayout = {
    role,
    sheet: sheet.name,
    headerRow,
    firstDataRow: first,
    lastDataRow: Math.max(first - 1, usedRowCount(sheet) - 1),
    columns: Object.fromEntries(guess?.columns ?? []),
  };
  if (guess && guess.steps.size > 0) layout.stepColumns = Object.fromEntries(guess.steps);
  return layout;
}

/** Indicator columns are every header cell of the indicators sheet not taken by a known column. */
function indicatorColumns(sheet: SheetSnapshot, layout: SheetLayout): Record<string, number> {
  const used = new Set(Object.values(layout.columns));
  const texts = headerTexts(sheet, layout.headerRow, colCount(sheet));
  const out: Record<string, number> = {};
  texts.forEach((t, col) => {
    const text = t[0];
    if (!text || used.has(col) || /^№/.test(text.trim())) return;
    if (!(text in out)) out[text] = col;
  });
  return out;
}

function applyColumnOverrides(layout: SheetLayout, overrides: Record<string, string> | undefined): void {
  if (!overrides) return;
  for (const [key, letters] of Object.entries(overrides)) {
    const pos = parseA1(`${letters}1`);
    if (!pos) continue;
    if (layout.stepColumns && key.startsWith("step:")) layout.stepColumns[key.slice(5)] = pos.col;
    else layout.columns[key] = pos.col;
  }
}

/**
 * Finds each role's sheet and columns: the hand-made mapping first, then sheet names,
 * then header content. The registry may double as the school-steps sheet.
 */
export function detectLayout(
  snapshot: WorkbookSnapshot,
  itemNumbers: ReadonlySet<string>,
  overrides: LayoutOverrides = {},
): Layout {
  const candidates = snapshot.sheets.filter((s) => (s.visibility ?? "visible") === "visible" && !isOwnSheet(s.name));
  const layout: Layout = {};
  const taken = new Set<string>();
  // Most specific roles first: «Правила показателей» also contains «показател».
  const order: Role[] = ["indicatorRules", "steps", "indicators", "registry", "roadmap"];

  const assign = (role: Role, sheet: SheetSnapshot) => {
    const guess = guessHeader(sheet, role, itemNumbers);
    const l = toLayout(sheet, role, guess);
    if (role === "indicators") l.indicatorColumns = indicatorColumns(sheet, l);
    applyColumnOverrides(l, overrides.columns?.[role]);
    layout[role] = l;
    taken.add(sheet.name);
  };

  for (const role of ROLES) {
    const name = overrides.sheets?.[role];
    const sheet = name ? candidates.find((s) => s.name === name) : undefined;
    if (sheet) assign(role, sheet);
  }
  for (const role of order) {
    if (layout[role]) continue;
    let best: { sheet: SheetSnapshot; score: number } | null = null;
    for (const s of candidates) {
      if (taken.has(s.name)) continue;
      const score = nameScore(s.name, role);
      if (score > 0 && (!best || score > best.score)) best = { sheet: s, score };
    }
    if (best) assign(role, best.sheet);
  }
  // Unnamed sheets: recognise by headers alone.
  for (const role of order) {
    if (layout[role]) continue;
    let best: { sheet: SheetSnapshot; score: number } | null = null;
    for (const s of candidates) {
      if (taken.has(s.name)) continue;
      const g = guessHeader(s, role, itemNumbers);
      const minScore = role === "steps" ? 6 : 4;
      if (g && g.score >= minScore && (!best || g.score > best.score)) best = { sheet: s, score: g.score };
    }
    if (best) assign(role, best.sheet);
  }
  // A registry with step columns is also the school-steps sheet.
  if (!layout.steps && layout.registry?.stepColumns) {
    layout.steps = { ...layout.registry, role: "steps", columns: { ...layout.registry.columns } };
  }
  return layout;
}
