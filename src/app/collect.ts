import type { Lang } from "../domain/finding";
import { checkWorkbook } from "../engine/check";
import type { CheckResult } from "../engine/types";
import { buildCollectSheet } from "./collect-sheet";
import { planCollect, type CollectPlan, type FileLog, type ReturnedCopy, type UndoCell } from "./collect-plan";
import { createMonitor, checkOptionsOf } from "./monitor";
import type { MonitorSettings } from "./monitor-types";
import { masterIdOf } from "./split";
import { MonitorError, type CellWrite, type WorkbookGateway } from "./workbook-gateway";

/** State key of what collect replaced, newest run last («Отменить сбор» undoes the newest). */
export const COLLECT_UNDO_KEY = "kvm.collect-undo";

interface UndoRun {
  at: string;
  cells: UndoCell[];
}

export interface CollectResult {
  files: FileLog[];
  /** False when no file could be taken: nothing was written. */
  applied: boolean;
  sheet: string | null;
  check: CheckResult | null;
}

/**
 * «Собрать ответы школ» (PRODUCT.md §6a): takes the school's own cells from each returned
 * copy, records every master value it fills or replaces in the add-in's state first (so
 * «Отменить сбор» restores them exactly), writes the values and «Сбор ответов», then checks
 * and paints afresh. The whole diff is planned before anything is written.
 */
export async function collectAnswers(
  gateway: WorkbookGateway,
  copies: readonly ReturnedCopy[],
  settings: MonitorSettings,
  lang: Lang,
  now: () => Date,
  options: { takeTheirs: boolean },
  errorReason?: (log: FileLog) => string,
): Promise<CollectResult> {
  if (!gateway.writeValues) throw new MonitorError("api-not-supported");
  const snapshot = await gateway.readSnapshot();
  const checkOptions = checkOptionsOf(settings, lang, now());
  const { context } = checkWorkbook(snapshot, checkOptions);
  const masterId = await masterIdOf(gateway, false);
  const plan: CollectPlan = planCollect(snapshot, context, copies, { masterId, takeTheirs: options.takeTheirs });
  const applied = plan.files.some((f) => f.status === "taken" || f.status === "nothing-new");
  if (!applied) return { files: plan.files, applied, sheet: null, check: null };
  if (plan.writes.length > 0) {
    // The record goes first: if a write fails half-way, undo still knows every original value.
    const runs = parseRuns(await gateway.loadState(COLLECT_UNDO_KEY));
    runs.push({ at: checkOptions.asOf, cells: plan.undo });
    await gateway.saveState(COLLECT_UNDO_KEY, JSON.stringify(runs));
    await gateway.writeValues(plan.writes);
  }
  const sheet = await gateway.writeSheet(buildCollectSheet(plan.files, lang, checkOptions.asOf, errorReason), {
    activate: true,
  });
  const check = await createMonitor(gateway, now).check(settings, lang);
  return { files: plan.files, applied, sheet, check };
}

/** Whether there is a collect to undo. */
export async function canUndoCollect(gateway: WorkbookGateway): Promise<boolean> {
  return parseRuns(await gateway.loadState(COLLECT_UNDO_KEY)).length > 0;
}

/**
 * «Отменить сбор»: puts back every value (and number format) the newest collect changed,
 * then checks afresh. Returns how many cells were restored (0 when there was nothing to undo).
 */
export async function undoCollect(
  gateway: WorkbookGateway,
  settings: MonitorSettings,
  lang: Lang,
  now: () => Date,
): Promise<number> {
  if (!gateway.writeValues) throw new MonitorError("api-not-supported");
  const runs = parseRuns(await gateway.loadState(COLLECT_UNDO_KEY));
  const run = runs.pop();
  if (!run) return 0;
  // Newest first, so a cell changed twice in one run ends with its oldest value.
  const writes: CellWrite[] = [...run.cells].reverse().map((c) => ({
    sheet: c.sheet,
    row: c.row,
    col: c.col,
    value: c.before,
    numberFormat: c.restoreFormat ? c.beforeFormat : undefined,
  }));
  await gateway.writeValues(writes);
  await gateway.saveState(COLLECT_UNDO_KEY, JSON.stringify(runs));
  await createMonitor(gateway, now).check(settings, lang);
  return writes.length;
}

function parseRuns(text: string | null): UndoRun[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((r): r is UndoRun => !!r && Array.isArray((r as UndoRun).cells)) : [];
  } catch {
    return [];
  }
}
