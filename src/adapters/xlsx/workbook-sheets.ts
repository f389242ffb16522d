import type { OoxmlPackage, SheetEntry } from "./ooxml-package";
import { partPrefix } from "./xml-children";
import { attr, elements, startTag } from "./xml-text";

/**
 * The sheets listed in the workbook part, in tab order, with their part paths found through
 * the workbook's relationships. Any namespace prefix reads (`<x:sheet>`, as the .NET Open
 * XML SDK writes), so the writer paints the same sheets the reader reads.
 */
export async function workbookSheets(pkg: OoxmlPackage, wbPath: string): Promise<SheetEntry[]> {
  const xml = (await pkg.text(wbPath)) ?? "";
  const rels = await pkg.rels(wbPath);
  const p = partPrefix(xml);
  const list = new RegExp(`<${p}sheets\\b[^>]*>([\\s\\S]*?)</${p}sheets>`).exec(xml)?.[1] ?? "";
  return elements(list, `${p}sheet`).map((e) => {
    const tag = startTag(e.text);
    const relId = attr(tag, "id") ?? "";
    const state = attr(tag, "state");
    return {
      name: attr(tag, "name") ?? "",
      sheetId: Number(attr(tag, "sheetId") ?? 0),
      relId,
      path: rels.find((r) => r.id === relId && !r.external)?.path ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    };
  });
}
