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

/** Texts up to this many bytes are decoded once per part (xml-bytes decode), at most this many of them. */
const MAX_INTERNED = 128;
const MAX_INTERNED_COUNT = 16_384;

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
  /** The current tag's attributes as (name start, name end, value start, value end), `count` numbers used. */
  private table = new Int32Array(64);
  private count = 0;
  /** attrStart of the tag whose attributes are in `table` (-1: none yet). */
  private splitAt = -1;
  /** Texts decoded so far, by a hash of their bytes (checked byte for byte on a hit). */
  private readonly interned = new Map<number, { from: number; to: number; literal: boolean; text: string }>();

  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    // A plain view: Node's Buffer (what zlib returns) overrides subarray and indexOf with slower ones.
    this.bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

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
        const gt = indexOfByte(b, GT, q, n);
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
          const close = indexOfByte(b, d, q + 1, n);
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
    // The tag's attributes are split once, at the first lookup; later lookups read the table.
    if (this.splitAt !== this.attrStart) this.splitAttributes();
    const b = this.bytes;
    const t = this.table;
    const len = name.length;
    const c0 = name.charCodeAt(0);
    for (let k = 0; k < this.count; k += 4) {
      const ns = t[k];
      if (t[k + 1] - ns !== len || b[ns] !== c0) continue;
      let same = true;
      for (let i = 1; i < len; i++)
        if (b[ns + i] !== name.charCodeAt(i)) {
          same = false;
          break;
        }
      if (same) {
        this.valueStart = t[k + 2];
        this.valueEnd = t[k + 3];
        return true;
      }
    }
    return false;
  }

  /**
   * The current OPEN tag's attributes, split (once) for selectAttr(): how many there are.
   * A reader that wants several attributes of every tag walks them once this way instead
   * of looking each name up.
   */
  attrCount(): number {
    if (this.splitAt !== this.attrStart) this.splitAttributes();
    return this.count >> 2;
  }

  /**
   * Makes attribute k (below attrCount()) the found one, its value in [valueStart,
   * valueEnd); returns its name's byte when the name is one byte long (`r`, `s`, `t`), else -1.
   */
  selectAttr(k: number): number {
    const t = this.table;
    const i = k << 2;
    this.valueStart = t[i + 2];
    this.valueEnd = t[i + 3];
    return t[i + 1] - t[i] === 1 ? this.bytes[t[i]] : -1;
  }

  /**
   * A whole cell in the shape nearly every writer gives it, read in one pass at the current
   * position (see readSheet): `<c` with only `r`, `s` and `t` attributes, each once, in
   * double quotes and plainly spelled, then `/>`, `><v>…</v></c>` or
   * `><is><t>…</t></is></c>` (`<t xml:space="preserve">` too). On success the cell is
   * consumed: cellRow/cellCol (the reference, 0-based; cellRow -1 without `r`),
   * cellStyle, cellType, cellContent (0 none, 1 `<v>`, 2 inline text) and the content's
   * bytes in [start, end). Anything else — a prefix, a formula, rich text, an entity in a
   * reference, whitespace inside the markup — returns false and moves nothing: the caller
   * then reads the cell token by token, so this only decides how fast, never what is read.
   */
  plainCell(): boolean {
    if (this.pendingClose) return false;
    const b = this.bytes;
    const n = b.length;
    let q = this.pos;
    if (b[q] !== LT || b[q + 1] !== 0x63) return false;
    q += 2;
    let row = -1;
    let col = -1;
    let style = 0;
    let type = "n";
    let seen = 0;
    for (;;) {
      const c = b[q];
      if (c === GT || c === SLASH) break;
      if (c !== 0x20) return false;
      const name = b[q + 1];
      if (b[q + 2] !== EQ || b[q + 3] !== DQUOTE) return false;
      const from = q + 4;
      let to = from;
      while (to < n && b[to] !== DQUOTE) to++;
      if (to >= n) return false;
      if (name === 0x72 && !(seen & 1)) {
        // A plain reference: 1–3 letters, then a row number from 1 to 1,048,576.
        let i = from;
        let letters = 0;
        for (; i < to && letters < 4; i++) {
          const l = b[i] | 0x20;
          if (l < 0x61 || l > 0x7a) break;
          col = col < 0 ? l - 0x60 : col * 26 + (l - 0x60);
          letters++;
        }
        let r = 0;
        const digits = i;
        for (; i < to; i++) {
          const d = b[i];
          if (d < 0x30 || d > 0x39 || i - digits > 7) return false;
          r = r * 10 + (d - 0x30);
        }
        if (letters === 0 || letters > 3 || i === digits || r < 1 || r > 1_048_576) return false;
        row = r - 1;
        col--;
        seen |= 1;
      } else if (name === 0x73 && !(seen & 2)) {
        if (to === from || to - from > 9) return false;
        for (let i = from; i < to; i++) {
          const d = b[i];
          if (d < 0x30 || d > 0x39) return false;
          style = style * 10 + (d - 0x30);
        }
        seen |= 2;
      } else if (name === 0x74 && !(seen & 4)) {
        type = cellTypeOf(b, from, to);
        if (type === "") return false;
        seen |= 4;
      } else return false;
      q = to + 1;
    }
    let kind = 0;
    let from = 0;
    let to = 0;
    if (b[q] === SLASH) {
      if (b[q + 1] !== GT) return false;
      q += 2;
    } else {
      q++;
      if (b[q] !== LT) return false;
      if (b[q + 1] === 0x76 && b[q + 2] === GT) {
        // <v>…</v></c>
        from = q + 3;
        to = indexOfByte(b, LT, from, n);
        if (to < 0 || !isAt(b, to, V_CLOSE)) return false;
        q = to + V_CLOSE.length;
        kind = 1;
      } else if (isAt(b, q, IS_T)) {
        // <is><t>…</t></is></c>, or <t xml:space="preserve">
        from = q + IS_T.length;
        if (b[from] === GT) from++;
        else if (isAt(b, from, SPACE_PRESERVE)) from += SPACE_PRESERVE.length;
        else return false;
        to = indexOfByte(b, LT, from, n);
        if (to < 0 || !isAt(b, to, T_CLOSE)) return false;
        q = to + T_CLOSE.length;
        kind = 2;
      } else return false;
    }
    this.cellRow = row;
    this.cellCol = col;
    this.cellStyle = style;
    this.cellType = type;
    this.cellContent = kind;
    this.start = from;
    this.end = to;
    this.cdata = false;
    this.pos = q;
    return true;
  }

  /** What plainCell() read (see there). */
  cellRow = -1;
  cellCol = -1;
  cellStyle = 0;
  cellType = "n";
  cellContent = 0;

  /** Name and value ranges of the current tag's attributes, four numbers each, into `table` (grown as needed). */
  private splitAttributes(): void {
    const b = this.bytes;
    const stop = this.attrEnd;
    let q = this.attrStart;
    let count = 0;
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
        ve = indexOfByte(b, quote, vs, stop);
        if (ve < 0) ve = stop;
        q = ve + 1;
      } else {
        vs = q;
        while (q < stop && !isSpace(b[q])) q++;
        ve = q;
      }
      if (count + 4 > this.table.length) {
        const bigger = new Int32Array(this.table.length * 2);
        bigger.set(this.table);
        this.table = bigger;
      }
      this.table[count] = nameStart;
      this.table[count + 1] = nameEnd;
      this.table[count + 2] = vs;
      this.table[count + 3] = ve;
      count += 4;
    }
    this.count = count;
    this.splitAt = this.attrStart;
  }

  /** The last found attribute's value as a string: entities decoded, whitespace characters as spaces (XML's normalization). */
  value(): string {
    const s = this.decode(this.valueStart, this.valueEnd, false);
    return /[\t\n\r]/.test(s) ? s.replace(/[\t\n\r]/g, " ") : s;
  }

  /** The last found attribute's value is `1` or `true` (any case), as xsd:boolean allows. */
  valueIsTrue(): boolean {
    const b = this.bytes;
    const from = this.valueStart;
    const len = this.valueEnd - from;
    if (len === 1) return b[from] === 0x31;
    if (len === 4)
      return (
        (b[from] | 0x20) === 0x74 &&
        (b[from + 1] | 0x20) === 0x72 &&
        (b[from + 2] | 0x20) === 0x75 &&
        (b[from + 3] | 0x20) === 0x65
      );
    const v = this.value();
    return v === "1" || v.toLowerCase() === "true";
  }

  /** The last found attribute's value is exactly `s` (ASCII, as written: no entities). */
  valueIs(s: string): boolean {
    const len = s.length;
    if (this.valueEnd - this.valueStart !== len) return false;
    const b = this.bytes;
    for (let i = 0; i < len; i++) if (b[this.valueStart + i] !== s.charCodeAt(i)) return false;
    return true;
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
    let hash = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      const c = b[i];
      hash = Math.imul(hash ^ c, 0x01000193);
      if (c === AMP) amp = true;
      else if (c === CR) cr = true;
    }
    // The same short text again (a school's name on each of its rows, a quarter, a unit):
    // the string decoded the first time, so the snapshot holds one copy.
    const short = to - from <= MAX_INTERNED;
    if (short) {
      const seen = this.interned.get(hash);
      if (
        seen !== undefined &&
        seen.literal === literal &&
        seen.to - seen.from === to - from &&
        this.sameBytes(seen.from, from, to - from)
      )
        return seen.text;
    }
    let s = UTF8.decode(b.subarray(from, to));
    if (cr) s = s.replace(/\r\n?/g, "\n");
    if (amp && !literal) s = decodeEntities(s);
    if (short && this.interned.size < MAX_INTERNED_COUNT && !this.interned.has(hash))
      this.interned.set(hash, { from, to, literal, text: s });
    return s;
  }

  private sameBytes(a: number, b: number, len: number): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < len; i++) if (bytes[a + i] !== bytes[b + i]) return false;
    return true;
  }

  private textUpTo(from: number, searchFrom: number): Token {
    const b = this.bytes;
    let q = indexOfByte(b, LT, searchFrom, b.length);
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
        const close = indexOfByte(b, c, q + 1, b.length);
        if (close < 0) return b.length;
        q = close;
      } else if (c === LBRACKET) depth++;
      else if (c === RBRACKET) depth--;
      else if (c === GT && depth <= 0) return q + 1;
    }
    return b.length;
  }
}

/**
 * The first `c` in [from, to), or -1. A plain loop: the distances are a few bytes (a quote,
 * the end of a tag), where calling TypedArray#indexOf costs more than the search.
 */
function indexOfByte(b: Uint8Array, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] === c) return i;
  return -1;
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const V_CLOSE = ascii("</v></c>");
const IS_T = ascii("<is><t");
const SPACE_PRESERVE = ascii(' xml:space="preserve">');
const T_CLOSE = ascii("</t></is></c>");

/** `pattern` is at b[at…]. */
function isAt(b: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at + pattern.length > b.length) return false;
  for (let i = 0; i < pattern.length; i++) if (b[at + i] !== pattern[i]) return false;
  return true;
}

const CELL_TYPES = ["s", "n", "inlineStr", "str", "b", "e", "d"].map((t) => ({ name: t, bytes: ascii(t) }));

/** A cell's `t` as one of the types SpreadsheetML defines, or "" for anything else. */
function cellTypeOf(b: Uint8Array, from: number, to: number): string {
  const len = to - from;
  for (const t of CELL_TYPES) {
    if (t.bytes.length !== len) continue;
    let same = true;
    for (let i = 0; i < len; i++)
      if (b[from + i] !== t.bytes[i]) {
        same = false;
        break;
      }
    if (same) return t.name;
  }
  return "";
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
