import type { Lang } from "../domain/finding";
import { checkWorkbook } from "../engine/check";
import { checkOptionsOf } from "./monitor";
import type { MonitorSettings } from "./monitor-types";
import { MASTER_ID_KEY } from "./school-copy-mark";
import { planSplit, type SchoolCopyPlan } from "./split-plan";
import { MonitorError, type WorkbookGateway } from "./workbook-gateway";

/** Turns a copy plan into a file (the .xlsx adapter's renderSchoolCopy). */
export type RenderCopy = (plan: SchoolCopyPlan) => Promise<Uint8Array>;

export interface SchoolCopyFile {
  school: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface SplitResult {
  files: SchoolCopyFile[];
  masterId: string | null;
  quarter: string | null;
}

/**
 * The master's id for the copies' mark: one saved in its state, else its creation time as
 * the file records it (the same in Excel and in the CLI), else a new id saved in its state.
 */
export async function masterIdOf(gateway: WorkbookGateway, create: boolean): Promise<string | null> {
  const saved = await gateway.loadState(MASTER_ID_KEY);
  if (saved) return saved;
  const created = gateway.documentCreated ? await gateway.documentCreated() : null;
  if (created) return `created:${created}`;
  if (!create) return null;
  const id = `id:${randomId()}`;
  await gateway.saveState(MASTER_ID_KEY, id);
  return id;
}

/**
 * «Разослать школам» (PRODUCT.md §6a): one workbook per registry school, made from a fresh
 * check of the master (so each copy carries the school's current findings).
 */
export async function splitWorkbook(
  gateway: WorkbookGateway,
  render: RenderCopy,
  settings: MonitorSettings,
  lang: Lang,
  now: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<SplitResult> {
  const snapshot = await gateway.readSnapshot();
  const options = checkOptionsOf(settings, lang, now);
  const result = checkWorkbook(snapshot, options);
  const masterId = await masterIdOf(gateway, true);
  const plans = planSplit(snapshot, result.context, result.findings, { masterId, lang, made: options.asOf });
  if (plans.length === 0) throw new MonitorError("no-schools");
  const files: SchoolCopyFile[] = [];
  for (const plan of plans) {
    files.push({ school: plan.school, fileName: plan.fileName, bytes: await render(plan) });
    onProgress?.(files.length, plans.length);
  }
  return { files, masterId, quarter: result.quarter };
}

function randomId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
