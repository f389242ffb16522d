import type { CellStyle } from "../../domain/sheet-model";
import { NS_MAIN } from "./ooxml-package";
import { childSpans, type ChildSpan, prefixOf, rootElement, withPrefix } from "./xml-children";
import { attr, escapeXml, setAttr, startTag } from "./xml-text";

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

const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** The styles of a workbook the add-in creates (the template): what Excel writes for a new book. */
export const MINIMAL_STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** CT_Stylesheet's children, in the order the schema requires. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type SectionName = (typeof ORDER)[number];

/** Sections whose `count` the writer keeps equal to the number of entries. */
const COUNTED: SectionName[] = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
];

/**
 * What a cell whose format points at a missing font shows, and what a workbook without a
 * styles part shows: LibreOffice's default cell font (Liberation Sans 10, metric-equal to
 * Arial). Measured by printing such files with LibreOffice (test/adapters/xlsx/styles-render).
 */
const FALLBACK_FONT = `<font><sz val="10"/><name val="Arial"/><family val="2"/></font>`;
const PAD: Record<"fonts" | "fills" | "borders" | "cellStyleXfs" | "cellXfs", (index: number) => string> = {
  fonts: () => FALLBACK_FONT,
  // Fills 0 and 1 are reserved by Excel (none, gray125) whatever the part says.
  fills: (i) => `<fill><patternFill patternType="${i === 1 ? "gray125" : "none"}"/></fill>`,
  borders: () => `<border><left/><right/><top/><bottom/><diagonal/></border>`,
  cellStyleXfs: () => `<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`,
  cellXfs: () => `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
};
const MIN_ENTRIES = { fonts: 1, fills: 2, borders: 1, cellStyleXfs: 1, cellXfs: 1 };

/** Every field of a cell style in a fixed order ("" for a style that sets nothing). */
const keyPart = (x: string | number | boolean | undefined) => (x === undefined || x === false ? "" : x);

function styleKey(s: CellStyle): string {
  const key = `${keyPart(s.bold)}|${keyPart(s.italic)}|${keyPart(s.fill)}|${keyPart(s.fontColor)}|${keyPart(s.fontSize)}|${keyPart(s.wrap)}|${keyPart(s.hAlign)}|${keyPart(s.vAlign)}|${keyPart(s.border)}|${keyPart(s.numberFormat)}`;
  return key === "|||||||||" ? "" : key;
}

interface Section {
  span: ChildSpan | null;
  /** Entry texts as found in the part. */
  entries: string[];
  /** Entries the add-in appends (unprefixed; the prefix is added on output). */
  added: string[];
}

/**
 * The workbook's styles part, parsed once into its sections and entries. Cell formats are
 * only ever appended: no existing entry changes, and a new entry never takes an index the
 * user's formats or cells already point at (even a dangling one), so every cell the add-in
 * does not paint keeps its exact look. Every lookup is a map or array access, so painting
 * costs the same per cell whether the workbook has 17 formats or 2,000. Formats are
 * memoised: painting 70,000 cells in six colours adds at most (formats used × 6) entries.
 */
export class StylesEditor {
  private readonly xml: string;
  private readonly root: (ChildSpan & { qname: string }) | null;
  private readonly prefix: string;
  private readonly sections = new Map<SectionName, Section>();
  /** solidFillOver's answers by base format, then colour as asked (a registry asks 70,000 times). */
  private readonly fillXf = new Map<number, Map<string, number>>();
  private readonly modelXf = new Map<string, number>();
  private readonly modelByObject = new WeakMap<CellStyle, number>();
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly xfByText = new Map<string, number>();
  private readonly fillIdOfXf: (number | undefined)[] = [];
  private readonly fillHex = new Map<number, string | null>();
  private borderId: number | null = null;
  private nextNumFmt: number;
  /** Lowest index a new entry may take in each positional list (one past every index in use). */
  private readonly floor = { fonts: 1, fills: 2, borders: 1, cellStyleXfs: 1, cellXfs: 1 };
  private readonly created: boolean = false;

  /**
   * `xml` is the styles part, or null when the package has none. `namespace` is used only
   * when a part must be made from nothing (strict packages pass theirs).
   */
  constructor(xml: string | null, namespace: string = NS_MAIN) {
    const found = xml === null ? null : rootElement(xml);
    if (xml === null || !found || found.name !== "styleSheet") {
      // No part (or one with no styleSheet at all): start empty, so only what painting needs is added.
      this.xml = `${XML_HEAD}<styleSheet xmlns="${namespace}"></styleSheet>`;
      this.root = rootElement(this.xml);
      this.created = true;
    } else {
      this.xml = xml;
      this.root = found;
    }
    this.prefix = prefixOf(this.root!.qname);
    const children =
      this.root!.openEnd === this.root!.end ? [] : childSpans(this.xml, this.root!.openEnd, this.root!.closeStart);
    for (const name of ORDER) {
      const span = children.find((c) => c.name === name) ?? null;
      const entries =
        span && span.openEnd < span.closeStart
          ? childSpans(this.xml, span.openEnd, span.closeStart).map((e) => this.xml.slice(e.start, e.end))
          : [];
      this.sections.set(name, { span, entries, added: [] });
    }
    let numFmt = 163;
    for (const e of this.get("numFmts").entries) numFmt = Math.max(numFmt, Number(attr(startTag(e), "numFmtId") ?? 0));
    for (const e of this.get("dxfs").entries) {
      for (const m of e.matchAll(/numFmtId\s*=\s*["'](\d+)/g)) numFmt = Math.max(numFmt, Number(m[1]));
    }
    for (const list of ["cellStyleXfs", "cellXfs"] as const) {
      for (const e of this.get(list).entries) {
        const tag = startTag(e);
        numFmt = Math.max(numFmt, Number(attr(tag, "numFmtId") ?? 0));
        this.raise("fonts", attr(tag, "fontId"));
        this.raise("fills", attr(tag, "fillId"));
        this.raise("borders", attr(tag, "borderId"));
        if (list === "cellXfs") this.raise("cellStyleXfs", attr(tag, "xfId"));
      }
    }
    this.nextNumFmt = numFmt + 1;
    this.get("cellXfs").entries.forEach((text, i) => {
      if (!this.xfByText.has(text)) this.xfByText.set(text, i);
    });
  }

  /** The part was missing or unusable and is made by this editor. */
  get isNew(): boolean {
    return this.created;
  }

  /** Something was added: the part must be written. */
  get changed(): boolean {
    return ORDER.some((n) => this.get(n).added.length > 0);
  }

  /**
   * Keeps new cell formats above `index`: the highest style index a worksheet cell, row or
   * column uses (one past the list when a file's cells point beyond it).
   */
  reserveCellXf(index: number): void {
    // Past Excel's limit of 64,000 formats the index is garbage no padding could honour.
    if (index < 64_000) this.floor.cellXfs = Math.max(this.floor.cellXfs, index + 1);
  }

  /** Number of cell formats (valid `s` values are 0 … count − 1). */
  get count(): number {
    return this.size("cellXfs");
  }

  /** A format equal to `baseXf` (font, border, number format, alignment, protection) but with a solid fill. */
  solidFillOver(baseXf: number, hex: string): number {
    let byHex = this.fillXf.get(baseXf);
    if (!byHex) this.fillXf.set(baseXf, (byHex = new Map()));
    const known = byHex.get(hex);
    if (known !== undefined) return known;
    const base = this.entry("cellXfs", baseXf) ?? this.entry("cellXfs", 0) ?? PAD.cellXfs(0);
    const fillId = this.solidFill(hex);
    const tag = startTag(base);
    const newTag = setAttr(setAttr(tag, "fillId", String(fillId)), "applyFill", "1");
    // A file painted by an earlier run already has this format: reuse it rather than grow styles.xml.
    const id = this.addXf(newTag + base.slice(tag.length));
    byHex.set(hex, id);
    return id;
  }

  /** A format equal to `baseXf` but with another number format (collect: a date arriving in a General cell). */
  numberFormatOver(baseXf: number, code: string): number {
    const base = this.entry("cellXfs", baseXf) ?? this.entry("cellXfs", 0) ?? PAD.cellXfs(0);
    const tag = startTag(base);
    const id = this.numFmt(code);
    const newTag = setAttr(setAttr(tag, "numFmtId", String(id)), "applyNumberFormat", "1");
    // addXf reuses an equal format already appended in this run.
    return this.addXf(newTag + base.slice(tag.length));
  }

  /** The fill colour ("#RRGGBB") of a format when it is a solid RGB fill. */
  fillOf(xf: number): string | null {
    let fillId = this.fillIdOfXf[xf];
    if (fillId === undefined) {
      const text = this.entry("cellXfs", xf);
      if (text === null) return null;
      fillId = Number(attr(startTag(text), "fillId") ?? 0);
      this.fillIdOfXf[xf] = fillId;
    }
    let hex = this.fillHex.get(fillId);
    if (hex === undefined) {
      const fill = this.entry("fills", fillId) ?? "";
      const m =
        /patternType\s*=\s*["']solid["'][\s\S]*?<(?:[\w.-]+:)?fgColor\b[^>]*rgb\s*=\s*["']([0-9A-Fa-f]{8})/.exec(fill);
      hex = m ? `#${m[1].slice(2).toUpperCase()}` : null;
      this.fillHex.set(fillId, hex);
    }
    return hex;
  }

  /** A format for a cell of a sheet the add-in writes. */
  forModel(style: CellStyle | undefined): number {
    if (!style) return 0;
    // A sheet of 70,000 findings shares a few style objects: look those up by identity first.
    const same = this.modelByObject.get(style);
    if (same !== undefined) return same;
    const id = this.forModelKeyed(style);
    this.modelByObject.set(style, id);
    return id;
  }

  private forModelKeyed(style: CellStyle): number {
    const key = styleKey(style);
    if (key === "") return 0;
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

  /** The part with what was added; the original text itself when nothing was. */
  toXml(): string {
    if (!this.changed) return this.xml;
    const xml = this.xml;
    const root = this.root!;
    const edits: { at: number; to: number; text: string }[] = [];
    const spans = ORDER.map((n) => this.get(n).span);
    for (const name of ORDER) {
      const sec = this.get(name);
      const counted = COUNTED.includes(name);
      const n = sec.entries.length + sec.added.length;
      const added = sec.added.map((e) => withPrefix(e, this.prefix)).join("");
      if (sec.span) {
        const open = xml.slice(sec.span.start, sec.span.openEnd);
        const selfClosed = sec.span.openEnd === sec.span.end;
        const hasCount = attr(open, "count") !== null;
        const fixCount = counted && (sec.added.length > 0 || hasCount) && attr(open, "count") !== String(n);
        if (sec.added.length === 0 && !fixCount) continue;
        let tag = fixCount ? setAttr(open, "count", String(n)) : open;
        if (selfClosed) {
          const qname = /^<([^\s/>]+)/.exec(open)![1];
          tag = tag.replace(/\s*\/>$/, ">");
          edits.push({ at: sec.span.start, to: sec.span.end, text: `${tag}${added}</${qname}>` });
        } else {
          edits.push({ at: sec.span.start, to: sec.span.openEnd, text: tag });
          if (added) edits.push({ at: sec.span.closeStart, to: sec.span.closeStart, text: added });
        }
      } else if (sec.added.length > 0) {
        // A missing section goes before the first section the schema puts after it.
        const later = spans.slice(ORDER.indexOf(name) + 1).find((s) => s !== null);
        const at = later ? later.start : root.closeStart;
        const q = `${this.prefix}${name}`;
        edits.push({ at, to: at, text: `<${q}${counted ? ` count="${n}"` : ""}>${added}</${q}>` });
      }
    }
    let rootOpen = xml.slice(root.start, root.openEnd);
    let tail = "";
    if (root.openEnd === root.end) {
      // `<styleSheet/>`: open it, so the sections go inside the root and not after it.
      rootOpen = rootOpen.replace(/\s*\/>$/, ">");
      tail = `</${root.qname}>`;
    }
    edits.sort((a, b) => a.at - b.at);
    const out: string[] = [xml.slice(0, root.start), rootOpen];
    let cursor = root.openEnd;
    for (const e of edits) {
      out.push(xml.slice(cursor, e.at), e.text);
      cursor = e.to;
    }
    if (tail) out.push(xml.slice(cursor, root.end), tail, xml.slice(root.end));
    else out.push(xml.slice(cursor));
    return out.join("");
  }

  // ---- entries ----

  private get(name: SectionName): Section {
    return this.sections.get(name)!;
  }

  private size(name: SectionName): number {
    const s = this.get(name);
    return s.entries.length + s.added.length;
  }

  private entry(name: SectionName, index: number): string | null {
    const s = this.get(name);
    if (!Number.isInteger(index) || index < 0) return null;
    return index < s.entries.length ? s.entries[index] : (s.added[index - s.entries.length] ?? null);
  }

  private raise(list: keyof StylesEditor["floor"], index: string | null): void {
    const n = Number(index ?? 0);
    if (Number.isInteger(n) && n >= 0) this.floor[list] = Math.max(this.floor[list], n + 1);
  }

  /** Appends an entry after padding the list past every index in use; returns its index. */
  private append(name: keyof StylesEditor["floor"], text: string): number {
    this.pad(name, Math.max(this.floor[name], MIN_ENTRIES[name]));
    this.get(name).added.push(text);
    return this.size(name) - 1;
  }

  private pad(name: keyof StylesEditor["floor"], to: number): void {
    if (name === "cellXfs" || name === "cellStyleXfs") this.ensureBase();
    if (name === "cellXfs") this.pad("cellStyleXfs", MIN_ENTRIES.cellStyleXfs);
    const s = this.get(name);
    while (this.size(name) < to) s.added.push(PAD[name](this.size(name)));
    if (name === "cellStyleXfs" && !this.get("cellStyles").span && this.get("cellStyles").added.length === 0) {
      // A style list made from nothing gets Excel's "Normal" style over its first entry.
      if (this.get("cellStyleXfs").entries.length === 0)
        this.get("cellStyles").added.push(`<cellStyle name="Normal" xfId="0" builtinId="0"/>`);
    }
  }

  /** A format refers to font, fill and border 0: they must exist. */
  private ensureBase(): void {
    this.pad("fonts", MIN_ENTRIES.fonts);
    this.pad("fills", MIN_ENTRIES.fills);
    this.pad("borders", MIN_ENTRIES.borders);
  }

  private addXf(xf: string): number {
    const same = this.xfByText.get(xf);
    if (same !== undefined) return same;
    const id = this.append("cellXfs", xf);
    this.xfByText.set(xf, id);
    return id;
  }

  private solidFill(hex: string): number {
    const key = hex.toUpperCase();
    const known = this.fills.get(key);
    if (known !== undefined) return known;
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
    // Reserved indices 0 and 1 are never reused, whatever they hold.
    const same = this.get("fills").entries.indexOf(fill, 2);
    const id = same >= 2 ? same : this.append("fills", fill);
    this.fills.set(key, id);
    return id;
  }

  private font(style: CellStyle): number {
    const key = `${style.bold}|${style.italic}|${style.fontColor}|${style.fontSize}`;
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    // The workbook's default font (font 0), bold or coloured: our sheets look like hers.
    this.ensureBase();
    const first = this.entry("fonts", 0) ?? FALLBACK_FONT;
    const name = /<(?:[\w.-]+:)?name\b[^>]*val\s*=\s*"([^"]*)"/.exec(first)?.[1] ?? "Arial";
    const size = style.fontSize ?? Number(/<(?:[\w.-]+:)?sz\b[^>]*val\s*=\s*"([^"]*)"/.exec(first)?.[1] ?? 10);
    const font =
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${size}"/>` +
      `${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : `<color theme="1"/>`}<name val="${name}"/><family val="2"/></font>`;
    // The same font from an earlier run is reused, so a re-check leaves the part as it was.
    const same = this.get("fonts").entries.indexOf(font);
    const id = same >= 0 ? same : this.append("fonts", font);
    this.fonts.set(key, id);
    return id;
  }

  private thinBorder(): number {
    if (this.borderId !== null) return this.borderId;
    const side = (n: string) => `<${n} style="thin"><color indexed="64"/></${n}>`;
    const border = `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
    const same = this.get("borders").entries.indexOf(border);
    this.borderId = same >= 0 ? same : this.append("borders", border);
    return this.borderId;
  }

  private numFmt(code: string): number {
    if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
    const sec = this.get("numFmts");
    for (const e of [...sec.entries, ...sec.added]) {
      const tag = startTag(e);
      if (attr(tag, "formatCode") === code) return Number(attr(tag, "numFmtId"));
    }
    const id = this.nextNumFmt++;
    sec.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
}
