import { inflateRawSync } from "node:zlib";

/**
 * The reading yardstick: one pass that inflates every part of the zip with Node's zlib and
 * scans each byte once (counting tags). Any reader must do at least this much, so "our read
 * ÷ yardstick" says how much work the reader adds on top of decompression.
 */
export function inflateAndScan(bytes: Uint8Array): { parts: number; bytes: number; tags: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last "PK\5\6" record.
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip");
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  let tags = 0;
  for (let i = 0; i < entries; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    at += 46 + nameLen + extraLen + commentLen;
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    for (let j = 0; j < data.length; j++) if (data[j] === 0x3c) tags++;
    total += data.length;
  }
  return { parts: entries, bytes: total, tags };
}
