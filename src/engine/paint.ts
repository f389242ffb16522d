import type { Finding, Lang } from "../domain/finding";
import type { PaintCell, PaintPlan } from "../domain/paint-plan";
import { DATA_ERROR_FILL, LEGEND, STATUS_FILL } from "../domain/palette";
import type { Status } from "../domain/status";
import { RULES } from "../rules";
import type { CheckContext } from "./context";
import { hiddenMergeCells } from "./merged-values";

const WARNING_FILL = STATUS_FILL["due-soon"] as string;

function statusLabels(lang: Lang): Map<Status, string> {
  return new Map(LEGEND.map((l) => [l.status, l[lang]]));
}

/**
 * Derives the colours from the statuses and findings (PRODUCT.md §3): a regional item's
 * status on its done-date cell, a per-school item's roll-up on its roadmap row and each
 * school's status on its own cell; data errors red. The note on a cell is the message
 * of its most severe finding, else the status name.
 */
export function buildPaintPlan(ctx: CheckContext, findings: Finding[]): PaintPlan {
  // Numeric keys: this runs for every checked cell, and string keys cost more than the check.
  const sheetNo = new Map(ctx.snapshot.sheets.map((s, i) => [s.name, i]));
  const cells = new Map<number, PaintCell>();
  const key = (sheet: string, row: number, col: number) => ((sheetNo.get(sheet) ?? 0) * 1_048_576 + row) * 16_384 + col;
  // The hidden cells of a merge show nothing in Excel: never paint or note them.
  const hidden = hiddenMergeCells(ctx.snapshot);
  const put = (c: PaintCell) => {
    if (!hidden(c.sheet, c.row, c.col)) cells.set(key(c.sheet, c.row, c.col), c);
  };
  const labels = statusLabels(ctx.lang);
  const statusLabel = (status: Status) => labels.get(status) ?? status;
  const paintOf = new Map(RULES.map((r) => [r.meta.id, r.meta.paint]));

  for (const e of ctx.roadmap) {
    if (e.sheet === undefined || !e.done) continue;
    // A mark without a date («да», «+») says nothing about lateness: done-without-date paints it.
    if (e.done.cell.kind === "mark" && !e.rolledUp) continue;
    const fill = STATUS_FILL[e.judged.status];
    if (fill)
      put({
        sheet: e.sheet,
        row: e.done.row,
        col: e.done.col,
        fill,
        status: e.judged.status,
        note: statusLabel(e.judged.status),
      });
  }
  for (const s of ctx.steps) {
    if (s.cell.kind === "mark") continue;
    const fill = STATUS_FILL[s.judged.status];
    if (fill)
      put({
        sheet: s.sheet,
        row: s.row,
        col: s.col,
        fill,
        status: s.judged.status,
        note: statusLabel(s.judged.status),
      });
  }
  // Findings come sorted with the most severe first at each cell, so the first one wins the note.
  const noted = new Set<number>();
  for (const f of findings) {
    const k = key(f.sheet, f.row, f.col);
    const paint = paintOf.get(f.rule);
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
