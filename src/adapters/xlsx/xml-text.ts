/**
 * Small string helpers for editing OOXML parts in place. The adapter edits XML as text on
 * purpose: everything it does not understand is copied through unchanged.
 */

// XML 1.0 forbids most control characters; a stray one in a school name would corrupt the file.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  // Most text (school names, numbers, addresses) has nothing to escape: skip the five passes.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// Regular expressions per attribute or element name, compiled once: painting calls these per cell.
const ATTR = new Map<string, RegExp>();
const SET_ATTR = new Map<string, RegExp>();
const REMOVE_ATTR = new Map<string, RegExp>();
const ELEMENTS = new Map<string, RegExp>();

function cached(cache: Map<string, RegExp>, name: string, make: () => RegExp): RegExp {
  let re = cache.get(name);
  if (!re) cache.set(name, (re = make()));
  return re;
}

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Value of an attribute in an element's start tag (any namespace prefix when `name` has none). */
export function attr(tag: string, name: string): string | null {
  const m = cached(
    ATTR,
    name,
    () => new RegExp(`\\s(?:[A-Za-z_][\\w.-]*:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`),
  ).exec(tag);
  if (!m) return null;
  return unescapeXml(m[1] ?? m[2] ?? "");
}

/** Sets (or adds) an attribute on a start tag, keeping every other attribute as written. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = cached(SET_ATTR, name, () => new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`));
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/^(<[\w:.-]+)/, `$1 ${name}="${escapeXml(value)}"`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(
    cached(REMOVE_ATTR, name, () => new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`)),
    "",
  );
}

/** Every occurrence of an element (self-closing or with content; elements must not nest in themselves). */
export function elements(xml: string, name: string): { text: string; start: number; end: number }[] {
  const re = cached(ELEMENTS, name, () => new RegExp(`<${name}\\b[^>]*?/>|<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, "g"));
  re.lastIndex = 0;
  const out: { text: string; start: number; end: number }[] = [];
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The start tag of an element's text. */
export function startTag(elementText: string): string {
  return /^<[^>]*>/.exec(elementText)![0];
}

/**
 * Inserts `content` into a container element (creating `<container/>` → `<container>…</container>`),
 * or returns null when the container is absent.
 */
export function appendInto(xml: string, container: string, content: string): string | null {
  const open = new RegExp(`<${container}\\b[^>]*?/>`);
  const selfClosed = open.exec(xml);
  if (selfClosed) {
    const tag = selfClosed[0].replace(/\s*\/>$/, ">");
    return (
      xml.slice(0, selfClosed.index) +
      tag +
      content +
      `</${container}>` +
      xml.slice(selfClosed.index + selfClosed[0].length)
    );
  }
  const close = xml.indexOf(`</${container}>`);
  if (close < 0) return null;
  return xml.slice(0, close) + content + xml.slice(close);
}

/** Updates the `count` attribute of a container to its number of `child` elements. */
export function recount(xml: string, container: string, child: string): string {
  const m = new RegExp(`<${container}\\b[^>]*>([\\s\\S]*?)</${container}>`).exec(xml);
  if (!m) return xml;
  const n = elements(m[1], child).length;
  const tag = /^<[^>]*>/.exec(m[0])![0];
  return xml.replace(tag, setAttr(tag, "count", String(n)));
}

/**
 * Inserts `content` before the first of `followers` (element names that must come after it
 * in the schema's sequence), or before `closing`. The followers are looked for from `from`
 * on (a worksheet's children after its cells need not be searched for among the cells).
 */
export function insertBefore(xml: string, followers: string[], closing: string, content: string, from = 0): string {
  let at = -1;
  for (const f of followers) {
    const re = new RegExp(`<${f}[\\s/>]`, "g");
    re.lastIndex = from;
    const m = re.exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(closing);
  return xml.slice(0, at) + content + xml.slice(at);
}
