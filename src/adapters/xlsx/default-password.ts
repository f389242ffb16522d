/**
 * Excel opens a workbook encrypted with its built-in default password without asking:
 * "password to modify" and some exporters write it. Browser-safe (shared by the CLI's and
 * the web page's decrypters).
 */
export const EXCEL_DEFAULT_PASSWORD = "VelvetSweatshop";
