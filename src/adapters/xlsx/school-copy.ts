import { OWNED_KEY } from "../../app/owned-sheets";
import { COPY_MARK_KEY, encodeMark } from "../../app/school-copy-mark";
import type { SchoolCopyPlan } from "../../app/split-plan";
import { OoxmlPackage } from "./ooxml-package";
import { protectSheet, unlockCells } from "./sheet-protection";
import { addValidations } from "./write-validation";
import { newXlsxWorkbook } from "./xlsx-workbook";

export interface CopyOptions {
  /** Sheet protection password; none by default (PRODUCT.md §6a). */
  password?: string;
}

/**
 * Renders one school's copy as .xlsx bytes: the sheets of the plan, the mark in the
 * add-in's state sheet, validation on the input cells, those cells unlocked and every
 * sheet protected.
 */
export async function renderSchoolCopy(plan: SchoolCopyPlan, options: CopyOptions = {}): Promise<Uint8Array> {
  const book = newXlsxWorkbook();
  await book.createWorkbook(plan.sheets.map((s) => s.model));
  await book.saveState(COPY_MARK_KEY, encodeMark(plan.mark));
  await book.saveState(OWNED_KEY, JSON.stringify([plan.issuesSheet]));
  const pkg = await OoxmlPackage.load(await book.toBytes());
  const wbPath = (await pkg.workbookPath()) ?? "xl/workbook.xml";
  const stylesRel = (await pkg.rels(wbPath)).find((r) => r.type.endsWith("/styles"));
  if (!stylesRel) throw new Error("school copy has no styles part");
  let styles = (await pkg.text(stylesRel.path))!;
  const parts = await pkg.sheets();
  for (const sheet of plan.sheets) {
    const part = parts.find((p) => p.name === sheet.model.name);
    if (!part?.path) continue;
    let xml = (await pkg.text(part.path))!;
    const ranges = sheet.guards.flatMap((g) => g.ranges);
    if (ranges.length) {
      const unlocked = unlockCells(xml, styles, ranges);
      xml = unlocked.sheetXml;
      styles = unlocked.stylesXml;
    }
    xml = addValidations(xml, sheet.guards);
    pkg.setText(part.path, protectSheet(xml, options.password));
  }
  pkg.setText(stylesRel.path, styles);
  return pkg.toBytes();
}
