import type { Lang } from "../domain/finding";
import type { PaintPlan } from "../domain/paint-plan";
import { DATA_ERROR_FILL, LEGEND, STATUS_FILL } from "../domain/palette";
import type { Strings } from "../i18n";

/** One colour the cells get and what it means: a status, or a finding painted over it. */
export interface ColourKind {
  /** A status id from the palette's legend, or "data-error" / "warning". */
  id: string;
  fill: string | null;
  label: string;
}

/**
 * Every colour with its meaning, in the legend's order: the statuses first (palette.ts, so a
 * status added there, such as done-undated, shows here too), then what a finding paints —
 * red also means wrong data, yellow also a warning or a missing date.
 */
export function colourKinds(t: Strings, lang: Lang): ColourKind[] {
  return [
    ...LEGEND.map((l) => ({ id: l.status as string, fill: l.fill, label: l[lang] })),
    { id: "data-error", fill: DATA_ERROR_FILL, label: t.legend.dataError },
    { id: "warning", fill: STATUS_FILL["due-soon"], label: t.legend.warning },
  ];
}

/** How many cells got each colour: a cell painted for a status counts there, else by its finding. */
export function countColours(plan: PaintPlan, kinds: readonly ColourKind[]): { kind: ColourKind; count: number }[] {
  const counts = new Map<string, number>();
  for (const cell of plan) {
    const id = cell.status ?? (cell.fill.toUpperCase() === DATA_ERROR_FILL.toUpperCase() ? "data-error" : "warning");
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return kinds.filter((k) => k.fill !== null).map((kind) => ({ kind, count: counts.get(kind.id) ?? 0 }));
}
