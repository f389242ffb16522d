import { MonitorError } from "../../app/workbook-gateway";

/** The `code` of an Office.js error (OfficeExtension.Error), or "" for anything else. */
export function officeCode(e: unknown): string {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return "";
}

export function isPayloadTooLarge(e: unknown): boolean {
  const c = officeCode(e);
  return c === "RequestPayloadSizeLimitExceeded" || c === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Maps what Excel throws to the codes the pane explains in plain words. The Office
 * code is kept in `details.officeCode` for support, never shown as a stack trace.
 */
export function toMonitorError(e: unknown, details: Record<string, string> = {}): MonitorError {
  if (e instanceof MonitorError) return e;
  const code = officeCode(e);
  const withCode = code ? { ...details, officeCode: code } : details;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new MonitorError("cell-editing", withCode, e);
    // Read-only or Protected View documents, IRM, a shared workbook: the adapter checks sheet
    // and structure protection itself before writing, so what reaches here is not that.
    case "AccessDenied":
      return new MonitorError("access-denied", withCode, e);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
      return new MonitorError("api-not-supported", withCode, e);
    case "ItemNotFound":
      return new MonitorError("sheet-missing", withCode, e);
    case "ItemAlreadyExists":
      return new MonitorError("name-taken", withCode, e);
    case "RangeExceedsLimit":
    case "MemoryLimitReached":
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new MonitorError("workbook-too-large", withCode, e);
    case "InactiveWorkbook":
      return new MonitorError("workbook-inactive", withCode, e);
    case "MergedRangeConflict":
      return new MonitorError("merged-conflict", withCode, e);
    case "UnsupportedSheet":
      return new MonitorError("unsupported-sheet", withCode, e);
    default:
      return new MonitorError("unknown", withCode, e);
  }
}
