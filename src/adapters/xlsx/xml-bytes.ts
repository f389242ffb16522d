/**
 * A pull tokenizer over a part's UTF-8 bytes, for the worksheet's hot path. saxes builds a
 * tag object, an attribute object and a string per name and value for every element; a
 * 10,000-school sheet has a million of them and reading it took 15× an inflate-and-scan
 * (docs/xlsx-library.md). This one allocates nothing per token: names, attributes and text
 * are byte ranges, decoded only when the reader asks (numbers are parsed from the bytes).
 * Every markup character is ASCII and no UTF-8 multi-byte sequence contains an ASCII byte,
 * so scanning bytes finds exactly the tags a character scan would.
 *
 * It is tolerant where saxes reports an error and goes on: a stray `<`, an unterminated
 * tag, comment or CDATA section ends as text or at the end of the part; it never throws
 * and every call advances, so a damaged part cannot hang it. Comments, processing
 * instructions and the DOCTYPE are skipped; CDATA is text without entities.
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const CR = 0x0d;
const DASH = 0x2d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** Could start an element name: a letter, `_`, `:` or any non-ASCII byte. */
const isNameStart = (c: number) =>
  (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? true : c === 0x5f || c === COLON || c >= 0x80;

// ignoreBOM: a value may begin with U+FEFF; it is the user's character, not a byte-order mark.
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

export class XmlBytes {
  /** OPEN/CLOSE: the element's local name (prefix left out), as [start, end). TEXT: the text's bytes. */
  start = 0;
  end = 0;
  /** OPEN: the bytes between the name and `>` (or `/>`), where the attributes are. */
  private attrStart = 0;
  private attrEnd = 0;
  /** TEXT from a CDATA section: taken literally. */
  cdata = false;
  /** After attr(): the value's bytes, as [valueStart, valueEnd). */
  valueStart = 0;
  valueEnd = 0;
  private pos = 0;
  /** A self-closing tag reports OPEN, then CLOSE for the same name. */
  private pendingClose = false;

  constructor(readonly bytes: Uint8Array) {}

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    const b = this.bytes;
    const n = b.length;
    for (;;) {
      const p = this.pos;
      if (p >= n) return END;
      if (b[p] !== LT) return this.textUpTo(p, p);
      const c = b[p + 1];
      if (c === SLASH) {
        let q = p + 2;
        let local = q;
        while (q < n && b[q] !== GT && !isSpace(b[q])) {
          if (b[q] === COLON) local = q + 1;
          q++;
        }
        this.start = local;
        this.end = q;
        const gt = b.indexOf(GT, q);
        this.pos = gt < 0 ? n : gt + 1;
        return CLOSE;
      }
      if (c === BANG) {
        if (b[p + 2] === DASH && b[p + 3] === DASH) {
          this.pos = this.after(p + 4, DASH, DASH, GT);
          continue;
        }
        if (b[p + 2] === LBRACKET && isCdataOpen(b, p)) {
          const from = p + 9;
          const to = this.find(from, RBRACKET, RBRACKET, GT);
          this.start = from;
          this.end = to;
          this.cdata = true;
          this.pos = to < n ? to + 3 : n;
          return TEXT;
        }
        this.pos = this.skipDeclaration(p + 2);
        continue;
      }
      if (c === QUESTION) {
        this.pos = this.after(p + 2, QUESTION, GT, -1);
        continue;
      }
      // `<` not starting a tag (or at the very end): text, as a lenient parser keeps it.
      if (p + 1 >= n || !isNameStart(c)) return this.textUpTo(p, p + 1);
      let q = p + 1;
      let local = q;
      while (q < n) {
        const d = b[q];
        if (d === GT || d === SLASH || isSpace(d)) break;
        if (d === COLON) local = q + 1;
        q++;
      }
      this.start = local;
      this.end = q;
      this.attrStart = q;
      // The tag ends at the first `>` outside a quoted value (`>` is allowed inside one).
      while (q < n) {
        const d = b[q];
        if (d === GT) break;
        if (d === DQUOTE || d === SQUOTE) {
          const close = b.indexOf(d, q + 1);
          q = close < 0 ? n : close + 1;
        } else q++;
      }
      const selfClosing = q > this.attrStart && b[q - 1] === SLASH;
      this.attrEnd = selfClosing ? q - 1 : Math.min(q, n);
      this.pos = q < n ? q + 1 : n;
      this.pendingClose = selfClosing;
      return OPEN;
    }
  }

  /** The current name (OPEN/CLOSE) is `name` (ASCII). */
  is(name: string): boolean {
    const len = name.length;
    if (this.end - this.start !== len) return false;
    const b = this.bytes;
    for (let i = 0; i < len; i++) if (b[this.start + i] !== name.charCodeAt(i)) return false;
    return true;
  }

  /**
   * Finds an unprefixed attribute of the current OPEN tag by name (ASCII); its value's bytes
   * are then [valueStart, valueEnd). False when the tag has no such attribute.
   */
  attr(name: string): boolean {
    const b = this.bytes;
    const stop = this.attrEnd;
    const len = name.length;
    let q = this.attrStart;
    while (q < stop) {
      while (q < stop && isSpace(b[q])) q++;
      const nameStart = q;
      while (q < stop && b[q] !== EQ && !isSpace(b[q])) q++;
      const nameEnd = q;
      while (q < stop && isSpace(b[q])) q++;
      if (q >= stop || b[q] !== EQ) {
        // A name without a value (not well-formed): skip it.
        if (q === nameStart) q++;
        continue;
      }
      q++;
      while (q < stop && isSpace(b[q])) q++;
      const quote = b[q];
      let vs: number;
      let ve: number;
      if (quote === DQUOTE || quote === SQUOTE) {
        vs = q + 1;
        ve = b.indexOf(quote, vs);
        if (ve < 0 || ve > stop) ve = stop;
        q = ve + 1;
      } else {
        vs = q;
        while (q < stop && !isSpace(b[q])) q++;
        ve = q;
      }
      if (nameEnd - nameStart === len) {
        let same = true;
        for (let i = 0; i < len; i++)
          if (b[nameStart + i] !== name.charCodeAt(i)) {
            same = false;
            break;
          }
        if (same) {
          this.valueStart = vs;
          this.valueEnd = ve;
          return true;
        }
      }
    }
    return false;
  }

  /** The last found attribute's value as a string: entities decoded, whitespace characters as spaces (XML's normalization). */
  value(): string {
    const s = this.decode(this.valueStart, this.valueEnd, false);
    return /[\t\n\r]/.test(s) ? s.replace(/[\t\n\r]/g, " ") : s;
  }

  /** The current TEXT as a string: line ends as `\n`, entities decoded unless it is CDATA. */
  text(): string {
    return this.decode(this.start, this.end, this.cdata);
  }

  /** Bytes [from, to) as text: UTF-8, `\r\n` and `\r` as `\n` (XML's end-of-line handling), entities decoded unless `literal`. */
  decode(from: number, to: number, literal: boolean): string {
    const b = this.bytes;
    let amp = false;
    let cr = false;
    for (let i = from; i < to; i++) {
      const c = b[i];
      if (c === AMP) amp = true;
      else if (c === CR) cr = true;
    }
    let s = UTF8.decode(b.subarray(from, to));
    if (cr) s = s.replace(/\r\n?/g, "\n");
    return amp && !literal ? decodeEntities(s) : s;
  }

  private textUpTo(from: number, searchFrom: number): Token {
    const b = this.bytes;
    let q = b.indexOf(LT, searchFrom);
    if (q < 0) q = b.length;
    this.start = from;
    this.end = q;
    this.cdata = false;
    this.pos = q;
    return TEXT;
  }

  /** Index of the first `x y z` (z < 0: `x y`) at or after `from`, or the end of the bytes. */
  private find(from: number, x: number, y: number, z: number): number {
    const b = this.bytes;
    const n = b.length;
    for (let i = b.indexOf(x, from); i >= 0 && i < n; i = b.indexOf(x, i + 1)) {
      if (b[i + 1] === y && (z < 0 || b[i + 2] === z)) return i;
    }
    return n;
  }

  private after(from: number, x: number, y: number, z: number): number {
    const at = this.find(from, x, y, z);
    return Math.min(this.bytes.length, at + (z < 0 ? 2 : 3));
  }

  /** Past a `<!DOCTYPE …>` (or another `<!…>`), its internal subset in brackets included. */
  private skipDeclaration(from: number): number {
    const b = this.bytes;
    let depth = 0;
    for (let q = from; q < b.length; q++) {
      const c = b[q];
      if (c === DQUOTE || c === SQUOTE) {
        const close = b.indexOf(c, q + 1);
        if (close < 0) return b.length;
        q = close;
      } else if (c === LBRACKET) depth++;
      else if (c === RBRACKET) depth--;
      else if (c === GT && depth <= 0) return q + 1;
    }
    return b.length;
  }
}

function isCdataOpen(b: Uint8Array, p: number): boolean {
  // "<![CDATA["
  return (
    b[p + 3] === 0x43 &&
    b[p + 4] === 0x44 &&
    b[p + 5] === 0x41 &&
    b[p + 6] === 0x54 &&
    b[p + 7] === 0x41 &&
    b[p + 8] === LBRACKET
  );
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is kept as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, e: string) => {
    if (e[0] !== "#") return NAMED[e] ?? m;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * A plain decimal (`-12`, `0.352`, `.5`) parsed from bytes exactly as Number() would, or
 * NaN for anything else (exponents, signs other than `-`, more than 15 digits, spaces),
 * which the caller hands to Number() as text. With at most 15 digits the mantissa and
 * the power of ten are exact doubles, so one correctly rounded division gives Number()'s result.
 */
export function plainNumber(b: Uint8Array, from: number, to: number): number {
  let i = from;
  let negative = false;
  if (i < to && b[i] === DASH) {
    negative = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === 0x2e && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = fraction > 0 ? m / POW10[fraction] : m;
  return negative ? -v : v;
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
