import { deflateSync, inflateSync } from "fflate";

/**
 * The zip container of an .xlsx. Compression is fflate's (or Node's zlib, see
 * setZipCodec); the container is read here because every entry the add-in does not change
 * is copied into the output as its original compressed bytes, byte for byte, which no
 * zip library's public API offers without inflating and deflating it again.
 */

export interface ZipCodec {
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  /** May answer later: the CLI deflates the new parts in zlib's thread pool, all at once. */
  deflateRaw(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** CRC-32 of an entry; the JavaScript one below when the codec has none. */
  crc32?(data: Uint8Array): number;
}

const FFLATE: ZipCodec = {
  inflateRaw: (data, size) => inflateSync(data, size > 0 && size < 1 << 30 ? { out: new Uint8Array(size) } : {}),
  deflateRaw: (data) => deflateSync(data, { level: 6 }),
};

let codec: ZipCodec = FFLATE;

/** The CLI hands in Node's zlib (several times faster than any JavaScript deflate); the web page keeps fflate. */
export function setZipCodec(c: ZipCodec | null): void {
  codec = c ?? FFLATE;
}

export class ZipError extends Error {}

export interface ZipEntry {
  /** The name as stored, `\` turned into `/`. */
  name: string;
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The compressed bytes, as stored. */
  raw: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;

/** The entries of a zip, from its central directory. Throws ZipError when it is not a readable zip. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  if (end < 0) throw new ZipError("no end of central directory (truncated?)");
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === SIG_END64_LOCATOR) {
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 <= bytes.length && view.getUint32(at, true) === SIG_END64) {
      count = Number(view.getBigUint64(at + 32, true));
      cdSize = Number(view.getBigUint64(at + 40, true));
      cdOffset = Number(view.getBigUint64(at + 48, true));
    }
  }
  // Data prepended to the zip (or a wrong offset): the directory sits right before its end record.
  let shift = 0;
  if (cdOffset + 4 > bytes.length || view.getUint32(cdOffset, true) !== SIG_CENTRAL) {
    const guess = end - cdSize;
    if (guess < 0 || view.getUint32(guess, true) !== SIG_CENTRAL) throw new ZipError("central directory not found");
    shift = guess - cdOffset;
    cdOffset = guess;
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; p + 46 <= bytes.length && view.getUint32(p, true) === SIG_CENTRAL; i++) {
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const time = view.getUint16(p + 12, true);
    const date = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    let csize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const zip64 = zip64Extra(view, p + 46 + nameLen, extraLen);
    if (zip64) {
      if (size === 0xffffffff) size = zip64.shift() ?? size;
      if (csize === 0xffffffff) csize = zip64.shift() ?? csize;
      if (local === 0xffffffff) local = zip64.shift() ?? local;
    }
    local += shift;
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== SIG_LOCAL) {
      throw new ZipError(`bad local header for entry ${i}`);
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + csize > bytes.length) throw new ZipError(`entry ${i} runs past the end of the file`);
    const name = new TextDecoder().decode(nameBytes).replace(/\\/g, "/");
    entries.push({ name, nameBytes, flags, method, time, date, crc, size, raw: bytes.subarray(start, start + csize) });
  }
  if (entries.length === 0 && count > 0) throw new ZipError("empty central directory");
  return entries;
}

function findEnd(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && view.getUint32(i, true) === SIG_END) return i;
  }
  return -1;
}

function zip64Extra(view: DataView, at: number, len: number): number[] | null {
  const stop = at + len;
  while (at + 4 <= stop) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      const values: number[] = [];
      for (let q = at + 4; q + 8 <= at + 4 + size && q + 8 <= stop; q += 8)
        values.push(Number(view.getBigUint64(q, true)));
      return values;
    }
    at += 4 + size;
  }
  return null;
}

/** An entry's uncompressed bytes. Throws ZipError for methods other than stored and deflate, or bad data. */
export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.flags & 1) throw new ZipError(`entry ${e.name} is encrypted`);
  if (e.method === 0) return e.raw;
  if (e.method !== 8) throw new ZipError(`entry ${e.name} uses compression method ${e.method}`);
  try {
    return codec.inflateRaw(e.raw, e.size);
  } catch (err) {
    throw new ZipError(`entry ${e.name}: ${(err as Error).message}`);
  }
}

/** An entry to write: a copy of a stored one, or new content. */
export type ZipOut = { kind: "copy"; entry: ZipEntry } | { kind: "new"; name: string; data: Uint8Array };

export async function writeZip(list: ZipOut[], now: Date = new Date()): Promise<Uint8Array> {
  const dosTime = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const dosDate = ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const encoder = new TextEncoder();
  const checksum = codec.crc32 ?? crc32;
  // Every new part's deflate is started before any is awaited, so an asynchronous codec
  // compresses them side by side while this thread computes the checksums.
  const deflating = list.map((o) =>
    o.kind === "new" && o.data.length > 0 ? codec.deflateRaw(o.data) : new Uint8Array(0),
  );
  const crcs = list.map((o) => (o.kind === "new" ? checksum(o.data) : 0));
  const deflated = await Promise.all(deflating);
  const items = list.map((o, i) => {
    if (o.kind === "copy") {
      // The data descriptor flag is dropped: sizes and CRC go into the local header.
      return { ...o.entry, flags: o.entry.flags & ~0x0008 };
    }
    const nameBytes = encoder.encode(o.name);
    const ascii = nameBytes.length === o.name.length;
    const stored = deflated[i].length >= o.data.length;
    return {
      name: o.name,
      nameBytes,
      flags: ascii ? 0 : 0x0800,
      method: stored ? 0 : 8,
      time: dosTime,
      date: dosDate,
      crc: crcs[i],
      size: o.data.length,
      raw: stored ? o.data : deflated[i],
    };
  });
  let total = 22;
  for (const e of items) total += 30 + 46 + 2 * e.nameBytes.length + e.raw.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const e of items) {
    offsets.push(p);
    view.setUint32(p, SIG_LOCAL, true);
    view.setUint16(p + 4, e.method === 8 ? 20 : 10, true);
    view.setUint16(p + 6, e.flags, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, e.time, true);
    view.setUint16(p + 12, e.date, true);
    view.setUint32(p + 14, e.crc, true);
    view.setUint32(p + 18, e.raw.length, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, e.nameBytes.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(e.nameBytes, p + 30);
    out.set(e.raw, p + 30 + e.nameBytes.length);
    p += 30 + e.nameBytes.length + e.raw.length;
  }
  const cdStart = p;
  items.forEach((e, i) => {
    view.setUint32(p, SIG_CENTRAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, e.method === 8 ? 20 : 10, true);
    view.setUint16(p + 8, e.flags, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, e.time, true);
    view.setUint16(p + 14, e.date, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.raw.length, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.nameBytes.length, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(e.nameBytes, p + 46);
    p += 46 + e.nameBytes.length;
  });
  view.setUint32(p, SIG_END, true);
  view.setUint16(p + 8, items.length, true);
  view.setUint16(p + 10, items.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309), as zip stores it for each entry. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
