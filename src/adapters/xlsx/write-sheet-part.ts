import type { SheetModel } from "../../domain/sheet-model";
import { CT, NS_R, OoxmlPackage, REL } from "./ooxml-package";
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
): Promise<void> {
  const sheets = await pkg.sheets();
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
    const relId = await pkg.addRel(wbPath, REL.worksheet, path);
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    let wb = (await pkg.text(wbPath))!;
    const el = `<sheet name="${escapeXml(model.name)}" sheetId="${sheetId}"${state === "visible" ? "" : ` state="${state}"`} r:id="${relId}"/>`;
    wb = appendInto(wb, "sheets", el) ?? wb;
    if (!/xmlns:r=/.test(startTag(wb.slice(wb.indexOf("<workbook")))))
      wb = wb.replace(/<workbook\b/, `<workbook xmlns:r="${NS_R}"`);
    pkg.setText(wbPath, wb);
    index = sheets.length;
    await pkg.setOverride(path, CT.worksheet);
  }
  if (existing) await setSheetState(pkg, wbPath, existing.name, model.name, state);

  let tableRelId: string | null = null;
  const columns = tableColumnNames(model);
  if (model.table && columns) {
    const tablePath = pkg.freePath("xl/tables/table", ".xml");
    const { ids, names } = await existingTables(pkg);
    const id = Math.max(0, ...ids) + 1;
    const name = tableName(model.table.name, names);
    pkg.setText(tablePath, renderTableXml(id, name, model, columns, model.table.style));
    await pkg.setOverride(tablePath, CT.table);
    tableRelId = await pkg.addRel(path, REL.table, tablePath);
  }
  pkg.setText(path, renderSheetXml(model, styles, tableRelId));
  await setPrintTitles(pkg, wbPath, index, printTitlesRef(model));
}

async function dropOwnedParts(pkg: OoxmlPackage, sheetPath: string): Promise<void> {
  for (const rel of await pkg.rels(sheetPath)) {
    if (rel.external) continue;
    if (rel.type === REL.table || rel.type === REL.comments || rel.type === REL.vmlDrawing) {
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
): Promise<void> {
  let wb = (await pkg.text(wbPath))!;
  const el = elements(wb, "sheet").find((e) => attr(startTag(e.text), "name") === oldName);
  if (!el) return;
  let tag = setAttr(startTag(el.text), "name", newName);
  tag = state === "visible" ? tag.replace(/\sstate="[^"]*"/, "") : setAttr(tag, "state", state);
  wb = wb.slice(0, el.start) + tag + wb.slice(el.start + startTag(el.text).length);
  pkg.setText(wbPath, wb);
}

/** Replaces the sheet's print-titles name (and a stale filter name) with the model's. */
async function setPrintTitles(pkg: OoxmlPackage, wbPath: string, index: number, ref: string | null): Promise<void> {
  let wb = (await pkg.text(wbPath))!;
  for (const e of elements(wb, "definedName").reverse()) {
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
    const el = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ref)}</definedName>`;
    wb =
      appendInto(wb, "definedNames", el) ??
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
        ],
        "</workbook>",
        `<definedNames>${el}</definedNames>`,
      );
  }
  wb = wb.replace(/<definedNames>\s*<\/definedNames>/, "");
  pkg.setText(wbPath, wb);
}
