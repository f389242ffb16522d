import type { Status } from "./status";

/** One cell the add-in colours, with the explanation shown as a note/comment. */
export interface PaintCell {
  sheet: string;
  /** 0-based */
  row: number;
  /** 0-based */
  col: number;
  /** "#RRGGBB" from palette.ts */
  fill: string;
  status?: Status;
  /** Short explanation in the user's language (shown as a note or comment where supported). */
  note?: string;
}

export type PaintPlan = PaintCell[];

/** Groups cells by sheet and colour so adapters can paint each group as one multi-area range. */
export function groupPaint(plan: PaintPlan): Map<string, Map<string, PaintCell[]>> {
  const bySheet = new Map<string, Map<string, PaintCell[]>>();
  for (const c of plan) {
    let byFill = bySheet.get(c.sheet);
    if (!byFill) bySheet.set(c.sheet, (byFill = new Map()));
    let list = byFill.get(c.fill);
    if (!list) byFill.set(c.fill, (list = []));
    list.push(c);
  }
  return bySheet;
}
