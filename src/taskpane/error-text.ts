import type { MonitorErrorCode } from "../app/workbook-gateway";
import { workbookStructureText } from "../app/error-text";
import { en, format, type Strings } from "../i18n";

/**
 * A plain sentence for whatever a use case threw. MonitorError codes get their own advice;
 * anything else gets the generic sentence — never a stack trace or a raw exception text.
 * Duck-typed on name/code so errors from lazily loaded chunks are recognised too.
 */
export function errorText(err: unknown, t: Strings): string {
  const code = monitorErrorCode(err);
  if (code === null) return t.errors.unknown;
  const details = (err as { details?: Record<string, string> }).details;
  if (code === "sheet-protected" && details?.workbook) return workbookStructureText(t === en ? "en" : "ru");
  const sentence = t.errors[code];
  const sheet = details?.sheet;
  return sheet ? `${sentence} ${format(t.errorSheet, { sheet })}` : sentence;
}

function monitorErrorCode(err: unknown): MonitorErrorCode | null {
  if (typeof err !== "object" || err === null) return null;
  const { name, code } = err as { name?: unknown; code?: unknown };
  if (name !== "MonitorError" || typeof code !== "string") return null;
  return code in ERROR_CODES ? (code as MonitorErrorCode) : "unknown";
}

// A runtime list of the codes, checked against the type so a new code cannot be forgotten.
const ERROR_CODES: Record<MonitorErrorCode, true> = {
  "file-not-found": true,
  "not-xlsx": true,
  encrypted: true,
  corrupt: true,
  "empty-workbook": true,
  "no-sheets-recognised": true,
  "sheet-protected": true,
  "cell-editing": true,
  "api-not-supported": true,
  "sheet-missing": true,
  "output-is-input": true,
  "output-not-writable": true,
  "bad-argument": true,
  "template-exists": true,
  "workbook-too-large": true,
  "request-too-large": true,
  "workbook-inactive": true,
  "merged-conflict": true,
  "name-taken": true,
  "unsupported-sheet": true,
  "access-denied": true,
  "no-schools": true,
  "collect-nothing": true,
  unknown: true,
};

export const MONITOR_ERROR_CODES = Object.keys(ERROR_CODES) as MonitorErrorCode[];
