import { headerForms } from "../domain/text";
import type { ColumnSpec } from "./synonyms";

/**
 * How well one header text names a column: 3 exact, 2 exact once bracketed text is
 * dropped («Ответственный (исполнитель)»), 1 when the header starts with the synonym
 * («Срок исполнения мероприятия»). 0 = no match.
 */
export function headerScore(raw: string | { full: string; bare: string }, synonym: string): number {
  const h = typeof raw === "string" ? headerForms(raw) : raw;
  const s = synonymForm(synonym);
  if (!s) return 0;
  if (h.full === s) return 3;
  if (h.bare === s) return 2;
  if (s.length >= 4 && (h.full.startsWith(s + " ") || h.bare.startsWith(s + " "))) return 1;
  return 0;
}

// Synonyms are a fixed list: normalise each once, not once per header cell.
const synonymForms = new Map<string, string>();

function synonymForm(synonym: string): string {
  let s = synonymForms.get(synonym);
  if (s === undefined) synonymForms.set(synonym, (s = headerForms(synonym).full));
  return s;
}

export interface ColumnMatch {
  key: string;
  col: number;
  score: number;
}

/**
 * Assigns header cells to column keys, best matches first, each key and each column at
 * most once, so «Срок» and «Срок (дата)» land on different keys.
 */
export function matchColumns(headers: (string | null)[][], specs: ColumnSpec[]): Map<string, number> {
  const candidates: ColumnMatch[] = [];
  headers.forEach((texts, col) => {
    for (const text of texts) {
      if (!text) continue;
      const forms = headerForms(text);
      for (const spec of specs) {
        let best = 0;
        for (const syn of spec.synonyms) best = Math.max(best, headerScore(forms, syn));
        if (best > 0) candidates.push({ key: spec.key, col, score: best });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const byKey = new Map<string, number>();
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (byKey.has(c.key) || usedCols.has(c.col)) continue;
    byKey.set(c.key, c.col);
    usedCols.add(c.col);
  }
  return byKey;
}

/** «п. 8 …», «8. …», «Пункт 8», «(п.8)» → "8"; null when the header names no roadmap item. */
export function stepNumberOf(raw: string): string | null {
  const t = raw.replace(/\s+/g, " ").trim();
  const patterns = [
    /^(?:п\.?|пункт|мероприятие)\s*№?\s*(\d{1,2})(?!\d)/i,
    /\(\s*(?:п\.?|пункт)\s*(\d{1,2})\s*\)/i,
    /^(\d{1,2})\s*[.)]\s*[^\d\s.]/,
  ];
  for (const p of patterns) {
    const m = p.exec(t);
    if (m) return String(Number(m[1]));
  }
  return null;
}
