import { SEVERITY_LABEL, type Finding, type Lang } from "../domain/finding";
import { DATA_ERROR_FILL, HEADER_FILL, STATUS_FILL } from "../domain/palette";
import type { ModelCell, SheetModel } from "../domain/sheet-model";

export const ISSUES_SHEET_NAME: Record<Lang, string> = { ru: "Замечания", en: "Issues" };

const HEADERS: Record<Lang, string[]> = {
  ru: ["№", "Образовательная организация", "Муниципальный район", "Лист", "Ячейка", "Правило", "Важность", "Замечание"],
  en: ["No.", "School", "Municipality", "Sheet", "Cell", "Rule", "Severity", "Finding"],
};

const WIDTHS = [6, 42, 24, 20, 9, 24, 17, 90];

const SEVERITY_FILL = { error: DATA_ERROR_FILL, warning: STATUS_FILL["due-soon"] as string, info: "#DDEBF7" };

/**
 * «Замечания»: one row per finding as an Excel table, so the coordinator can filter by
 * school and send each school its list; the cell column links to the cell.
 */
export function buildIssuesSheet(findings: Finding[], lang: Lang): SheetModel {
  const name = ISSUES_SHEET_NAME[lang];
  const cells: ModelCell[] = HEADERS[lang].map((value, col) => ({
    row: 0,
    col,
    value,
    style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, vAlign: "middle" },
  }));
  const rows = findings.length ? findings : [null];
  rows.forEach((f, i) => {
    const row = i + 1;
    const base = { border: true, vAlign: "top" as const, wrap: true };
    if (!f) {
      cells.push({ row, col: 0, value: "—", style: base });
      cells.push({ row, col: 7, value: lang === "ru" ? "Замечаний нет." : "No findings.", style: base });
      for (const col of [1, 2, 3, 4, 5, 6]) cells.push({ row, col, value: null, style: base });
      return;
    }
    cells.push(
      { row, col: 0, value: i + 1, style: { ...base, hAlign: "center" } },
      { row, col: 1, value: f.school ?? "", style: base },
      { row, col: 2, value: f.municipality ?? "", style: base },
      { row, col: 3, value: f.sheet, style: base },
      {
        row,
        col: 4,
        value: f.cell,
        style: { ...base, fontColor: "#0563C1", hAlign: "center" },
        link: { sheet: f.sheet, cell: f.cell },
      },
      { row, col: 5, value: f.rule, style: base },
      { row, col: 6, value: SEVERITY_LABEL[f.severity][lang], style: { ...base, fill: SEVERITY_FILL[f.severity] } },
      { row, col: 7, value: f.message, style: base },
    );
  });
  const lastRow = rows.length;
  return {
    name,
    cells,
    columnWidths: WIDTHS,
    freeze: { rows: 1, cols: 0 },
    table: {
      name: "KvantoriumFindings",
      range: { top: 0, left: 0, bottom: lastRow, right: 7 },
      style: "TableStyleLight9",
    },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 0, last: 0 } },
    tabColor: "#C00000",
  };
}
