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
        out.push(decodeEscapes(current));
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

/** ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` a literal underscore. */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
