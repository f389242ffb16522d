import type { CellStyle } from "../../domain/sheet-model";
import { appendInto, attr, elements, escapeXml, recount, setAttr, startTag } from "./xml-text";

/** ARGB as stored in styles.xml ("#c6efce" → "FFC6EFCE"). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Excel's built-in number formats that have an id and no <numFmt> entry. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/**
 * Adds cell formats to styles.xml without touching the existing ones, so every cell the
 * add-in does not paint keeps its exact style index. Formats are memoised: painting
 * 70,000 cells in six colours adds at most (existing formats × 6) entries.
 */
export class StylesEditor {
  private readonly fillXf = new Map<string, number>();
  private readonly modelXf = new Map<string, number>();
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private borderId: number | null = null;
  private xfCount: number;

  constructor(private xml: string) {
    this.xfCount = this.cellXfs().length;
  }

  toXml(): string {
    return this.xml;
  }

  /** Number of cell formats (valid `s` values are 0 … count − 1). */
  get count(): number {
    return this.xfCount;
  }

  /** A format equal to `baseXf` (font, border, number format, alignment, protection) but with a solid fill. */
  solidFillOver(baseXf: number, hex: string): number {
    const key = `${baseXf}|${hex.toUpperCase()}`;
    const known = this.fillXf.get(key);
    if (known !== undefined) return known;
    const xfs = this.cellXfs();
    const base = xfs[baseXf] ?? xfs[0] ?? `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const fillId = this.solidFill(hex);
    const tag = startTag(base);
    const newTag = setAttr(setAttr(tag, "fillId", String(fillId)), "applyFill", "1");
    const xf = newTag + base.slice(tag.length);
    // A file painted by an earlier run already has this format: reuse it rather than grow styles.xml.
    const id = this.existingXf(xf) ?? this.addXf(xf);
    this.fillXf.set(key, id);
    return id;
  }

  /** A format equal to `baseXf` but with another number format (collect: a date arriving in a General cell). */
  numberFormatOver(baseXf: number, code: string): number {
    const xfs = this.cellXfs();
    const base = xfs[baseXf] ?? xfs[0] ?? `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const tag = startTag(base);
    const id = this.numFmt(code);
    const newTag = setAttr(setAttr(tag, "numFmtId", String(id)), "applyNumberFormat", "1");
    const xf = newTag + base.slice(tag.length);
    return this.existingXf(xf) ?? this.addXf(xf);
  }

  /** The fill colour ("#RRGGBB") of a format when it is a solid RGB fill. */
  fillOf(xf: number): string | null {
    const tag = this.cellXfs()[xf];
    if (!tag) return null;
    const fillId = Number(attr(startTag(tag), "fillId") ?? 0);
    const fill = elements(this.section("fills"), "fill")[fillId]?.text ?? "";
    const m = /patternType="solid"[\s\S]*?<fgColor\b[^>]*rgb="([0-9A-Fa-f]{8})"/.exec(fill);
    return m ? `#${m[1].slice(2).toUpperCase()}` : null;
  }

  /** A format for a cell of a sheet the add-in writes. */
  forModel(style: CellStyle | undefined): number {
    if (!style || Object.keys(style).length === 0) return 0;
    const key = JSON.stringify(style, Object.keys(style).sort());
    const known = this.modelXf.get(key);
    if (known !== undefined) return known;
    const fontId = style.bold || style.italic || style.fontColor || style.fontSize ? this.font(style) : 0;
    const fillId = style.fill ? this.solidFill(style.fill) : 0;
    const borderId = style.border ? this.thinBorder() : 0;
    const numFmtId = style.numberFormat ? this.numFmt(style.numberFormat) : 0;
    const align =
      style.wrap || style.hAlign || style.vAlign
        ? `<alignment${style.hAlign ? ` horizontal="${style.hAlign}"` : ""}${
            style.vAlign ? ` vertical="${style.vAlign === "middle" ? "center" : style.vAlign}"` : ""
          }${style.wrap ? ` wrapText="1"` : ""}/>`
        : "";
    const applies =
      (fontId ? ` applyFont="1"` : "") +
      (fillId ? ` applyFill="1"` : "") +
      (borderId ? ` applyBorder="1"` : "") +
      (numFmtId ? ` applyNumberFormat="1"` : "") +
      (align ? ` applyAlignment="1"` : "");
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${
      align ? `>${align}</xf>` : "/>"
    }`;
    const id = this.addXf(xf);
    this.modelXf.set(key, id);
    return id;
  }

  private cellXfs(): string[] {
    return elements(this.section("cellXfs"), "xf").map((e) => e.text);
  }

  private section(name: string): string {
    return new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`).exec(this.xml)?.[0] ?? "";
  }

  private xfIndex: Map<string, number> | null = null;

  private existingXf(xf: string): number | undefined {
    if (!this.xfIndex) {
      this.xfIndex = new Map();
      this.cellXfs().forEach((text, i) => {
        if (!this.xfIndex!.has(text)) this.xfIndex!.set(text, i);
      });
    }
    return this.xfIndex.get(xf);
  }

  private addXf(xf: string): number {
    this.xfIndex?.set(xf, this.xfCount);
    this.xml = this.append("cellXfs", xf, "xf", ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
    return this.xfCount++;
  }

  /** Appends a child to a container, creating the container at its schema position if missing. */
  private append(container: string, child: string, childName: string, followers: string[]): string {
    let xml = appendInto(this.xml, container, child);
    if (xml === null) {
      const block = `<${container} count="1">${child}</${container}>`;
      const at = followers.map((f) => this.xml.search(new RegExp(`<${f}[\\s/>]`))).filter((i) => i >= 0);
      const pos = at.length ? Math.min(...at) : this.xml.lastIndexOf("</styleSheet>");
      xml = this.xml.slice(0, pos) + block + this.xml.slice(pos);
    }
    return recount(xml, container, childName);
  }

  private solidFill(hex: string): number {
    const key = hex.toUpperCase();
    const known = this.fills.get(key);
    if (known !== undefined) return known;
    const existing = elements(this.section("fills"), "fill").map((e) => e.text);
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
    const same = existing.indexOf(fill);
    if (same >= 0) {
      this.fills.set(key, same);
      return same;
    }
    const id = existing.length;
    this.xml = this.append("fills", fill, "fill", ["borders", "cellStyleXfs", "cellXfs"]);
    this.fills.set(key, id);
    return id;
  }

  private font(style: CellStyle): number {
    const key = `${style.bold}|${style.italic}|${style.fontColor}|${style.fontSize}`;
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    const first = elements(this.section("fonts"), "font")[0]?.text ?? "";
    const name = /<name\b[^>]*val="([^"]*)"/.exec(first)?.[1] ?? "Calibri";
    const size = style.fontSize ?? Number(/<sz\b[^>]*val="([^"]*)"/.exec(first)?.[1] ?? 11);
    const font =
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${size}"/>` +
      `${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : `<color theme="1"/>`}<name val="${name}"/><family val="2"/></font>`;
    const id = elements(this.section("fonts"), "font").length;
    this.xml = this.append("fonts", font, "font", ["fills", "borders", "cellStyleXfs", "cellXfs"]);
    this.fonts.set(key, id);
    return id;
  }

  private thinBorder(): number {
    if (this.borderId !== null) return this.borderId;
    const side = (n: string) => `<${n} style="thin"><color indexed="64"/></${n}>`;
    const border = `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
    this.borderId = elements(this.section("borders"), "border").length;
    this.xml = this.append("borders", border, "border", ["cellStyleXfs", "cellXfs"]);
    return this.borderId;
  }

  private numFmt(code: string): number {
    if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
    const existing = elements(this.section("numFmts"), "numFmt").map((e) => startTag(e.text));
    const same = existing.find((t) => attr(t, "formatCode") === code);
    if (same) return Number(attr(same, "numFmtId"));
    const id = Math.max(163, ...existing.map((t) => Number(attr(t, "numFmtId") ?? 0))) + 1;
    this.xml = this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, "numFmt", [
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
    ]);
    return id;
  }
}
