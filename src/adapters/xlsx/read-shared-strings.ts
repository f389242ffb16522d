import { scanXml } from "./xml-scan";

/**
 * The shared string table: each `<si>` as plain text, rich-text runs joined, phonetic
 * guides (`rPh`) left out, as Excel shows the cell.
 */
export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let current = "";
  scanXml(xml, {
    open(local) {
      if (local === "si") {
        inSi = true;
        current = "";
      } else if (local === "rPh") phonetic++;
      else if (local === "t" && inSi && phonetic === 0) inT = true;
    },
    close(local) {
      if (local === "si") {
        out.push(cellText(current));
        inSi = false;
      } else if (local === "rPh") phonetic--;
      else if (local === "t") inT = false;
    },
    text(t) {
      if (inT) current += t;
    },
  });
  return out;
}

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
