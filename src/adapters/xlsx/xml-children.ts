/**
 * The direct children of an element, found once by a depth-counting scan of the tags, so
 * a part like styles.xml is split into its sections and entries in one linear pass. The
 * text between the spans is never rewritten: an edit splices new text in at a span's edge.
 */

export interface ChildSpan {
  /** Local name (prefix stripped). */
  name: string;
  start: number;
  end: number;
  /** End of the start tag; equals `end` for a self-closed element. */
  openEnd: number;
  /** Start of the end tag; equals `end` for a self-closed element. */
  closeStart: number;
}

// Comments, processing instructions, CDATA and doctype are skipped whole; every other `<…>` is a tag.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<(\/?)([^\s/>]+)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>/g;

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The root element of a part, or null when it has none. */
export function rootElement(xml: string): (ChildSpan & { qname: string }) | null {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2] === undefined || m[1]) continue;
    const qname = m[2];
    const openEnd = m.index + m[0].length;
    if (m[3]) return { qname, name: localName(qname), start: m.index, end: openEnd, openEnd, closeStart: openEnd };
    const closeTag = new RegExp(`</${qname.replace(/[.]/g, "\\.")}\\s*>`, "g");
    let close: RegExpExecArray | null = null;
    for (let c = closeTag.exec(xml); c; c = closeTag.exec(xml)) close = c;
    if (!close || close.index < openEnd) return null;
    return {
      qname,
      name: localName(qname),
      start: m.index,
      end: close.index + close[0].length,
      openEnd,
      closeStart: close.index,
    };
  }
  return null;
}

/** Direct children of the element whose content is xml[from, to). */
export function childSpans(xml: string, from: number, to: number): ChildSpan[] {
  const out: ChildSpan[] = [];
  let depth = 0;
  let current: { name: string; start: number; openEnd: number } | null = null;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(xml); m && m.index < to; m = TOKEN.exec(xml)) {
    if (m[2] === undefined) continue;
    const end = m.index + m[0].length;
    if (m[1]) {
      depth--;
      if (depth === 0 && current) {
        out.push({ ...current, end, closeStart: m.index });
        current = null;
      }
    } else if (m[3]) {
      if (depth === 0) out.push({ name: localName(m[2]), start: m.index, end, openEnd: end, closeStart: end });
    } else {
      if (depth === 0) current = { name: localName(m[2]), start: m.index, openEnd: end };
      depth++;
    }
  }
  return out;
}

/** The namespace prefix of a qualified name ("x:styleSheet" → "x:"), or "". */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon + 1);
}

/** Gives every element of a fragment written without prefixes the part's prefix ("x:"). */
export function withPrefix(fragment: string, prefix: string): string {
  if (!prefix) return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}

/**
 * The namespace prefix of a part's root element ("x:" for `<x:worksheet>`), or "". Only the
 * first start tag is read: a 20 MB worksheet is not scanned for its end tag.
 */
export function partPrefix(xml: string): string {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (m[2] !== undefined && !m[1]) return prefixOf(m[2]);
  }
  return "";
}
