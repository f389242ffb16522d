import { byteString, bytesOfByteString } from "./byte-string";
import { readWorkbookPart } from "./read-workbook-part";
import { attrOf, decodeXml, scanXml } from "./xml-scan";
import { attr, escapeXml, elements, startTag } from "./xml-text";
import { inflateEntry, readZip, writeZip, type ZipEntry, type ZipOut } from "./zip-archive";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL = {
  officeDocument: `${NS_R}/officeDocument`,
  worksheet: `${NS_R}/worksheet`,
  styles: `${NS_R}/styles`,
  comments: `${NS_R}/comments`,
  vmlDrawing: `${NS_R}/vmlDrawing`,
  table: `${NS_R}/table`,
} as const;
export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part path inside the zip (no leading slash), or the raw target when external. */
  path: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  path: string;
  state: "visible" | "hidden" | "veryHidden";
}

/**
 * A part set from a byte string (byte-string.ts), encoded only when its bytes are needed:
 * painting edits a worksheet twice (styles, then notes), and encoding each version of a
 * 20 MB part would leave a 20 MB buffer behind each time.
 */
class ByteText {
  constructor(readonly text: string) {}
  bytes(): Uint8Array {
    return bytesOfByteString(this.text);
  }
}

type Changed = string | Uint8Array | ByteText;

/** The .xlsx zip as a set of parts; untouched parts are written back byte for byte. */
export class OoxmlPackage {
  /** Parts set or changed since loading, as text (written as UTF-8), bytes or a byte string. */
  private readonly changed = new Map<string, Changed>();
  private readonly texts = new Map<string, string>();
  /** Parts read or set as byte strings (byte-string.ts), kept for the next edit of the same part. */
  private readonly byteTexts = new Map<string, string>();
  private readonly removed = new Set<string>();
  /** Stored entries by name, and by lower-case name: OPC part names are case-insensitive. */
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  private constructor(private readonly entries: ZipEntry[]) {
    for (const e of entries) {
      if (!this.byName.has(e.name)) this.byName.set(e.name, e);
      const lower = e.name.toLowerCase();
      if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, e);
    }
  }

  /** Throws ZipError when the bytes are not a readable zip. */
  static async load(bytes: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(readZip(bytes));
  }

  static empty(): OoxmlPackage {
    return new OoxmlPackage([]);
  }

  /** The stored entry a part name refers to: exact, then ignoring case, then percent-decoded. */
  private entry(path: string): ZipEntry | undefined {
    const hit = this.byName.get(path) ?? this.byLowerName.get(path.toLowerCase());
    if (hit || !path.includes("%")) return hit;
    try {
      return this.entry(decodeURIComponent(path));
    } catch {
      return undefined;
    }
  }

  /** The name a part is stored under (so an edit replaces it rather than adding a twin). */
  private storedName(path: string): string {
    if (this.changed.has(path)) return path;
    const e = this.entry(path);
    return e && !this.removed.has(e.name) ? e.name : path;
  }

  has(path: string): boolean {
    if (this.changed.has(path)) return true;
    const e = this.entry(path);
    return e !== undefined && !this.removed.has(e.name) && !e.name.endsWith("/");
  }

  paths(): string[] {
    const out = this.entries.filter((e) => !e.name.endsWith("/") && !this.removed.has(e.name)).map((e) => e.name);
    for (const p of this.changed.keys()) if (!this.byName.has(p)) out.push(p);
    return [...new Set(out)];
  }

  /** A part's bytes as stored (inflated), or null when absent. Throws ZipError for a damaged entry. */
  async bytes(path: string): Promise<Uint8Array | null> {
    const name = this.storedName(path);
    const c = this.changed.get(name);
    if (c !== undefined)
      return typeof c === "string" ? new TextEncoder().encode(c) : c instanceof ByteText ? c.bytes() : c;
    const e = this.entry(name);
    if (!e || this.removed.has(e.name)) return null;
    return inflateEntry(e);
  }

  /** A part as text (UTF-8, or UTF-16 with its byte-order mark), or null when absent. */
  async text(path: string): Promise<string | null> {
    const name = this.storedName(path);
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const c = this.changed.get(name);
    if (typeof c === "string") return c;
    const b = await this.bytes(name);
    if (b === null) return null;
    const t = decodeXml(b);
    this.texts.set(name, t);
    return t;
  }

  /**
   * A part's UTF-8 bytes as a byte string (one character per byte; a UTF-16 part is
   * re-encoded as UTF-8 first), or null when absent. Only for edits of ASCII markup, handed
   * back through setByteText: text outside the markup is never read as characters.
   */
  async byteText(path: string): Promise<string | null> {
    const name = this.storedName(path);
    const cached = this.byteTexts.get(name);
    if (cached !== undefined) return cached;
    const c = this.changed.get(name);
    let b = typeof c === "string" ? new TextEncoder().encode(asUtf8Declaration(c)) : await this.bytes(name);
    if (b === null) return null;
    if (isUtf16(b)) b = new TextEncoder().encode(asUtf8Declaration(decodeXml(b)));
    const s = byteString(b);
    this.byteTexts.set(name, s);
    return s;
  }

  /** Sets a part from a byte string (see byteText). */
  setByteText(path: string, text: string): void {
    const name = this.storedName(path);
    this.removed.delete(name);
    this.texts.delete(name);
    this.changed.set(name, new ByteText(text));
    this.byteTexts.set(name, text);
  }

  setText(path: string, text: string): void {
    const name = this.storedName(path);
    this.removed.delete(name);
    this.byteTexts.delete(name);
    this.texts.set(name, text);
    this.changed.set(name, text);
  }

  setBytes(path: string, bytes: Uint8Array): void {
    const name = this.storedName(path);
    this.removed.delete(name);
    this.texts.delete(name);
    this.byteTexts.delete(name);
    this.changed.set(name, bytes);
  }

  remove(path: string): void {
    const name = this.storedName(path);
    this.texts.delete(name);
    this.byteTexts.delete(name);
    this.changed.delete(name);
    if (this.byName.has(name)) this.removed.add(name);
  }

  /** The package as a zip: stored entries nobody changed are copied as their original compressed bytes. */
  async toBytes(): Promise<Uint8Array> {
    const out: ZipOut[] = [];
    const written = new Set<string>();
    const encoder = new TextEncoder();
    const data = (v: Changed) =>
      typeof v === "string" ? encoder.encode(asUtf8Declaration(v)) : v instanceof ByteText ? v.bytes() : v;
    for (const e of this.entries) {
      if (written.has(e.name) || this.removed.has(e.name)) continue;
      written.add(e.name);
      const c = this.changed.get(e.name);
      out.push(c === undefined ? { kind: "copy", entry: e } : { kind: "new", name: e.name, data: data(c) });
    }
    for (const [name, c] of this.changed) if (!written.has(name)) out.push({ kind: "new", name, data: data(c) });
    return writeZip(out);
  }

  // ---- relationships ----

  static relsPathOf(part: string): string {
    const slash = part.lastIndexOf("/");
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  }

  async rels(part: string): Promise<Relationship[]> {
    const xml = await this.text(OoxmlPackage.relsPathOf(part));
    if (!xml) return [];
    const dir = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
    const out: Relationship[] = [];
    // Any prefix (`<x:Relationship>`), any case of TargetMode, targets absolute or relative.
    scanXml(xml, {
      open(local, a) {
        if (local !== "Relationship") return;
        const target = (attrOf(a, "Target") ?? "").replace(/\\/g, "/");
        const external = (attrOf(a, "TargetMode") ?? "").toLowerCase() === "external";
        out.push({
          id: attrOf(a, "Id") ?? "",
          type: attrOf(a, "Type") ?? "",
          path: external ? target : resolvePath(dir, target),
          external,
        });
      },
    });
    return out;
  }

  /** Adds a relationship from `part` to `targetPath` and returns its new id. */
  async addRel(part: string, type: string, targetPath: string): Promise<string> {
    const relsPath = OoxmlPackage.relsPathOf(part);
    let xml =
      (await this.text(relsPath)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
    const used = new Set((await this.rels(part)).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativePath(part, targetPath))}"/>`;
    xml = xml
      .replace(/<Relationships\b([^>]*)\/>/, "<Relationships$1></Relationships>")
      .replace("</Relationships>", `${rel}</Relationships>`);
    this.setText(relsPath, xml);
    return id;
  }

  async removeRel(part: string, id: string): Promise<void> {
    const relsPath = OoxmlPackage.relsPathOf(part);
    const xml = await this.text(relsPath);
    if (!xml) return;
    const hit = elements(xml, "Relationship").find((e) => attr(startTag(e.text), "Id") === id);
    if (hit) this.setText(relsPath, xml.slice(0, hit.start) + xml.slice(hit.end));
  }

  // ---- content types ----

  async setOverride(path: string, contentType: string): Promise<void> {
    const ctPath = "[Content_Types].xml";
    let xml = (await this.text(ctPath)) ?? "";
    xml = removeOverride(xml, path);
    this.setText(
      ctPath,
      xml.replace("</Types>", `<Override PartName="/${escapeXml(path)}" ContentType="${contentType}"/></Types>`),
    );
  }

  async removeOverride(path: string): Promise<void> {
    const ctPath = "[Content_Types].xml";
    const xml = await this.text(ctPath);
    if (xml) this.setText(ctPath, removeOverride(xml, path));
  }

  async ensureDefault(extension: string, contentType: string): Promise<void> {
    const ctPath = "[Content_Types].xml";
    const xml = (await this.text(ctPath)) ?? "";
    const has = elements(xml, "Default").some(
      (e) => (attr(startTag(e.text), "Extension") ?? "").toLowerCase() === extension,
    );
    if (!has)
      this.setText(
        ctPath,
        xml.replace("</Types>", `<Default Extension="${extension}" ContentType="${contentType}"/></Types>`),
      );
  }

  // ---- workbook ----

  /** Path of the workbook part (normally xl/workbook.xml), or null when this is not a spreadsheet. */
  async workbookPath(): Promise<string | null> {
    // Transitional and Strict relationship types both end in /officeDocument.
    const root = (await this.rels("")).find((r) => r.type.endsWith("/officeDocument") && !r.external);
    if (root && this.has(root.path)) return this.storedName(root.path);
    return this.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  }

  async sheets(): Promise<SheetEntry[]> {
    const wbPath = await this.workbookPath();
    if (!wbPath) return [];
    const xml = (await this.text(wbPath)) ?? "";
    const rels = await this.rels(wbPath);
    return readWorkbookPart(xml).sheets.map((s) => ({
      ...s,
      path: rels.find((r) => r.id === s.relId && !r.external)?.path ?? "",
    }));
  }

  /** A part name not used yet: `xl/worksheets/sheet7.xml` for prefix "xl/worksheets/sheet", ext ".xml". */
  freePath(prefix: string, ext: string): string {
    let n = 1;
    while (this.has(`${prefix}${n}${ext}`)) n++;
    return `${prefix}${n}${ext}`;
  }
}

/** A part written as UTF-8 must not declare another encoding (UTF-16 parts are re-encoded when edited). */
function asUtf8Declaration(text: string): string {
  return text.replace(
    /^(\uFEFF?<\?xml[^>]*?encoding\s*=\s*["'])([^"']*)(["'])/i,
    (m, a: string, enc: string, b: string) => (enc.toLowerCase() === "utf-8" ? m : `${a}UTF-8${b}`),
  );
}

/** UTF-16, as decodeXml tells it: a byte-order mark, or "<" followed or preceded by a zero byte. */
function isUtf16(b: Uint8Array): boolean {
  return (
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff) ||
    (b[0] === 0x3c && b[1] === 0x00) ||
    (b[0] === 0x00 && b[1] === 0x3c)
  );
}

function removeOverride(xml: string, path: string): string {
  const hit = elements(xml, "Override").find((e) => attr(startTag(e.text), "PartName") === `/${path}`);
  return hit ? xml.slice(0, hit.start) + xml.slice(hit.end) : xml;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Target of a relationship from `fromPart` to `toPath`, relative like Excel writes it. */
export function relativePath(fromPart: string, toPath: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPath.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}
