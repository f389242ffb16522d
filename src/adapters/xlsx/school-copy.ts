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
  return (await copyPackage(plan, options)).toBytes();
}

/**
 * The renderer for a whole split: the same copies as renderSchoolCopy, but a part that is
 * the same in every copy (the roadmap, «Правила показателей», styles, relationships) is
 * compressed once, for the first copy, and its compressed bytes are reused in the others —
 * compression is most of the cost of a copy.
 */
export function schoolCopyRenderer(options: CopyOptions = {}): (plan: SchoolCopyPlan) => Promise<Uint8Array> {
  let first: { bytes: Uint8Array; parts: Map<string, string | Uint8Array> } | null = null;
  return async (plan) => {
    const pkg = await copyPackage(plan, options);
    if (!first) {
      const bytes = await pkg.toBytes();
      first = { bytes, parts: await partsOf(pkg) };
      return bytes;
    }
    // The first copy's zip, with every part this copy has otherwise put in its place.
    const out = await OoxmlPackage.load(first.bytes);
    const parts = await partsOf(pkg);
    for (const path of out.paths()) if (!parts.has(path)) out.remove(path);
    for (const [path, data] of parts) {
      if (same(first.parts.get(path), data)) continue;
      if (typeof data === "string") out.setText(path, data);
      else out.setBytes(path, data);
    }
    return out.toBytes();
  };
}

async function copyPackage(plan: SchoolCopyPlan, options: CopyOptions): Promise<OoxmlPackage> {
  const book = newXlsxWorkbook();
  await book.createWorkbook(plan.sheets.map((s) => s.model));
  await book.saveState(COPY_MARK_KEY, encodeMark(plan.mark));
  await book.saveState(OWNED_KEY, JSON.stringify([plan.issuesSheet]));
  // The package before it is zipped, so each part is compressed once, by the caller.
  const pkg = await book.toPackage();
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
  return pkg;
}

/** Every part of a copy: XML parts as text (as the writer made them), anything else as bytes. */
async function partsOf(pkg: OoxmlPackage): Promise<Map<string, string | Uint8Array>> {
  const out = new Map<string, string | Uint8Array>();
  for (const path of pkg.paths()) {
    out.set(path, /\.(xml|rels|vml)$/i.test(path) ? (await pkg.text(path))! : (await pkg.bytes(path))!);
  }
  return out;
}

function same(a: string | Uint8Array | undefined, b: string | Uint8Array): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}
