/**
 * Errors shaped like Office.js `OfficeExtension.Error`: a `code` string the adapter maps
 * to user-facing errors, plus `debugInfo`. Codes are the ones Excel really sends.
 */
export type DoubleErrorCode =
  // Excel.ErrorCodes as @types/office-js lists them: a made-up code does not compile.
  | `${Excel.ErrorCodes}`
  // OfficeExtension's own (its ErrorCodes class lists them as untyped statics).
  | "PropertyNotLoaded"
  // Excel on the web's request limit; documented, though missing from Excel.ErrorCodes.
  | "RequestPayloadSizeLimitExceeded";

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
