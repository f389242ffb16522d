import type { Finding } from "../domain/finding";
import type { PaintCell, PaintPlan } from "../domain/paint-plan";
import { DATA_ERROR_FILL, STATUS_FILL } from "../domain/palette";
import { RULES } from "../rules";
import type { CheckContext } from "./context";
import { hiddenMergeCells } from "./merged-values";

const WARNING_FILL = STATUS_FILL["due-soon"] as string;

/**
 * Derives the colours from the statuses and findings (PRODUCT.md §3): a regional item's
 * status on its done-date cell, a per-school item's roll-up on its roadmap row and each
 * school's status on its own cell; data errors red. Only a cell that carries a finding
 * gets a note (the message of its most severe finding): a colour alone explains a cell
 * done on time, and a note on every cell buries the ones that matter (PRODUCT.md §5).
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
  const paintOf = new Map(RULES.map((r) => [r.meta.id, r.meta.paint]));

  for (const e of ctx.roadmap) {
    if (e.sheet === undefined || !e.done) continue;
    const fill = STATUS_FILL[e.judged.status];
    if (fill) put({ sheet: e.sheet, row: e.done.row, col: e.done.col, fill, status: e.judged.status });
  }
  for (const s of ctx.steps) {
    const fill = STATUS_FILL[s.judged.status];
    if (fill) put({ sheet: s.sheet, row: s.row, col: s.col, fill, status: s.judged.status });
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
