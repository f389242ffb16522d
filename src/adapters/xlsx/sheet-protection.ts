import type { CellRange } from "../../domain/snapshot";
import { cellKey, restyleCells, type Restyle } from "./sheet-cell-styles";
import { attr, elements, insertBefore, setAttr, startTag } from "./xml-text";
import { worksheetChildrenAfter } from "./worksheet-order";

const AFTER_PROTECTION = worksheetChildrenAfter("sheetProtection");

/**
 * Protects a sheet: locked cells cannot be changed, unlocked ones can. Without a password
 * (the default) the school can lift it from the Review tab, which is the point: it guards
 * against slips, not against the school. Column widths and row heights stay adjustable.
 */
export function protectSheet(sheetXml: string, password?: string): string {
  const pw = password ? ` password="${legacyPasswordHash(password)}"` : "";
  const el = `<sheetProtection${pw} sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>`;
  const existing = elements(sheetXml, "sheetProtection")[0];
  if (existing) return sheetXml.slice(0, existing.start) + el + sheetXml.slice(existing.end);
  return insertBefore(sheetXml, AFTER_PROTECTION, "</worksheet>", el);
}

/**
 * The 16-bit hash Excel checks a sheet password against (ECMA-376 Part 4, 14.7.1
 * «legacy password hash»); every spreadsheet program reads it.
 */
export function legacyPasswordHash(password: string): string {
  let hash = 0;
  for (let i = 0; i < password.length; i++) {
    let v = password.charCodeAt(i) << (i + 1);
    const rotated = v >> 15;
    v &= 0x7fff;
    hash ^= v | rotated;
  }
  hash ^= password.length;
  hash ^= 0xce4b;
  return hash.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Unlocks cells (so they stay editable on a protected sheet): each distinct format of those
 * cells gets a twin with `<protection locked="0"/>` in styles.xml. Returns both parts.
 */
export function unlockCells(
  sheetXml: string,
  stylesXml: string,
  ranges: readonly CellRange[],
): { sheetXml: string; stylesXml: string } {
  const twins = new Map<number, number>();
  let styles = stylesXml;
  const unlocked: Restyle = (xf) => {
    const known = twins.get(xf);
    if (known !== undefined) return known;
    const made = addUnlockedTwin(styles, xf);
    styles = made.stylesXml;
    twins.set(xf, made.index);
    return made.index;
  };
  const targets = new Map<string, Restyle>();
  for (const r of ranges) {
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) targets.set(cellKey(row, col), unlocked);
    }
  }
  return { sheetXml: restyleCells(sheetXml, targets), stylesXml: styles };
}

function addUnlockedTwin(stylesXml: string, xf: number): { stylesXml: string; index: number } {
  const section = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!section) throw new Error("styles.xml has no cellXfs");
  const xfs = elements(section[1], "xf");
  const base = xfs[xf]?.text ?? xfs[0]?.text ?? `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  let tag = setAttr(startTag(base), "applyProtection", "1");
  let inner = base.endsWith("/>") ? "" : base.slice(startTag(base).length, -"</xf>".length);
  inner = inner.replace(/<protection\b[^>]*?(\/>|>[\s\S]*?<\/protection>)/, "");
  // CT_Xf order: alignment, protection, extLst.
  const ext = inner.indexOf("<extLst");
  const protection = `<protection locked="0"/>`;
  inner = ext >= 0 ? inner.slice(0, ext) + protection + inner.slice(ext) : inner + protection;
  tag = tag.replace(/\s*\/>$/, ">");
  const twin = `${tag}${inner}</xf>`;
  const index = xfs.length;
  const open = startTag(section[0]);
  const count = attr(open, "count") !== null ? setAttr(open, "count", String(index + 1)) : open;
  const body = `${count}${section[1]}${twin}</cellXfs>`;
  return {
    stylesXml: stylesXml.slice(0, section.index) + body + stylesXml.slice(section.index + section[0].length),
    index,
  };
}
