import type { SheetSnapshot, WorkbookSnapshot } from "../../domain/snapshot";
import type { OoxmlPackage } from "./ooxml-package";
import { readSharedStrings } from "./read-shared-strings";
import { NotAWorksheet, readSheet } from "./read-sheet";
import { readCellFormats } from "./read-styles";
import { readWorkbookPart } from "./read-workbook-part";
import { utf8Of } from "./xml-scan";

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25569;

/** Date (read in UTC) → 1900-system serial, the form snapshots use. */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return Math.round(serial * 1e9) / 1e9;
}

/** The workbook part could not be read as a workbook (damaged XML, no sheet list). */
export class UnreadableWorkbook extends Error {}

/**
 * The snapshot of a package, one pass over each part it needs: the workbook part and its
 * relationships, shared strings, styles (number formats only) and every worksheet, found
 * through the relationships whatever their names. Chartsheets, dialog sheets and macro
 * sheets have no cells to check and are left out; snapshots always use 1900-system serials.
 */
export async function readWorkbook(
  pkg: OoxmlPackage,
  onProgress?: (fraction: number) => void,
): Promise<WorkbookSnapshot> {
  const wbPath = await pkg.workbookPath();
  const wbXml = wbPath ? await pkg.text(wbPath) : null;
  if (!wbPath || wbXml === null) throw new UnreadableWorkbook("no workbook part");
  const wb = readWorkbookPart(wbXml);
  if (wb.root !== "workbook" || (wb.error && wb.sheets.length === 0)) {
    throw new UnreadableWorkbook(wb.error ?? `root element ${wb.root}`);
  }
  const rels = await pkg.rels(wbPath);
  const relOf = (type: string) => rels.find((r) => !r.external && r.type.endsWith(type));
  const sharedStrings = relOf("/sharedStrings");
  const styles = relOf("/styles");
  const ctx = {
    sharedStrings: readSharedStrings(sharedStrings ? await pkg.bytes(sharedStrings.path) : null),
    cellFormats: readCellFormats(styles ? await pkg.text(styles.path) : null),
    date1904: wb.date1904,
  };
  const sheets: SheetSnapshot[] = [];
  for (const [i, s] of wb.sheets.entries()) {
    const rel = rels.find((r) => r.id === s.relId && !r.external);
    // Bytes, not text: the worksheet is scanned as UTF-8 and no decoded copy is kept.
    const bytes = rel ? await pkg.bytes(rel.path) : null;
    onProgress?.((i + 1) / wb.sheets.length);
    if (bytes === null) continue;
    try {
      const data = readSheet(utf8Of(bytes), ctx);
      sheets.push({ name: s.name, index: sheets.length, ...data, visibility: s.state });
    } catch (e) {
      if (!(e instanceof NotAWorksheet)) throw e;
    }
  }
  return { sheets };
}
