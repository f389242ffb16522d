import { deadlineReading } from "../domain/deadline-describe";
import { oneYearAfter } from "../domain/iso-date";
import { quarterKey } from "../domain/quarter";
import type { CheckContext, RoadmapEntry } from "./context";
import type { MeasureResult } from "./types";

function doneDatesOf(e: RoadmapEntry): string[] {
  return e.done?.cell.kind === "dates" ? e.done.cell.dates : [];
}

/** The roadmap items as the JSON contract lists them (PRODUCT.md §5). */
export function buildMeasures(ctx: CheckContext): MeasureResult[] {
  const horizon = oneYearAfter(ctx.asOf);
  return ctx.roadmap.map((e) => ({
    sheet: e.sheet ?? "",
    row: e.row === undefined ? 0 : e.row + 1,
    number: e.number,
    title: e.title,
    deadline: {
      text: e.deadlineText,
      kind: e.deadline.kind,
      due: e.unresolved ? null : e.judged.due,
      // The contract lists due dates up to one year after the as-of date (a far one-off date
      // still shows as `due`).
      occurrences: e.occurrences.filter((d) => d <= horizon),
    },
    reading: deadlineReading(e.deadline, e.occurrences, e.unresolved, e.approximate, ctx.deadlineContext),
    status: e.judged.status,
    perSchool: e.perSchool,
    doneDates: doneDatesOf(e),
    document: e.documentText,
  }));
}

export function quarterOfContext(ctx: CheckContext): string | null {
  return ctx.quarter ? quarterKey(ctx.quarter) : null;
}
