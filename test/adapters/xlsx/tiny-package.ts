import { XMLValidator } from "fast-xml-parser";
import { OoxmlPackage } from "../../../src/adapters/xlsx/ooxml-package";

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface TinyOptions {
  /** styles.xml text, or null for a package without a styles part. */
  styles: string | null;
  /** Contents of <sheetData> of the one sheet "Лист1". */
  sheetData: string;
  strict?: boolean;
  /** Namespace prefix for the workbook and sheet parts ("x"), as the Open XML SDK writes. */
  prefix?: string;
}

/** A one-sheet workbook written by hand: the odd packages other programs write, which no library produces. */
export async function tinyPackage(o: TinyOptions): Promise<Uint8Array> {
  const main = o.strict ? STRICT_MAIN : MAIN;
  const r = o.strict
    ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
    : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const p = o.prefix ? `${o.prefix}:` : "";
  const xmlns = o.prefix ? `xmlns:${o.prefix}="${main}"` : `xmlns="${main}"`;
  const pkg = OoxmlPackage.empty();
  pkg.setText(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      (o.styles !== null
        ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`
        : "") +
      `</Types>`,
  );
  pkg.setText(
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${r}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  pkg.setText(
    "xl/workbook.xml",
    `${HEAD}<${p}workbook ${xmlns} xmlns:r="${r}"><${p}sheets><${p}sheet name="Лист1" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
  );
  pkg.setText(
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${r}/worksheet" Target="worksheets/sheet1.xml"/>` +
      (o.styles !== null ? `<Relationship Id="rId2" Type="${r}/styles" Target="styles.xml"/>` : "") +
      `</Relationships>`,
  );
  pkg.setText(
    "xl/worksheets/sheet1.xml",
    `${HEAD}<${p}worksheet ${xmlns}><${p}sheetData>${o.sheetData}</${p}sheetData></${p}worksheet>`,
  );
  if (o.styles !== null) pkg.setText("xl/styles.xml", o.styles);
  return pkg.toBytes();
}

/** Every XML part of a package (by name), for parsing each one back. */
export async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const pkg = await OoxmlPackage.load(bytes);
  const out = new Map<string, string>();
  for (const path of pkg.paths()) {
    if (/\.(xml|rels|vml)$/.test(path)) out.set(path, (await pkg.text(path))!);
  }
  return out;
}

/** Parts that are not well-formed XML, with the parser's reason (empty when all are). */
export function malformed(parts: Map<string, string>): string[] {
  const bad: string[] = [];
  for (const [path, xml] of parts) {
    const v = XMLValidator.validate(xml);
    if (v !== true) bad.push(`${path}: ${v.err.msg} (line ${v.err.line})`);
  }
  return bad;
}
