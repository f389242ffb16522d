import type { SheetModel } from "../../domain/sheet-model";
import { type Dialect, relKind, TRANSITIONAL } from "./dialect";
import { CT, OoxmlPackage } from "./ooxml-package";
import { workbookSheets } from "./workbook-sheets";
import { printTitlesRef, renderSheetXml, renderTableXml, tableColumnNames, tableName } from "./render-sheet";
import type { StylesEditor } from "./styles-editor";
import { appendInto, attr, elements, escapeXml, insertBefore, setAttr, startTag } from "./xml-text";

/**
 * Creates or replaces (same name, same tab position) a sheet the add-in owns inside the
 * package. Parts the old version of that sheet owned (its table, comments) are dropped so
 * table names never clash; nothing belonging to other sheets is touched.
 */
export async function writeSheetPart(
  pkg: OoxmlPackage,
  wbPath: string,
  styles: StylesEditor,
  model: SheetModel,
  state: "visible" | "veryHidden" = "visible",
  d: Dialect = TRANSITIONAL,
): Promise<void> {
  const sheets = await workbookSheets(pkg, wbPath);
  // An owned sheet this one replaces (checked by the caller) is renamed and rewritten in place.
  const replaces = new Set((model.replaces ?? []).map((n) => n.toLowerCase()));
  const existing =
    sheets.find((s) => s.name.toLowerCase() === model.name.toLowerCase()) ??
    sheets.find((s) => replaces.has(s.name.toLowerCase()));
  let path: string;
  let index: number;
  if (existing && existing.path) {
    path = existing.path;
    index = sheets.indexOf(existing);
    await dropOwnedParts(pkg, path);
  } else {
    path = pkg.freePath("xl/worksheets/sheet", ".xml");
    const relId = await pkg.addRel(wbPath, d.rel("worksheet"), path);
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    const p = d.workbookPrefix;
    let wb = (await pkg.text(wbPath))!;
    const el = `<${p}sheet name="${escapeXml(model.name)}" sheetId="${sheetId}"${state === "visible" ? "" : ` state="${state}"`} r:id="${relId}"/>`;
    wb = appendInto(wb, `${p}sheets`, el) ?? wb;
    const root = wb.indexOf(`<${p}workbook`);
    if (!/xmlns:r=/.test(startTag(wb.slice(root))))
      wb = `${wb.slice(0, root)}<${p}workbook xmlns:r="${d.r}"${wb.slice(root + p.length + 9)}`;
    pkg.setText(wbPath, wb);
    index = sheets.length;
    await pkg.setOverride(path, CT.worksheet);
  }
  if (existing) await setSheetState(pkg, wbPath, existing.name, model.name, state, d.workbookPrefix);

  let tableRelId: string | null = null;
  const columns = tableColumnNames(model);
  if (model.table && columns) {
    const tablePath = pkg.freePath("xl/tables/table", ".xml");
    const { ids, names } = await existingTables(pkg);
    const id = Math.max(0, ...ids) + 1;
    const name = tableName(model.table.name, names);
    pkg.setText(tablePath, renderTableXml(id, name, model, columns, model.table.style, d.main));
    await pkg.setOverride(tablePath, CT.table);
    tableRelId = await pkg.addRel(path, d.rel("table"), tablePath);
  }
  pkg.setText(path, renderSheetXml(model, styles, tableRelId, d));
  await setPrintTitles(pkg, wbPath, index, printTitlesRef(model), d.workbookPrefix);
}

async function dropOwnedParts(pkg: OoxmlPackage, sheetPath: string): Promise<void> {
  for (const rel of await pkg.rels(sheetPath)) {
    if (rel.external) continue;
    if (["table", "comments", "vmlDrawing"].includes(relKind(rel.type))) {
      pkg.remove(rel.path);
      await pkg.removeOverride(rel.path);
    }
  }
  const relsPath = OoxmlPackage.relsPathOf(sheetPath);
  if (pkg.has(relsPath)) pkg.remove(relsPath);
}

async function existingTables(pkg: OoxmlPackage): Promise<{ ids: number[]; names: Set<string> }> {
  const ids: number[] = [];
  const names = new Set<string>();
  for (const p of pkg.paths().filter((x) => /^xl\/tables\/[^/]+\.xml$/.test(x))) {
    const tag = /<table\b[^>]*>/.exec((await pkg.text(p)) ?? "")?.[0] ?? "";
    ids.push(Number(attr(tag, "id") ?? 0));
    names.add((attr(tag, "name") ?? "").toLowerCase());
    names.add((attr(tag, "displayName") ?? "").toLowerCase());
  }
  return { ids, names };
}

async function setSheetState(
  pkg: OoxmlPackage,
  wbPath: string,
  oldName: string,
  newName: string,
  state: string,
  p: string,
): Promise<void> {
  const before = (await pkg.text(wbPath))!;
  let wb = before;
  const el = elements(wb, `${p}sheet`).find((e) => attr(startTag(e.text), "name") === oldName);
  if (!el) return;
  let tag = setAttr(startTag(el.text), "name", newName);
  tag = state === "visible" ? tag.replace(/\sstate="[^"]*"/, "") : setAttr(tag, "state", state);
  wb = wb.slice(0, el.start) + tag + wb.slice(el.start + startTag(el.text).length);
  // An unchanged workbook part is left alone, so it stays byte for byte as it was.
  if (wb !== before) pkg.setText(wbPath, wb);
}

/** Replaces the sheet's print-titles name (and a stale filter name) with the model's. */
async function setPrintTitles(
  pkg: OoxmlPackage,
  wbPath: string,
  index: number,
  ref: string | null,
  p: string,
): Promise<void> {
  const before = (await pkg.text(wbPath))!;
  let wb = before;
  for (const e of elements(wb, `${p}definedName`).reverse()) {
    const tag = startTag(e.text);
    const name = attr(tag, "name");
    if (
      attr(tag, "localSheetId") === String(index) &&
      (name === "_xlnm.Print_Titles" || name === "_xlnm._FilterDatabase")
    ) {
      wb = wb.slice(0, e.start) + wb.slice(e.end);
    }
  }
  if (ref) {
    const el = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ref)}</${p}definedName>`;
    wb =
      appendInto(wb, `${p}definedNames`, el) ??
      insertBefore(
        wb,
        [
          "calcPr",
          "oleSize",
          "customWorkbookViews",
          "pivotCaches",
          "smartTagPr",
          "smartTagTypes",
          "webPublishing",
          "fileRecoveryPr",
          "webPublishObjects",
          "extLst",
        ].map((f) => p + f),
        `</${p}workbook>`,
        `<${p}definedNames>${el}</${p}definedNames>`,
      );
  }
  // Only a list this edit emptied is dropped; hers, even if empty, stays.
  const empty = new RegExp(`<${p}definedNames>\\s*</${p}definedNames>`);
  if (wb !== before && !empty.test(before)) wb = wb.replace(empty, "");
  if (wb !== before) pkg.setText(wbPath, wb);
}
