import { deadlineReading, describeReading } from "../domain/deadline-describe";
import { formatRu } from "../domain/iso-date";
import { STATUS_FILL } from "../domain/palette";
import type { ModelValue, SheetModel } from "../domain/sheet-model";
import { isDone } from "../domain/status";
import type { RoadmapEntry, StepCell } from "../engine/context";
import type { ReportData } from "./quarterly-report";
import {
  body,
  BODY_PT,
  DATE_FMT,
  dateValue,
  head,
  tableSheet,
  SheetBuilder,
  statusLabel,
  TITLE,
  wrappedHeight,
} from "./report-kit";

/** №, item, deadline as written, date judged against, status, done date, document. */
const WIDTHS = [5, 42, 24, 12, 16, 13, 28];

interface StepCounts {
  total: number;
  done: number;
}

function stepCounts(steps: readonly StepCell[]): Map<RoadmapEntry, StepCounts> {
  const out = new Map<RoadmapEntry, StepCounts>();
  for (const s of steps) {
    let c = out.get(s.item);
    if (!c) out.set(s.item, (c = { total: 0, done: 0 }));
    c.total++;
    if (isDone(s.judged.status)) c.done++;
  }
  return out;
}

function doneText(
  e: RoadmapEntry,
  counts: StepCounts | undefined,
  t: Record<string, string>,
): { value: ModelValue; date: boolean } {
  if (e.perSchool && counts) {
    return {
      value: t.schoolsDone.replace("{done}", String(counts.done)).replace("{total}", String(counts.total)),
      date: false,
    };
  }
  const cell = e.done?.cell;
  if (!cell || cell.kind === "empty") return { value: null, date: false };
  if (cell.kind === "dates") {
    if (cell.dates.length === 1) return { value: dateValue(cell.dates[0]), date: true };
    return { value: cell.dates.map(formatRu).join("; "), date: false };
  }
  return { value: cell.text, date: false };
}

/** The due date the status was judged against (the missed occurrence of a recurring item first), ДД.ММ.ГГГГ. */
function judgedAgainst(e: RoadmapEntry, d: ReportData): string {
  const due = e.unresolved ? null : (e.judged.missed ?? e.judged.due ?? e.occurrences[0] ?? null);
  if (due) return formatRu(due);
  // No date: say why in the pane's words («срок не определён: по графику — впишите «Срок (дата)»»).
  const reading = deadlineReading(e.deadline, e.occurrences, e.unresolved, e.approximate, d.ctx.deadlineContext);
  return describeReading(reading, d.lang) || d.t.notResolved;
}

/** Section 1: the roadmap items, one sheet so its header repeats on every printed page. */
export function buildRoadmapSheet(d: ReportData): SheetModel {
  const { t, lang, ctx } = d;
  const b = new SheetBuilder();
  const last = WIDTHS.length - 1;
  const title = `${t.roadmapSection} — ${d.quarterText}`;
  b.put(0, 0, title, TITLE, last);
  b.heights[0] = 22;
  const headers = [t.number, t.item, t.deadline, t.judgedAgainst, t.status, t.doneDate, t.document];
  headers.forEach((h, col) => b.put(1, col, h, head()));
  b.heights[1] = Math.max(...headers.map((h, i) => wrappedHeight([{ text: h, chars: WIDTHS[i] }], BODY_PT)));
  const counts = stepCounts(d.steps);
  let row = 2;
  for (const e of ctx.roadmap) {
    const done = doneText(e, counts.get(e), t);
    const fill = STATUS_FILL[e.judged.status];
    const against = judgedAgainst(e, d);
    b.put(row, 0, e.number, { ...body(), hAlign: "center" });
    b.put(row, 1, e.title, body());
    b.put(row, 2, e.deadlineText, body());
    b.put(row, 3, against, { ...body(), hAlign: "center" });
    b.put(row, 4, statusLabel(e.judged.status, lang), { ...body(), ...(fill ? { fill } : {}) });
    b.put(row, 5, done.value, done.date ? { ...body(), numberFormat: DATE_FMT, hAlign: "center" } : body());
    b.put(row, 6, e.documentText, body());
    b.heights[row] = wrappedHeight(
      [
        { text: e.title, chars: WIDTHS[1] },
        { text: e.deadlineText, chars: WIDTHS[2] },
        { text: against, chars: WIDTHS[3] },
        { text: statusLabel(e.judged.status, lang), chars: WIDTHS[4] },
        { text: typeof done.value === "string" ? done.value : "", chars: WIDTHS[5] },
        { text: e.documentText, chars: WIDTHS[6] },
      ],
      BODY_PT,
    );
    row++;
  }
  return tableSheet(d.names.roadmap, lang, b, WIDTHS);
}
