import type { OoxmlPackage } from "./ooxml-package";
import { workbookSheets } from "./workbook-sheets";

/** `<x:tag` or `<tag` followed by a space, "/" or ">": any namespace prefix reads. */
const open = (tag: string) => new RegExp(`<(\\w+:)?${tag}(?=[\\s/>])`);

/** Sets or removes one attribute in a start tag's text. */
function withAttr(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const without = tag.replace(re, "");
  if (value === null) return without;
  return without.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

/** The first start tag of `tag` in xml, with its position, or null. */
function firstTag(xml: string, tag: string): { text: string; at: number } | null {
  const m = open(tag).exec(xml);
  if (!m) return null;
  const end = xml.indexOf(">", m.index);
  return end < 0 ? null : { text: xml.slice(m.index, end + 1), at: m.index };
}

function replaceAt(xml: string, at: number, old: string, next: string): string {
  return xml.slice(0, at) + next + xml.slice(at + old.length);
}

/**
 * Makes the workbook open on one sheet: the first workbook view's activeTab points at it and
 * only its first sheet view is selected. Two selected tabs would open as grouped sheets, where
 * typing changes both, so every other sheet's tabSelected is removed.
 */
export async function setActiveSheet(pkg: OoxmlPackage, wbPath: string, name: string): Promise<void> {
  const sheets = await workbookSheets(pkg, wbPath);
  const index = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
  const wb = await pkg.text(wbPath);
  if (index < 0 || wb === null) return;
  const view = firstTag(wb, "workbookView");
  if (view) {
    let tag = withAttr(view.text, "activeTab", String(index));
    // A first visible tab after ours would hide it from the tab bar.
    tag = withAttr(tag, "firstSheet", null);
    pkg.setText(wbPath, replaceAt(wb, view.at, view.text, tag));
  } else {
    const sheetsTag = firstTag(wb, "sheets");
    if (!sheetsTag) return;
    const prefix = /^<(\w+:)?/.exec(sheetsTag.text)?.[1] ?? "";
    const views = `<${prefix}bookViews><${prefix}workbookView activeTab="${index}"/></${prefix}bookViews>`;
    pkg.setText(wbPath, wb.slice(0, sheetsTag.at) + views + wb.slice(sheetsTag.at));
  }
  for (const [i, s] of sheets.entries()) {
    const xml = s.path ? await pkg.text(s.path) : null;
    if (xml === null) continue;
    const sv = firstTag(xml, "sheetView");
    if (sv) {
      const tag = withAttr(sv.text, "tabSelected", i === index ? "1" : null);
      if (tag !== sv.text) pkg.setText(s.path, replaceAt(xml, sv.at, sv.text, tag));
    }
  }
}
