import type { Lang } from "../domain/finding";
import { cutAtWord } from "../domain/text";
import type { Judgement } from "../domain/judge-status";
import type { Status } from "../domain/status";
import type { CheckContext, RoadmapEntry } from "../engine/context";

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
    // Cut at a word: «…помещений Школьног…» reads as a typo.
    short = cutAtWord(title, max - 1);
    // The same dozen titles are quoted in thousands of findings.
    if (shortTitles.size < 10_000) shortTitles.set(key, short);
  }
  return short;
}

const shortTitles = new Map<string, string>();

/** A place a deadline status is judged at: a regional item's row or a school's cell. */
export interface JudgedPlace {
  kind: "regional" | "school";
  at: { sheet: string; row: number; col: number };
  school?: string;
  item: RoadmapEntry;
  judged: Judgement;
  /** Working days outside the production calendar: the due date is approximate. */
  approximate: boolean;
}

/** Appended to deadline messages whose due date counted working days beyond the calendar data. */
export function approxNote(approximate: boolean, lang: Lang): string {
  if (!approximate) return "";
  return lang === "ru"
    ? " Срок приблизительный: производственного календаря на этот год ещё нет, учтены только выходные."
    : " The due date is approximate: the production calendar for that year is not available, only weekends are counted.";
}

/**
 * Every place with the given status: regional rows (per-school rows only show the roll-up
 * and are skipped) and each school's cell. Shared by the deadline rules.
 */
export function* judgedPlaces(ctx: CheckContext, status: Status): Generator<JudgedPlace> {
  for (const e of ctx.roadmap) {
    if (e.rolledUp || e.judged.status !== status) continue;
    const at = entryCell(e);
    if (at) yield { kind: "regional", at, item: e, judged: e.judged, approximate: e.approximate };
  }
  for (const s of ctx.steps) {
    if (s.judged.status !== status) continue;
    yield {
      kind: "school",
      at: { sheet: s.sheet, row: s.row, col: s.col },
      school: s.school,
      item: s.item,
      judged: s.judged,
      approximate: s.approximate,
    };
  }
}
