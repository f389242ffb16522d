import { SEVERITY_LABEL, type Finding, type Lang } from "../domain/finding";
import { formatRu } from "../domain/iso-date";
import { DATA_ERROR_FILL, HEADER_FILL, STATUS_FILL } from "../domain/palette";
import { PAGE_FOOTER, type CellStyle, type ModelCell, type SheetModel } from "../domain/sheet-model";
import { messageWithoutPlace } from "../engine/messages";
import { ruleById } from "../rules";
import { cutAtWord } from "../domain/text";
import { pluralRu } from "./plural-ru";
import { wrappedHeight } from "./report-kit";

export const ISSUES_SHEET_NAME: Record<Lang, string> = { ru: "Замечания", en: "Issues" };

const HEADERS: Record<Lang, string[]> = {
  ru: [
    "№",
    "Образовательная организация",
    "Муниципальный район",
    "Пункт",
    "Лист",
    "Ячейка",
    "Важность",
    "Правило",
    "Замечание",
  ],
  en: ["No.", "School", "Municipality", "Item", "Sheet", "Cell", "Severity", "Rule", "Finding"],
};

/**
 * Laid out for A4 landscape: one page wide at 100 % in Excel, and above 8 pt where
 * LibreOffice measures columns in a wider font; no column narrower than its longest word.
 */
const WIDTHS = [4, 22, 17, 18, 10, 7, 16, 20, 31];
const FONT_PT = 11;
const HEADER_ROW = 1;

const SEVERITY_FILL = { error: DATA_ERROR_FILL, warning: STATUS_FILL["due-soon"] as string, info: "#DDEBF7" };

/** Item titles are long (item 1 is 400 characters): cut at a word, never inside one. */
const TITLE_CHARS = 50;

export interface IssuesSheetOptions {
  /** As-of date of the check (ISO), for the title line. */
  asOf?: string;
  /** Roadmap item titles by number, for the item column. */
  items?: ReadonlyMap<string, string>;
}

function titleLine(findings: Finding[], lang: Lang, asOf: string | undefined): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  if (lang === "en") {
    const date = asOf ? ` as of ${asOf}` : "";
    return `Findings${date}: ${n.error} error${n.error === 1 ? "" : "s"}, ${n.warning} warning${n.warning === 1 ? "" : "s"}, ${n.info} info`;
  }
  const date = asOf ? ` по состоянию на ${formatRu(asOf)}` : "";
  return (
    `Замечания${date}: ${n.error} ${pluralRu(n.error, "ошибка", "ошибки", "ошибок")}, ` +
    `${n.warning} ${pluralRu(n.warning, "предупреждение", "предупреждения", "предупреждений")}, ` +
    `${n.info} ${pluralRu(n.info, "сведение", "сведения", "сведений")}`
  );
}

/**
 * «Замечания» (PRODUCT.md §5): a title line with the as-of date and the counts, then one
 * row per finding as an Excel table, so the coordinator can filter by school and send each
 * school its list. The rule is named in plain words; the message leaves out the sheet, cell
 * and school its own columns show; the cell column links to the cell.
 */
export function buildIssuesSheet(findings: Finding[], lang: Lang, opts: IssuesSheetOptions = {}): SheetModel {
  const name = ISSUES_SHEET_NAME[lang];
  const headers = HEADERS[lang];
  const last = headers.length - 1;
  const title = titleLine(findings, lang, opts.asOf);
  const cells: ModelCell[] = [{ row: 0, col: 0, value: title, style: { bold: true, fontSize: 13, vAlign: "middle" } }];
  const head: CellStyle = {
    bold: true,
    fill: HEADER_FILL,
    border: true,
    wrap: true,
    vAlign: "middle",
    fontSize: FONT_PT,
  };
  headers.forEach((value, col) => cells.push({ row: HEADER_ROW, col, value, style: head }));
  const heights: Record<number, number> = {
    0: 24,
    [HEADER_ROW]: Math.max(...headers.map((h, i) => wrappedHeight([{ text: h, chars: WIDTHS[i] }], FONT_PT))),
  };
  const base: CellStyle = { border: true, vAlign: "top", wrap: true, fontSize: FONT_PT };
  const centered: CellStyle = { ...base, hAlign: "center" };
  const link: CellStyle = { ...base, fontColor: "#0563C1", hAlign: "center" };
  const severity = {
    error: { ...base, fill: SEVERITY_FILL.error },
    warning: { ...base, fill: SEVERITY_FILL.warning },
    info: { ...base, fill: SEVERITY_FILL.info },
  };
  const rows = findings.length ? findings : [null];
  rows.forEach((f, i) => {
    const row = HEADER_ROW + 1 + i;
    if (!f) {
      cells.push({ row, col: 0, value: "—", style: base });
      for (let col = 1; col < last; col++) cells.push({ row, col, value: null, style: base });
      cells.push({ row, col: last, value: lang === "ru" ? "Замечаний нет." : "No findings.", style: base });
      return;
    }
    const itemTitle = f.measure ? opts.items?.get(f.measure) : undefined;
    const item = f.measure ? (itemTitle ? `${f.measure}. ${cutAtWord(itemTitle, TITLE_CHARS)}` : f.measure) : "";
    const rule = ruleById(f.rule)?.meta.description[lang] ?? f.rule;
    const message = messageWithoutPlace(f, lang);
    const values: [string | number, CellStyle][] = [
      [i + 1, centered],
      [f.school ?? "", base],
      [f.municipality ?? "", base],
      [item, base],
      [f.sheet, base],
      [f.cell, link],
      [SEVERITY_LABEL[f.severity][lang], severity[f.severity]],
      [rule, base],
      [message, base],
    ];
    values.forEach(([value, style], col) => {
      const cell: ModelCell = { row, col, value, style };
      if (col === 5) cell.link = { sheet: f.sheet, cell: f.cell };
      cells.push(cell);
    });
    heights[row] = wrappedHeight(
      values.map(([v], col) => ({ text: String(v), chars: WIDTHS[col] })),
      FONT_PT,
    );
  });
  const lastRow = HEADER_ROW + rows.length;
  return {
    name,
    cells,
    columnWidths: WIDTHS,
    rowHeights: heights,
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    table: {
      name: "KvantoriumFindings",
      range: { top: HEADER_ROW, left: 0, bottom: lastRow, right: last },
      style: "TableStyleLight9",
    },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 0, last: HEADER_ROW },
      footer: { left: name, right: PAGE_FOOTER[lang] },
    },
    tabColor: "#C00000",
    // One findings sheet per workbook: a check in the other language replaces it.
    replaces: [ISSUES_SHEET_NAME[lang === "ru" ? "en" : "ru"]],
  };
}
