/** The .xlsx file adapter: the only module that touches the spreadsheet file libraries. No Node APIs here (the web page loads it). */
export { openXlsx, newXlsxWorkbook, XlsxWorkbook, STATE_SHEET, type OpenOptions } from "./xlsx-workbook";
export { NOTE_AUTHOR } from "./write-notes";
export { dateToSerial } from "./read-snapshot";
