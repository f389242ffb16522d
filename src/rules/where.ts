import type { RoadmapEntry } from "../engine/context";

/** The cell a regional item's findings point at: its done date, else its deadline, else its row. */
export function entryCell(entry: RoadmapEntry): { sheet: string; row: number; col: number } | null {
  if (entry.sheet === undefined || entry.row === undefined) return null;
  if (entry.done) return { sheet: entry.sheet, row: entry.done.row, col: entry.done.col };
  if (entry.deadlineCell) return { sheet: entry.sheet, ...entry.deadlineCell };
  return { sheet: entry.sheet, row: entry.row, col: 0 };
}

/** Titles are long; messages quote the start. */
export function shortTitle(title: string, max = 60): string {
  const key = `${max}|${title}`;
  let short = shortTitles.get(key);
  if (short === undefined) {
    const t = title.replace(/\s+/g, " ").trim();
    short = t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
    // The same dozen titles are quoted in thousands of findings.
    if (shortTitles.size < 10_000) shortTitles.set(key, short);
  }
  return short;
}

const shortTitles = new Map<string, string>();
