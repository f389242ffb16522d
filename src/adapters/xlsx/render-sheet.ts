import { a1, columnLetters, quoteSheetName } from "../../domain/cell-address";
import { estimatedRowHeights, footerCodes, type ModelCell, type SheetModel } from "../../domain/sheet-model";
import type { CellRange } from "../../domain/snapshot";
import { type Dialect, TRANSITIONAL } from "./dialect";
import { NS_MAIN } from "./ooxml-package";
import { argb, type StylesEditor } from "./styles-editor";
import { escapeXml } from "./xml-text";

/** Excel refuses cells longer than this. */
export const MAX_CELL_TEXT = 32767;

export function rangeRef(r: CellRange): string {
  return `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/**
 * Column names for an Excel table over `model.table`, or null when the header row cannot
 * head a table (Excel needs distinct, non-empty text headers); the sheet then gets an
 * autofilter, which filters the same way.
 */
export function tableColumnNames(model: SheetModel): string[] | null {
  const t = model.table;
  if (!t) return null;
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = t.range.left; c <= t.range.right; c++) {
    const cell = model.cells.find((x) => x.row === t.range.top && x.col === c);
    const v = cell?.value;
    if (typeof v !== "string" || v.trim() === "" || /[\r\n]/.test(v)) return null;
    const key = v.trim().toLowerCase();
    if (seen.has(key)) return null;
    seen.add(key);
    names.push(v.trim() === v ? v : v.trim());
  }
  // Header text must equal the column name exactly, so trimmed names must match the cells.
  for (let c = t.range.left; c <= t.range.right; c++) {
    const cell = model.cells.find((x) => x.row === t.range.top && x.col === c);
    if (cell?.value !== names[c - t.range.left]) return null;
  }
  return names;
}

/** A table needs a data row; a header-only table covers one empty row below it. */
export function tableRange(model: SheetModel): CellRange | null {
  const t = model.table;
  if (!t) return null;
  return { ...t.range, bottom: Math.max(t.range.bottom, t.range.top + 1) };
}

export function renderTableXml(
  id: number,
  name: string,
  model: SheetModel,
  columns: string[],
  style?: string,
  ns: string = NS_MAIN,
): string {
  const ref = rangeRef(tableRange(model)!);
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${ns}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

// Shared with the Office adapter (one naming rule for the tables both write).
export { tableName } from "../../domain/table-name";

function cellXml(cell: ModelCell, styles: StylesEditor): string {
  const ref = a1(cell.row, cell.col);
  const xf = styles.forModel(cell.style);
  const s = xf ? ` s="${xf}"` : "";
  const v = cell.value;
  if (v === null || v === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Inline text is never evaluated: "=HYPERLINK(…)" from a school name stays text.
  const text = v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** The worksheet part for a sheet model. `tableRelId` is set when the table is a real Excel table. */
export function renderSheetXml(
  model: SheetModel,
  styles: StylesEditor,
  tableRelId: string | null,
  d: Dialect = TRANSITIONAL,
): string {
  const rows = new Map<number, ModelCell[]>();
  for (const c of model.cells) {
    if (!rows.has(c.row)) rows.set(c.row, []);
    rows.get(c.row)!.push(c);
  }
  for (const r of Object.keys(model.rowHeights ?? {})) if (!rows.has(Number(r))) rows.set(Number(r), []);
  const rowNumbers = [...rows.keys()].sort((a, b) => a - b);
  let maxRow = 0;
  let maxCol = 0;
  for (const c of model.cells) {
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }

  const parts: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${d.main}" xmlns:r="${d.r}">`,
  ];
  const fit = model.print?.fitToWidth;
  if (model.tabColor || fit) {
    parts.push(
      `<sheetPr>${model.tabColor ? `<tabColor rgb="${argb(model.tabColor)}"/>` : ""}${fit ? `<pageSetUpPr fitToPage="1"/>` : ""}</sheetPr>`,
    );
  }
  parts.push(`<dimension ref="A1:${a1(maxRow, maxCol)}"/>`);
  parts.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(model)}</sheetView></sheetViews>`);
  parts.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const widths = model.columnWidths ?? [];
  const cols = widths
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  if (cols) parts.push(`<cols>${cols}</cols>`);
  parts.push("<sheetData>");
  const estimated = estimatedRowHeights(model);
  for (const r of rowNumbers) {
    const h = model.rowHeights?.[r] ?? estimated[r];
    const cells = rows
      .get(r)!
      .sort((a, b) => a.col - b.col)
      .map((c) => cellXml(c, styles))
      .join("");
    parts.push(`<row r="${r + 1}"${h ? ` ht="${h}" customHeight="1"` : ""}>${cells}</row>`);
  }
  parts.push("</sheetData>");
  if (model.table && !tableRelId) parts.push(`<autoFilter ref="${rangeRef(model.table.range)}"/>`);
  if (model.merges?.length) {
    parts.push(`<mergeCells count="${model.merges.length}">`);
    for (const m of model.merges) parts.push(`<mergeCell ref="${rangeRef(m)}"/>`);
    parts.push("</mergeCells>");
  }
  const links = model.cells.filter((c) => c.link);
  if (links.length) {
    parts.push("<hyperlinks>");
    for (const c of links) {
      const location = `${quoteSheetName(c.link!.sheet)}!${c.link!.cell}`;
      parts.push(
        `<hyperlink ref="${a1(c.row, c.col)}" location="${escapeXml(location)}" display="${escapeXml(String(c.value ?? ""))}"/>`,
      );
    }
    parts.push("</hyperlinks>");
  }
  parts.push(`<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  if (model.print) {
    const scale = !fit && model.print.scale ? ` scale="${Math.round(model.print.scale)}"` : "";
    parts.push(
      `<pageSetup paperSize="9"${scale} orientation="${model.print.orientation}"${fit ? ` fitToWidth="1" fitToHeight="0"` : ""}/>`,
    );
    parts.push(headerFooterXml(model));
    const breaks = model.print.colBreaks ?? [];
    if (breaks.length) {
      const brk = breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
      parts.push(`<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</colBreaks>`);
    }
  }
  if (tableRelId) parts.push(`<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`);
  parts.push("</worksheet>");
  return parts.join("");
}

function paneXml(model: SheetModel): string {
  const rows = model.freeze?.rows ?? 0;
  const cols = model.freeze?.cols ?? 0;
  if (rows <= 0 && cols <= 0) return "";
  const active = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const topLeft = a1(rows, cols);
  return (
    `<pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** Print titles as the defined name Excel uses: 'Sheet'!$A:$C,'Sheet'!$1:$3 (columns first, as Excel writes it). */
export function printTitlesRef(model: SheetModel): string | null {
  const r = model.print?.repeatRows;
  const c = model.print?.repeatCols;
  const sheet = quoteSheetName(model.name);
  const parts: string[] = [];
  if (c) parts.push(`${sheet}!$${columnLetters(c.first)}:$${columnLetters(c.last)}`);
  if (r) parts.push(`${sheet}!$${r.first + 1}:$${r.last + 1}`);
  return parts.length ? parts.join(",") : null;
}

function headerFooterXml(model: SheetModel): string {
  const footer = model.print?.footer;
  if (!footer || (!footer.left && !footer.right)) return "";
  return `<headerFooter><oddFooter>${escapeXml(footerCodes(footer))}</oddFooter></headerFooter>`;
}
