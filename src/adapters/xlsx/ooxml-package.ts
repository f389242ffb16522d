import JSZip from "jszip";
import { attr, escapeXml, elements, startTag } from "./xml-text";

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

/** The .xlsx zip as a set of parts; untouched parts are written back byte for byte. */
export class OoxmlPackage {
  private readonly texts = new Map<string, string>();

  private constructor(private readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(await JSZip.loadAsync(bytes));
  }

  static empty(): OoxmlPackage {
    return new OoxmlPackage(new JSZip());
  }

  has(path: string): boolean {
    return this.texts.has(path) || this.zip.file(path) !== null;
  }

  paths(): string[] {
    return Object.keys(this.zip.files).filter((p) => !this.zip.files[p].dir);
  }

  async text(path: string): Promise<string | null> {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const f = this.zip.file(path);
    if (!f) return null;
    const t = await f.async("string");
    this.texts.set(path, t);
    return t;
  }

  setText(path: string, text: string): void {
    this.texts.set(path, text);
    this.zip.file(path, text);
  }

  remove(path: string): void {
    this.texts.delete(path);
    this.zip.remove(path);
  }

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
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
    return elements(xml, "Relationship").map((e) => {
      const tag = startTag(e.text);
      const target = attr(tag, "Target") ?? "";
      const external = attr(tag, "TargetMode") === "External";
      return {
        id: attr(tag, "Id") ?? "",
        type: attr(tag, "Type") ?? "",
        path: external ? target : resolvePath(dir, target),
        external,
      };
    });
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
    const root = (await this.rels("")).find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
    if (root && this.has(root.path)) return root.path;
    return this.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  }

  async sheets(): Promise<SheetEntry[]> {
    const wbPath = await this.workbookPath();
    if (!wbPath) return [];
    const xml = (await this.text(wbPath)) ?? "";
    const rels = await this.rels(wbPath);
    return elements(xml, "sheet").map((e) => {
      const tag = startTag(e.text);
      const relId = attr(tag, "id") ?? "";
      const state = attr(tag, "state");
      return {
        name: attr(tag, "name") ?? "",
        sheetId: Number(attr(tag, "sheetId") ?? 0),
        relId,
        path: rels.find((r) => r.id === relId)?.path ?? "",
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      };
    });
  }

  /** A part name not used yet: `xl/worksheets/sheet7.xml` for prefix "xl/worksheets/sheet", ext ".xml". */
  freePath(prefix: string, ext: string): string {
    let n = 1;
    while (this.has(`${prefix}${n}${ext}`)) n++;
    return `${prefix}${n}${ext}`;
  }
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
