export { DoubleExcelError, type DoubleErrorCode } from "./errors";
export { DoubleWorkbook, DoubleSheet, type DoubleCell, type DoubleFill, type DoubleOptions } from "./model";
export { RequestContext, makeRun, makeIsSetSupported } from "./excel-double";
export { installExcelDouble } from "./install";
export { parseAreas, areaA1, cellA1 } from "./address";
export { validationAt, addUserValidation, validationsOf, type DoubleValidation } from "./data-validation";
