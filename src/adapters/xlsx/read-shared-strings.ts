import { type END as END_KIND, type OPEN as OPEN_KIND, type TEXT as TEXT_KIND, XmlBytes } from "./xml-bytes";
import { utf8Of } from "./xml-scan";

/**
 * The shared string table: each `<si>` as plain text, rich-text runs joined, phonetic
 * guides (`rPh`) left out, as Excel shows the cell. One pass over the part's UTF-8 bytes
 * (xml-bytes.ts), as the worksheets are read.
 */
export function readSharedStrings(bytes: Uint8Array | null): string[] {
  if (!bytes || bytes.length === 0) return [];
  const out: string[] = [];
  const x = new XmlBytes(utf8Of(bytes));
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = "";
  for (let token = x.next(); token !== END; token = x.next()) {
    if (token === TEXT) {
      if (inT) current += x.text();
    } else if (token === OPEN) {
      if (x.is("si")) {
        inSi = true;
        current = "";
      } else if (x.is("rPh")) phonetic++;
      else if (inSi && phonetic === 0 && x.is("t")) inT = true;
    } else if (x.is("si")) {
      out.push(cellText(current));
      inSi = false;
    } else if (x.is("rPh")) phonetic--;
    else if (x.is("t")) inT = false;
  }
  return out;
}

// xml-bytes' token kinds as local constants (see read-sheet.ts).
const END: typeof END_KIND = 0;
const OPEN: typeof OPEN_KIND = 1;
const TEXT: typeof TEXT_KIND = 3;

/**
 * Excel keeps at most 32,767 characters in a cell and cuts longer text when it repairs a
 * file; so does the reader, so a crafted file cannot feed the rules gigabytes of text.
 */
export const MAX_CELL_TEXT = 32_767;

export function cellText(raw: string): string {
  const text = decodeEscapes(raw);
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

/** ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` a literal underscore. */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
