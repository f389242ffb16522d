import { MonitorError } from "../../app/workbook-gateway";
import { isBlank, type WorkbookSnapshot } from "../../domain/snapshot";
import { OoxmlPackage } from "./ooxml-package";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as a UTF-16LE directory entry name inside an OLE compound file. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Classifies bytes before any parsing, so the user hears why a file cannot be opened:
 * a password-protected .xlsx is an OLE container with an EncryptionInfo stream; an old
 * .xls is an OLE container without one; an .xlsx (and a renamed .ods) is a zip.
 */
export async function checkSpreadsheetZip(bytes: Uint8Array): Promise<OoxmlPackage> {
  if (isOle(bytes)) {
    throw new MonitorError(isEncryptedPackage(bytes) ? "encrypted" : "not-xlsx", { reason: "ole" });
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new MonitorError("not-xlsx", { reason: "not-zip" });
  let pkg: OoxmlPackage;
  try {
    pkg = await OoxmlPackage.load(bytes);
  } catch (e) {
    // Starts like a zip but cannot be read: a damaged or truncated download.
    throw new MonitorError("corrupt", { reason: "zip" }, e);
  }
  // The workbook is found through the package relationships, as Excel does; a zip without
  // one is another kind of file (a renamed .ods has content.xml instead).
  if (!(await pkg.workbookPath())) {
    throw new MonitorError("not-xlsx", { reason: pkg.has("content.xml") ? "ods" : "not-spreadsheet" });
  }
  return pkg;
}

/** An OLE container with an EncryptionInfo stream: an encrypted .xlsx. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return isOle(bytes) && hasUtf16(bytes, "EncryptionInfo");
}

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && startsWith(bytes, CFB_MAGIC);
}

/** An opened workbook must have at least one cell with a value. */
export function assertNotEmpty(snapshot: WorkbookSnapshot): void {
  const any = snapshot.sheets.some((s) => s.rows.some((r) => r?.some((v) => !isBlank(v))));
  if (!any) throw new MonitorError("empty-workbook", { sheets: String(snapshot.sheets.length) });
}
