import type { Finding, Lang } from "../domain/finding";
import type { PaintCell, PaintPlan } from "../domain/paint-plan";
import { DATA_ERROR_FILL, LEGEND, STATUS_FILL } from "../domain/palette";
import type { Status } from "../domain/status";
import { ruleById } from "../rules";
import type { CheckContext } from "./context";

const WARNING_FILL = STATUS_FILL["due-soon"] as string;

function statusLabel(status: Status, lang: Lang): string {
  return LEGEND.find((l) => l.status === status)?.[lang] ?? status;
}

/**
 * Derives the colours from the statuses and findings (PRODUCT.md §3): a regional item's
 * status on its done-date cell, a per-school item's roll-up on its roadmap row and each
 * school's status on its own cell; data errors red. The note on a cell is the message
 * of its most severe finding, else the status name.
 */
export function buildPaintPlan(ctx: CheckContext, findings: Finding[]): PaintPlan {
  const cells = new Map<string, PaintCell>();
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const put = (c: PaintCell) => cells.set(key(c.sheet, c.row, c.col), c);

  for (const e of ctx.roadmap) {
    if (e.sheet === undefined || !e.done) continue;
    const fill = STATUS_FILL[e.judged.status];
    if (fill)
      put({
        sheet: e.sheet,
        row: e.done.row,
        col: e.done.col,
        fill,
        status: e.judged.status,
        note: statusLabel(e.judged.status, ctx.lang),
      });
  }
  for (const s of ctx.steps) {
    const fill = STATUS_FILL[s.judged.status];
    if (fill)
      put({
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        fill,
        status: s.judged.status,
        note: statusLabel(s.judged.status, ctx.lang),
      });
  }
  // Findings come sorted with the most severe first at each cell, so the first one wins the note.
  const noted = new Set<string>();
  for (const f of findings) {
    const k = key(f.sheet, f.row, f.col);
    const paint = ruleById(f.rule)?.meta.paint;
    const existing = cells.get(k);
    if (paint === "data-error") {
      put({ sheet: f.sheet, row: f.row, col: f.col, fill: DATA_ERROR_FILL, note: f.message });
      noted.add(k);
    } else if (paint === "warning" && !existing) {
      put({ sheet: f.sheet, row: f.row, col: f.col, fill: WARNING_FILL, note: f.message });
      noted.add(k);
    } else if (existing && !noted.has(k)) {
      existing.note = f.message;
      noted.add(k);
    }
  }
  return [...cells.values()];
}
