import type { CellWrite } from "../../app/workbook-gateway";
import { a1 } from "../../domain/cell-address";
import { MAX_CELL_TEXT } from "./render-sheet";
import { cellKey, restyleCells, type Restyle } from "./sheet-cell-styles";
import type { OoxmlPackage } from "./ooxml-package";
import type { StylesEditor } from "./styles-editor";
import { attr, elements, escapeXml, removeAttr, startTag } from "./xml-text";

/** Style index to give a written cell: its current one, or a twin with the wanted number format. */
export type StyleFor = (currentXf: number, write: CellWrite) => number;

/**
 * Writes values into a worksheet part (collect). Each target cell keeps its style unless a
 * number format is asked for; strings are inline text, never formulas, so «=1+2» typed by a
 * school arrives as those four characters. Cells and rows that do not exist are created in
 * order; every other byte of the sheet is kept.
 */
export function writeCellValues(sheetXml: string, writes: readonly CellWrite[], styleFor: StyleFor): string {
  if (writes.length === 0) return sheetXml;
  const byKey = new Map<string, CellWrite>();
  for (const w of writes) byKey.set(cellKey(w.row, w.col), w);
  // First make sure every target exists as a <c> element with the style it should end with.
  const targets = new Map<string, Restyle>();
  for (const [key, w] of byKey) targets.set(key, (xf) => styleFor(xf, w));
  const styled = restyleCells(sheetXml, targets);
  const byRef = new Map<string, CellWrite>();
  for (const w of byKey.values()) byRef.set(a1(w.row, w.col), w);
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(styled);
  if (!data) return styled;
  const bodyStart = data.index + data[0].indexOf(">") + 1;
  const body = data[1];
  const out: string[] = [];
  let cursor = 0;
  for (const cell of elements(body, "c")) {
    const tag = startTag(cell.text);
    const ref = attr(tag, "r");
    const w = ref ? byRef.get(ref) : undefined;
    if (!w) continue;
    out.push(body.slice(cursor, cell.start), cellXml(tag, w));
    cursor = cell.end;
  }
  out.push(body.slice(cursor));
  return styled.slice(0, bodyStart) + out.join("") + styled.slice(bodyStart + body.length);
}

function cellXml(tag: string, w: CellWrite): string {
  let open = tag.replace(/\s*\/?>$/, "");
  for (const a of ["t", "cm", "vm", "ph"]) open = removeAttr(open, a);
  const v = w.value;
  if (v === null || v === undefined) return `${open}/>`;
  if (typeof v === "number") return Number.isFinite(v) ? `${open}><v>${v}</v></c>` : `${open}/>`;
  if (typeof v === "boolean") return `${open} t="b"><v>${v ? 1 : 0}</v></c>`;
  const text = v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
  return `${open} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** Applies pending writes to the package's sheets (found by name, case-insensitively). */
export async function applyValueWrites(
  pkg: OoxmlPackage,
  writes: readonly CellWrite[],
  styles: StylesEditor,
): Promise<void> {
  if (writes.length === 0) return;
  const sheets = await pkg.sheets();
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const key = w.sheet.toLowerCase();
    const list = bySheet.get(key);
    if (list) list.push(w);
    else bySheet.set(key, [w]);
  }
  for (const [name, list] of bySheet) {
    const sheet = sheets.find((s) => s.name.toLowerCase() === name);
    if (!sheet?.path || !pkg.has(sheet.path)) continue;
    const xml = (await pkg.text(sheet.path))!;
    pkg.setText(
      sheet.path,
      writeCellValues(xml, list, (xf, w) => (w.numberFormat ? styles.numberFormatOver(xf, w.numberFormat) : xf)),
    );
  }
}
