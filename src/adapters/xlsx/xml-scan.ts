import { SaxesParser } from "saxes";

/** Attributes of a start tag as written (names keep their prefix, values are unescaped). */
export type Attrs = Record<string, string>;

export interface ScanHandlers {
  /** `local` is the element name without its namespace prefix (`x:row` → `row`). */
  open?(local: string, attrs: Attrs): void;
  close?(local: string): void;
  /** Character data (text and CDATA), possibly in several pieces. */
  text?(text: string): void;
}

/** What went wrong in a part that could still be scanned; the first well-formedness error, if any. */
export interface ScanResult {
  error: string | null;
}

/**
 * One pass over an XML part with saxes, elements matched by local name, so SpreadsheetML
 * written with a prefix (`<x:workbook>`, as the .NET Open XML SDK does) and Strict OOXML
 * (other namespace URIs) read like the usual files. A well-formedness error does not stop
 * the scan (Excel and LibreOffice repair what they can); it is reported to the caller.
 */
/**
 * saxes builds an Error (with a stack) for every problem it reports; a crafted part with
 * 50,000 undefined entities spent seconds there. Only the first message is kept anyway.
 */
class QuietParser extends SaxesParser<{ xmlns: false; position: false }> {
  makeError(message: string): Error {
    return { name: "XmlError", message } as Error;
  }
}

export function scanXml(xml: string, h: ScanHandlers): ScanResult {
  const parser = new QuietParser({ xmlns: false, position: false });
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as Attrs));
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    parser.on("text", h.text);
    parser.on("cdata", h.text);
  }
  parser.write(xml).close();
  return { error };
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix (`r:id`, `ns:id`, `id`). */
export function attrOf(attrs: Attrs, local: string): string | undefined {
  const plain = attrs[local];
  if (plain !== undefined) return plain;
  for (const key in attrs) if (localName(key) === local && key.includes(":")) return attrs[key];
  return undefined;
}

/** `1`/`true` (any case), as xsd:boolean allows. */
export function isTrue(v: string | undefined): boolean {
  return v === "1" || v?.toLowerCase() === "true";
}

/** Decodes a part's bytes: UTF-8 unless a byte-order mark or the first bytes say UTF-16. */
export function decodeXml(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // "<?" in UTF-16 without a byte-order mark.
  if (b0 === 0x3c && b1 === 0x00) return new TextDecoder("utf-16le").decode(bytes);
  if (b0 === 0x00 && b1 === 0x3c) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** A part's bytes as UTF-8: as they are, unless they are UTF-16 (re-encoded, rare). */
export function utf8Of(bytes: Uint8Array): Uint8Array {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 =
    (b0 === 0xff && b1 === 0xfe) ||
    (b0 === 0xfe && b1 === 0xff) ||
    (b0 === 0x3c && b1 === 0x00) ||
    (b0 === 0x00 && b1 === 0x3c);
  return utf16 ? new TextEncoder().encode(decodeXml(bytes)) : bytes;
}
