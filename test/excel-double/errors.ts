/**
 * Errors shaped like Office.js `OfficeExtension.Error`: a `code` string the adapter maps
 * to user-facing errors, plus `debugInfo`. Codes are the ones Excel really sends.
 */
export type DoubleErrorCode =
  | "PropertyNotLoaded"
  | "ApiNotFound"
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class DoubleExcelError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: DoubleErrorCode,
    message: string,
  ) {
    super(message);
    // Office.js errors are named "RichApi.Error".
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}
