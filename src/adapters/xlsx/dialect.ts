import { NS_MAIN, NS_R, type OoxmlPackage } from "./ooxml-package";
import { prefixOf, rootElement } from "./xml-children";

/**
 * Strict OOXML (ISO/IEC 29500 Strict) names its namespaces and relationship types under
 * purl.oclc.org. A Strict package keeps them: the writer never mixes in Transitional names.
 */
export const NS_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
export const NS_STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** How the package spells SpreadsheetML: which namespaces, and the prefix of its workbook part. */
export interface Dialect {
  strict: boolean;
  main: string;
  r: string;
  /** "x:" when the workbook part is written `<x:workbook>` (the .NET Open XML SDK), else "". */
  workbookPrefix: string;
  /** Relationship type for a kind of part ("worksheet", "styles", "comments", …). */
  rel(kind: string): string;
}

export const TRANSITIONAL: Dialect = dialect(false, "");

function dialect(strict: boolean, workbookPrefix: string): Dialect {
  const r = strict ? NS_STRICT_R : NS_R;
  return { strict, main: strict ? NS_STRICT_MAIN : NS_MAIN, r, workbookPrefix, rel: (kind) => `${r}/${kind}` };
}

/** The dialect of a package, read from its workbook part. */
export async function dialectOf(pkg: OoxmlPackage, wbPath: string): Promise<Dialect> {
  const xml = (await pkg.text(wbPath)) ?? "";
  const root = rootElement(xml);
  const open = root ? xml.slice(root.start, root.openEnd) : "";
  return dialect(open.includes(NS_STRICT_MAIN), root ? prefixOf(root.qname) : "");
}

/** A relationship type of any dialect, by its last segment ("…/relationships/comments" → "comments"). */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
