import { chooseName, OWNED_KEY, parseOwned } from "../../app/owned-sheets";
import { MonitorError } from "../../app/workbook-gateway";
import { a1, columnLetters, quoteSheetName } from "../../domain/cell-address";
import { footerCodes, type CellStyle, type ModelCell, type SheetModel } from "../../domain/sheet-model";
import { areaAddress, cellsToAreas, joinAddresses } from "./addresses";
import type { Capabilities } from "./capabilities";
import { fitCellValue } from "./cell-text";
import { PayloadBatcher, jsonBytes, opBytes, splitArea } from "./payload-budget";
import { tableName } from "../../domain/table-name";
import {
  assertStateWritable,
  loadBookProtection,
  loadStateCells,
  probeState,
  queueStateWrite,
  stateFrom,
  stateRows,
  structureProtected,
} from "./state";

/** Excel widths are in points; a character of the default font is about 7 px (+5 px padding). */
export function charsToPoints(chars: number): number {
  return (Math.round(chars * 7) + 5) * 0.75;
}

/**
 * Writes add-in sheets. A sheet the add-in made before is replaced (a new sheet takes the
 * old one's place, so it is never duplicated); a user's sheet with the same name is never
 * deleted — the model goes to "Name (2)" instead. Protection is checked before any write.
 * `owned: false` is the template: its sheets are the user's from the start, so they are
 * never recorded as ours and never replace any sheet (a later template cannot wipe them).
 * Returns the names actually written.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  models: SheetModel[],
  options: { activate: boolean; owned: boolean },
): Promise<string[]> {
  const probe = probeState(context);
  const book = loadBookProtection(context);
  const list = context.workbook.worksheets;
  list.load("items/name,items/position");
  await context.sync();
  // Every write adds a sheet (a new one, or the replacement of ours).
  if (models.length > 0 && book.protected) throw structureProtected();
  const existing = new Map(list.items.map((w) => [w.name.toLowerCase(), w]));

  const stateCells = loadStateCells(probe);
  // Table names share one namespace per workbook (ItemAlreadyExists otherwise).
  const tables = context.workbook.tables;
  tables.load("items/name");
  const protections = new Map<string, Excel.WorksheetProtection>();
  for (const w of list.items) {
    const low = w.name.toLowerCase();
    if (models.some((m) => low.startsWith(m.name.slice(0, 20).toLowerCase()))) {
      w.protection.load("protected");
      protections.set(low, w.protection);
    }
  }
  await context.sync();
  const state = stateFrom(probe, stateCells);
  const owned = new Set(options.owned ? parseOwned(state.map.get(OWNED_KEY)).map((n) => n.toLowerCase()) : []);

  const plans: { model: SheetModel; name: string; old?: Excel.Worksheet }[] = [];
  const gone = new Set<string>();
  const taken = new Set<string>();
  for (const model of models) {
    const name = chooseName(
      model.name,
      (n) => existing.has(n.toLowerCase()) || taken.has(n.toLowerCase()),
      (n) => owned.has(n.toLowerCase()) && !taken.has(n.toLowerCase()),
    );
    taken.add(name.toLowerCase());
    // «Issues» from an English check gives way to «Замечания» (and back): only our own sheet.
    const replaced = (model.replaces ?? []).find(
      (r) => owned.has(r.toLowerCase()) && existing.has(r.toLowerCase()) && !taken.has(r.toLowerCase()),
    );
    if (replaced && !existing.has(name.toLowerCase())) {
      taken.add(replaced.toLowerCase());
      gone.add(replaced);
    }
    const old = existing.get(name.toLowerCase()) ?? (replaced ? existing.get(replaced.toLowerCase()) : undefined);
    if (old && protections.get(name.toLowerCase())?.protected)
      throw new MonitorError("sheet-protected", { sheet: name });
    plans.push({ model, name, old });
  }
  if (options.owned) assertStateWritable(state, false);
  const tableNames = await freeTableNames(context, tables, plans);

  const batcher = new PayloadBatcher(context);
  // The record of what is ours goes first: a failure further on leaves a sheet that the next
  // run replaces, never one it must treat as the user's («Замечания (2)», «(3)»…).
  let written = state;
  if (options.owned) {
    const ownedNames = new Set(parseOwned(state.map.get(OWNED_KEY)));
    for (const p of plans) ownedNames.add(p.name);
    const map = new Map(state.map);
    map.set(OWNED_KEY, JSON.stringify([...ownedNames].sort()));
    await queueStateWrite(context, state, map, batcher);
    written = { ...state, map, exists: true, rowCount: Math.max(state.rowCount, stateRows(map).length) };
  }
  let last: Excel.Worksheet | undefined;
  for (const [i, p] of plans.entries()) {
    // Each command builds its proxies itself: the one `worksheets.add` returns is void after
    // a refused sync, so later commands reach the sheet by its name.
    const sheets = context.workbook.worksheets;
    if (p.old) {
      const oldName = p.old.name;
      let temp = `~kvm-${i}`;
      while (existing.has(temp)) temp += "~";
      const position = p.old.position;
      await batcher.add(opBytes(2, [temp, oldName, p.name, position], 4), () => {
        const fresh = sheets.add(temp);
        sheets.getItem(oldName).delete();
        fresh.name = p.name;
        fresh.position = position;
      });
    } else {
      const name = p.name;
      await batcher.add(opBytes(1, [name]), () => {
        sheets.add(name);
      });
    }
    const ws = sheets.getItem(p.name);
    await renderSheet(ws, caps, p.model, tableNames, batcher);
    last = ws;
  }
  if (options.activate && last) {
    const ws = last;
    await batcher.add(opBytes(0), () => ws.activate());
  }
  if (options.owned && gone.size > 0) {
    // The other language's sheet is deleted by now: only then does it leave the record.
    const ownedNames = new Set(parseOwned(written.map.get(OWNED_KEY)).filter((n) => !gone.has(n)));
    const map = new Map(written.map);
    map.set(OWNED_KEY, JSON.stringify([...ownedNames].sort()));
    await queueStateWrite(context, written, map, batcher);
  }
  await batcher.flush();
  return plans.map((p) => p.name);
}

/**
 * The table names in use once the sheets being replaced are gone (their tables go with
 * them), so each model's table gets a name no other table has: «Issues» in English Excel,
 * then «Замечания» in Russian Excel, both carry KvantoriumFindings otherwise. One sync.
 */
async function freeTableNames(
  context: Excel.RequestContext,
  tables: Excel.TableCollection,
  plans: { model: SheetModel; old?: Excel.Worksheet }[],
): Promise<Set<string>> {
  const leaving = plans.filter((p) => p.old && p.model.table).map((p) => p.old!.tables);
  for (const t of leaving) t.load("items/name");
  if (leaving.length > 0) await context.sync();
  const gone = new Set(leaving.flatMap((t) => t.items.map((x) => x.name.toLowerCase())));
  return new Set(tables.items.map((t) => t.name.toLowerCase()).filter((n) => !gone.has(n)));
}
function styleKey(s: CellStyle): string {
  const { numberFormat: _ignored, ...rest } = s;
  return JSON.stringify(rest);
}

function applyStyle(format: Excel.RangeFormat, s: CellStyle): void {
  if (s.fill) format.fill.color = s.fill;
  if (s.bold !== undefined) format.font.bold = s.bold;
  if (s.italic !== undefined) format.font.italic = s.italic;
  if (s.fontColor) format.font.color = s.fontColor;
  if (s.fontSize) format.font.size = s.fontSize;
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.hAlign) format.horizontalAlignment = s.hAlign === "left" ? "Left" : s.hAlign === "center" ? "Center" : "Right";
  if (s.vAlign) format.verticalAlignment = s.vAlign === "top" ? "Top" : s.vAlign === "middle" ? "Center" : "Bottom";
  if (s.border) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ] as const) {
      format.borders.getItem(edge).style = "Continuous";
    }
  }
}

/** Request bytes of one applyStyle: the range and format proxies, one more per part touched, one action per setting. */
function styleBytes(address: string, s: CellStyle): number {
  const font = [s.bold, s.italic, s.fontColor, s.fontSize].filter((x) => x !== undefined && x !== "").length;
  const own = [s.wrap, s.hAlign, s.vAlign].filter((x) => x !== undefined).length;
  const paths = 2 + (s.fill ? 1 : 0) + (font > 0 ? 1 : 0) + (s.border ? 7 : 0);
  const actions = (s.fill ? 1 : 0) + font + own + (s.border ? 6 : 0);
  return opBytes(paths, [address, s], Math.max(1, actions));
}

/**
 * Internal links ("go to the cell"). ExcelApi 1.9: one setCellProperties per rectangle of
 * linked cells (`SettableCellProperties.hyperlink`, cut at OP_BYTES_MAX), so a column of 2,000
 * links to «Реестр ОО» is 3 commands, 174 kB in all, instead of 2,000 commands of ~360 bytes (717 kB);
 * 1.7/1.8: one `range.hyperlink` per cell.
 */
async function queueHyperlinks(
  ws: Excel.Worksheet,
  caps: Capabilities,
  model: SheetModel,
  batcher: PayloadBatcher,
): Promise<void> {
  const links = new Map<number, Map<number, Excel.RangeHyperlink>>();
  const cells: { row: number; col: number }[] = [];
  for (const c of model.cells) {
    if (!c.link) continue;
    const hyperlink = {
      documentReference: `${quoteSheetName(c.link.sheet)}!${c.link.cell}`,
      textToDisplay: c.value === null ? c.link.cell : String(c.value),
    };
    let row = links.get(c.row);
    if (!row) links.set(c.row, (row = new Map()));
    row.set(c.col, hyperlink);
    cells.push(c);
  }
  const at = (r: number, c: number) => links.get(r)?.get(c) as Excel.RangeHyperlink;
  for (const area of cellsToAreas(cells)) {
    if (caps.cellProperties) {
      for (const { block, bytes } of splitArea(area, (r, c) => jsonBytes({ hyperlink: at(r, c) }) + 1)) {
        const grid: Excel.SettableCellProperties[][] = [];
        for (let r = block.top; r <= block.bottom; r++) {
          const row: Excel.SettableCellProperties[] = [];
          for (let c = block.left; c <= block.right; c++) row.push({ hyperlink: at(r, c) });
          grid.push(row);
        }
        const address = areaAddress(block);
        await batcher.add(opBytes(1, [address]) + bytes, () => ws.getRange(address).setCellProperties(grid));
      }
    } else {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const address = a1(r, c);
          const hyperlink = at(r, c);
          await batcher.add(opBytes(1, [address, hyperlink]), () => {
            ws.getRange(address).hyperlink = hyperlink;
          });
        }
    }
  }
}

/**
 * Renders a model into an empty sheet. Number formats go before values so text cells
 * (format "@") keep strings such as "=1+1" or "-5 школ" as text, never formulas.
 */
export async function renderSheet(
  ws: Excel.Worksheet,
  caps: Capabilities,
  model: SheetModel,
  /** Lower-case names of the workbook's tables; the one added here joins them. */
  tableNames: Set<string>,
  batcher: PayloadBatcher,
): Promise<void> {
  let maxRow = -1;
  let maxCol = -1;
  const grid = new Map<number, Map<number, ModelCell>>();
  for (const c of model.cells) {
    if (c.row > maxRow) maxRow = c.row;
    if (c.col > maxCol) maxCol = c.col;
    let row = grid.get(c.row);
    if (!row) grid.set(c.row, (row = new Map()));
    row.set(c.col, c);
  }

  if (maxRow >= 0) {
    const at = (r: number, c: number) => grid.get(r)?.get(c);
    const valueOf = (r: number, c: number) => fitCellValue(at(r, c)?.value ?? "");
    const formatOf = (r: number, c: number) => {
      const cell = at(r, c);
      return typeof cell?.value === "string" ? "@" : (cell?.style?.numberFormat ?? "General");
    };
    // Values and number formats of a block, in UTF-8 bytes: Russian text weighs twice its length.
    const bytesOf = (r: number, c: number) => jsonBytes(valueOf(r, c), formatOf(r, c)) + 2;
    for (const { block, bytes } of splitArea({ top: 0, left: 0, bottom: maxRow, right: maxCol }, bytesOf)) {
      const rows = Array.from({ length: block.bottom - block.top + 1 }, (_, i) => block.top + i);
      const cols = Array.from({ length: block.right - block.left + 1 }, (_, j) => block.left + j);
      const values = rows.map((r) => cols.map((c) => valueOf(r, c)));
      const formats = rows.map((r) => cols.map((c) => formatOf(r, c)));
      const address = areaAddress(block);
      // One range proxy, two property sets; formats first (see above).
      await batcher.add(opBytes(1, [address], 2) + bytes, () => {
        const range = ws.getRange(address);
        range.numberFormat = formats;
        range.values = values;
      });
    }
  }

  const byStyle = new Map<string, { style: CellStyle; cells: ModelCell[] }>();
  for (const c of model.cells) {
    if (!c.style) continue;
    const key = styleKey(c.style);
    if (key === "{}") continue;
    let g = byStyle.get(key);
    if (!g) byStyle.set(key, (g = { style: c.style, cells: [] }));
    g.cells.push(c);
  }
  for (const { style, cells } of byStyle.values()) {
    const areas = cellsToAreas(cells);
    if (caps.rangeAreas) {
      for (const address of joinAddresses(areas)) {
        await batcher.add(styleBytes(address, style), () => applyStyle(ws.getRanges(address).format, style));
      }
    } else {
      for (const area of areas) {
        const address = areaAddress(area);
        await batcher.add(styleBytes(address, style), () => applyStyle(ws.getRange(address).format, style));
      }
    }
  }

  for (const m of model.merges ?? []) {
    const address = areaAddress(m);
    await batcher.add(opBytes(1, [address, false]), () => ws.getRange(address).merge(false));
  }
  for (const [col, chars] of (model.columnWidths ?? []).entries()) {
    if (!chars) continue;
    const address = `${columnLetters(col)}1`;
    await batcher.add(opBytes(2, [address, charsToPoints(chars)]), () => {
      ws.getRange(address).format.columnWidth = charsToPoints(chars);
    });
  }
  for (const [row, points] of Object.entries(model.rowHeights ?? {})) {
    const address = `A${Number(row) + 1}`;
    await batcher.add(opBytes(2, [address, points]), () => {
      ws.getRange(address).format.rowHeight = points;
    });
  }
  await queueHyperlinks(ws, caps, model, batcher);
  if (model.table) {
    const t = model.table;
    const address = areaAddress(t.range);
    const name = tableName(t.name, tableNames);
    tableNames.add(name.toLowerCase());
    // tables, getRange, the new table; add, name, style.
    await batcher.add(opBytes(3, [address, true, name, t.style ?? "TableStyleLight9"], 3), () => {
      // A Range of this sheet: a bare address would mean the active sheet.
      const table = ws.tables.add(ws.getRange(address), true);
      table.name = name;
      table.style = t.style ?? "TableStyleLight9";
    });
  }
  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
    const { rows, cols } = model.freeze;
    // freezePanes and one call with a count or an address.
    await batcher.add(opBytes(2, [rows, cols, `A1:${columnLetters(cols)}${rows}`]), () => {
      if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(`A1:${columnLetters(cols - 1)}${rows}`);
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
      else ws.freezePanes.freezeColumns(cols);
    });
  }
  if (model.tabColor) {
    const color = model.tabColor;
    await batcher.add(opBytes(0, [color]), () => {
      ws.tabColor = color;
    });
  }
  // Page setup arrived in ExcelApi 1.9; older hosts print with their defaults.
  if (model.print && caps.pageLayout) {
    const p = model.print;
    // pageLayout, zoom, headersFooters, defaultForAllPages, page breaks; up to ten settings.
    await batcher.add(opBytes(5, [p], 10), () => {
      const layout = ws.pageLayout;
      layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      // Fit to width as a computed scale: Excel on Windows ignores horizontalFitToPages set
      // through Office.js unless the Page Layout tab is open (office-js issue #1860), while a
      // scale always applies; verticalFitToPages 0 was never a documented value.
      if (p.fitToWidth) layout.zoom = { scale: fitToWidthScale(model, p.orientation) };
      else if (p.scale) layout.zoom = { scale: p.scale };
      if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
      if (p.repeatCols)
        layout.setPrintTitleColumns(`$${columnLetters(p.repeatCols.first)}:$${columnLetters(p.repeatCols.last)}`);
      if (p.footer) {
        const all = layout.headersFooters.defaultForAllPages;
        if (p.footer.left) all.leftFooter = footerCodes({ left: p.footer.left }).slice(2);
        if (p.footer.right) all.rightFooter = footerCodes({ right: p.footer.right }).slice(2);
      }
      for (const col of p.colBreaks ?? []) ws.verticalPageBreaks.add(`${columnLetters(col)}1`);
    });
  }
}

/** Excel's default column width (8.43 characters) in points, and A4 less the Normal margins. */
const DEFAULT_COLUMN_POINTS = 48;
const PRINTABLE_POINTS = { portrait: 595 - 2 * 50.4, landscape: 842 - 2 * 50.4 };

/** The print scale (10–100 %) at which the model's columns fit the width of an A4 page. */
export function fitToWidthScale(model: SheetModel, orientation: "landscape" | "portrait"): number {
  let cols = 0;
  for (const c of model.cells) cols = Math.max(cols, c.col + 1);
  if (model.table) cols = Math.max(cols, model.table.range.right + 1);
  let width = 0;
  for (let c = 0; c < cols; c++) {
    const chars = model.columnWidths?.[c];
    width += chars ? charsToPoints(chars) : DEFAULT_COLUMN_POINTS;
  }
  if (width === 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((100 * PRINTABLE_POINTS[orientation]) / width)));
}
