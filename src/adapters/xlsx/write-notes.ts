import { a1 } from "../../domain/cell-address";
import { type Dialect, relKind, TRANSITIONAL } from "./dialect";
import { CT, OoxmlPackage } from "./ooxml-package";
import { partPrefix } from "./xml-children";
import { appendInto, attr, elements, escapeXml, insertBefore, startTag, unescapeXml } from "./xml-text";
import { worksheetChildrenAfter } from "./worksheet-order";

/** Author name on the notes the add-in adds; user notes never carry it. */
export const NOTE_AUTHOR = "Kvantorium Monitor";

export interface NoteTarget {
  row: number;
  col: number;
  text: string;
}

const SHAPE_TYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

/**
 * Adds notes (legacy comments: the comments part plus its VML shapes, which every Excel
 * version and LibreOffice show) to a sheet. A cell that already has a note keeps the
 * user's note untouched and gets none from us.
 *
 * Returns the cells that received a note.
 */
export async function addNotes(
  pkg: OoxmlPackage,
  sheetPath: string,
  notes: NoteTarget[],
  shapeIdStart: number,
  d: Dialect = TRANSITIONAL,
): Promise<NoteTarget[]> {
  if (notes.length === 0) return [];
  const rels = await pkg.rels(sheetPath);
  let commentsPath = rels.find((r) => relKind(r.type) === "comments" && !r.external)?.path ?? null;
  // The sheet is edited as its bytes: only ASCII markup (legacyDrawing, xmlns:r) goes in.
  let sheetXml = (await pkg.byteText(sheetPath))!;
  const p = partPrefix(sheetXml);
  const legacyId = attr(legacyDrawingTag(sheetXml, p)?.[0] ?? "", "id");
  let vmlPath = legacyId ? (rels.find((r) => r.id === legacyId)?.path ?? null) : null;

  let comments = commentsPath ? ((await pkg.text(commentsPath)) ?? "") : "";
  const taken = new Set(elements(comments, "comment").map((e) => (attr(startTag(e.text), "ref") ?? "").toUpperCase()));
  const fresh = notes.filter((n) => !taken.has(a1(n.row, n.col)));
  if (fresh.length === 0) return [];

  if (!commentsPath) {
    commentsPath = pkg.freePath("xl/comments", ".xml");
    comments =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<comments xmlns="${d.main}"><authors></authors><commentList></commentList></comments>`;
    await pkg.addRel(sheetPath, d.rel("comments"), commentsPath);
    await pkg.setOverride(commentsPath, CT.comments);
  }
  const authors = elements(comments, "author").map((e) => e.text.replace(/<[^>]*>/g, ""));
  let authorId = authors.indexOf(NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    comments = appendInto(comments, "authors", `<author>${NOTE_AUTHOR}</author>`) ?? comments;
  }
  const list = fresh
    .map(
      (n) =>
        `<comment ref="${a1(n.row, n.col)}" authorId="${authorId}"><text><r><t xml:space="preserve">${escapeXml(n.text)}</t></r></text></comment>`,
    )
    .join("");
  comments =
    appendInto(comments, "commentList", list) ??
    comments.replace("</comments>", `<commentList>${list}</commentList></comments>`);
  pkg.setText(commentsPath, comments);

  const shapes = fresh.map((n, i) => vmlShape(n, shapeIdStart + i)).join("");
  if (vmlPath && pkg.has(vmlPath)) {
    let vml = (await pkg.text(vmlPath))!;
    if (!vml.includes('id="_x0000_t202"')) vml = vml.replace(/<\/xml>\s*$/, `${SHAPE_TYPE}</xml>`);
    pkg.setText(vmlPath, vml.replace(/<\/xml>\s*$/, `${shapes}</xml>`));
  } else {
    vmlPath = pkg.freePath("xl/drawings/vmlDrawing", ".vml");
    pkg.setText(
      vmlPath,
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlocks(shapeIdStart, fresh.length)}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`,
    );
    await pkg.ensureDefault("vml", CT.vml);
    const id = await pkg.addRel(sheetPath, d.rel("vmlDrawing"), vmlPath);
    sheetXml = insertBefore(
      sheetXml,
      worksheetChildrenAfter("legacyDrawing", p),
      `</${p}worksheet>`,
      `<${p}legacyDrawing r:id="${id}"/>`,
      afterCells(sheetXml, p),
    );
    if (!/xmlns:r=/.test(new RegExp(`<${p}worksheet\\b[^>]*>`).exec(sheetXml)![0])) {
      sheetXml = sheetXml.replace(new RegExp(`<${p}worksheet\\b`), `<${p}worksheet xmlns:r="${d.r}"`);
    }
    pkg.setByteText(sheetPath, sheetXml);
  }
  return fresh;
}

/**
 * Removes the notes the add-in added to a sheet (those whose author is NOTE_AUTHOR) with
 * their VML shapes; user notes stay. Parts left empty are dropped, so a sheet that had no
 * notes before we painted it is left without comment parts again. Returns how many went.
 */
export async function removeOurNotes(pkg: OoxmlPackage, sheetPath: string): Promise<number> {
  const rels = await pkg.rels(sheetPath);
  const commentsRel = rels.find((r) => relKind(r.type) === "comments" && !r.external);
  const comments = commentsRel ? await pkg.text(commentsRel.path) : null;
  if (!commentsRel || !comments) return 0;
  const authorId = elements(comments, "author")
    .map((e) => unescapeXml(e.text.replace(/<[^>]*>/g, "")))
    .indexOf(NOTE_AUTHOR);
  if (authorId < 0) return 0;
  const ours = elements(comments, "comment").filter((e) => attr(startTag(e.text), "authorId") === String(authorId));
  if (ours.length === 0) return 0;
  const refs = new Set(ours.map((e) => (attr(startTag(e.text), "ref") ?? "").toUpperCase()));
  const kept = cutOut(comments, ours);
  let sheetXml = (await pkg.byteText(sheetPath))!;
  if (elements(kept, "comment").length === 0) {
    pkg.remove(commentsRel.path);
    await pkg.removeOverride(commentsRel.path);
    await pkg.removeRel(sheetPath, commentsRel.id);
  } else pkg.setText(commentsRel.path, kept);

  const legacy = legacyDrawingTag(sheetXml, partPrefix(sheetXml));
  const vmlRel = legacy ? rels.find((r) => r.id === attr(legacy[0], "id") && !r.external) : undefined;
  const vml = vmlRel ? await pkg.text(vmlRel.path) : null;
  if (vmlRel && vml !== null) {
    const shapes = elements(vml, "v:shape");
    const drop = shapes.filter((e) => {
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(e.text)?.[1];
      const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(e.text)?.[1];
      return /ObjectType="Note"/.test(e.text) && row && col && refs.has(a1(Number(row), Number(col)));
    });
    if (drop.length === shapes.length) {
      pkg.remove(vmlRel.path);
      await pkg.removeRel(sheetPath, vmlRel.id);
      sheetXml = sheetXml.replace(legacy![0], "");
      pkg.setByteText(sheetPath, sheetXml);
    } else if (drop.length > 0) pkg.setText(vmlRel.path, cutOut(vml, drop));
  }
  return ours.length;
}

/** Where a worksheet's children after its cells begin: a 20 MB part is not searched through its cells. */
function afterCells(sheetXml: string, p: string): number {
  return Math.max(0, sheetXml.lastIndexOf(`</${p}sheetData>`));
}

function legacyDrawingTag(sheetXml: string, p: string): RegExpExecArray | null {
  const re = new RegExp(`<${p}legacyDrawing\\b[^>]*>`, "g");
  re.lastIndex = afterCells(sheetXml, p);
  return re.exec(sheetXml);
}

function cutOut(xml: string, parts: { start: number; end: number }[]): string {
  let out = "";
  let cursor = 0;
  for (const p of parts) {
    out += xml.slice(cursor, p.start);
    cursor = p.end;
  }
  return out + xml.slice(cursor);
}

/** VML shape ids come in blocks of 1024 that the drawing must declare. */
function idBlocks(start: number, count: number): string {
  const blocks: number[] = [];
  for (let b = Math.floor(start / 1024); b <= Math.floor((start + count) / 1024); b++) blocks.push(b);
  return blocks.join(",");
}

/** First shape id after `count` shapes from `start`, at the start of a fresh block. */
export function nextShapeBlock(start: number, count: number): number {
  return (Math.floor((start + count) / 1024) + 1) * 1024 + 1;
}

function vmlShape(n: NoteTarget, id: number): string {
  // Anchor: the note box sits to the right of its cell, hidden until hovered.
  const anchor = `${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 10, ${n.col + 4}, 15, ${n.row + 3}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:60pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}
