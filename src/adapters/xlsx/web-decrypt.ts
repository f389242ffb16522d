import { cbc, ecb } from "@noble/ciphers/aes";
import { sha1 } from "@noble/hashes/legacy";
import { sha256, sha384, sha512 } from "@noble/hashes/sha2";
import * as CFB from "cfb";
import { MonitorError } from "../../app/workbook-gateway";
import { EXCEL_DEFAULT_PASSWORD } from "./default-password";

/**
 * The web page's decrypter (the CLI has node-decrypt.ts): an ECMA-376 encrypted package
 * (MS-OFFCRYPTO 2.3.4, agile and standard encryption) opened with Excel's default password,
 * in plain JavaScript — no Node built-ins, no Buffer — so it runs in the browser. Loaded
 * through import() only when an encrypted file is opened.
 *
 * Gives the inner package, or null when the password does not open it (the verifier says
 * no) or the encryption is one this does not implement (extensible, RC4, CFB chaining, MD5…;
 * then the file stays `encrypted`). A damaged container or stream is MonitorError("corrupt").
 */
export async function decryptWithDefaultPassword(
  bytes: Uint8Array,
  password: string = EXCEL_DEFAULT_PASSWORD,
): Promise<Uint8Array | null> {
  try {
    return decryptPackage(bytes, password);
  } catch (e) {
    // A total function: whatever a crafted container makes cfb or a cipher throw is a damaged file.
    throw e instanceof MonitorError ? e : corrupt("encrypted-package", e);
  }
}

export function decryptPackage(bytes: Uint8Array, password: string): Uint8Array | null {
  const streams = encryptionStreams(bytes);
  if (!streams) return null;
  const { info, encrypted } = streams;
  if (info.length < 8) throw corrupt("encryption-info");
  const major = u16(info, 0);
  const minor = u16(info, 2);
  let out: Uint8Array | null;
  if (major === 4 && minor === 4) out = decryptAgile(info, encrypted, password);
  else if (minor === 2 && major >= 2 && major <= 4) out = decryptStandard(info, encrypted, password);
  // 3.3 / 4.3 (extensible, a third-party provider) and anything newer: not opened here.
  else return null;
  if (out === null) return null;
  // The verifier said yes: what comes out must be a zip, else the package itself is damaged.
  if (!(out.length >= 4 && out[0] === 0x50 && out[1] === 0x4b)) throw corrupt("encrypted-package");
  return out;
}

function corrupt(reason: string, cause?: unknown): MonitorError {
  return new MonitorError("corrupt", { reason }, cause);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The EncryptionInfo and EncryptedPackage streams of the OLE container, or null when it has
 * no EncryptionInfo (an .xls whose text merely contains the name) or is no OLE file at all:
 * not an encrypted package.
 */
function encryptionStreams(bytes: Uint8Array): { info: Uint8Array; encrypted: Uint8Array } | null {
  // cfb would read a zip too (as a container of its entries): only an OLE file is looked into.
  // (open-xlsx.ts has the same test, but importing it would bring the reader into this chunk.)
  if (!OLE_MAGIC.every((b, i) => bytes[i] === b)) return null;
  let container: CFB.CFB$Container;
  try {
    // subarray: cfb hangs its read cursor on the array it is given, not on the caller's.
    container = CFB.read(bytes.subarray(0), { type: "array" });
  } catch (e) {
    throw corrupt("ole", e);
  }
  const info = streamBytes(CFB.find(container, "/EncryptionInfo"));
  const encrypted = streamBytes(CFB.find(container, "/EncryptedPackage"));
  if (!info) return null;
  if (!encrypted) throw corrupt("ole");
  return { info, encrypted };
}

function streamBytes(entry: CFB.CFB$Entry | null): Uint8Array | null {
  const content = entry?.content;
  if (!content) return null;
  // In a browser cfb gives a plain array of numbers, under Node a Buffer.
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

// ---- agile encryption (2.3.4.10–2.3.4.15): XML EncryptionInfo, AES-CBC, per-segment IVs

const SEGMENT = 4096;
const MAX_SPIN = 10_000_000; // the spec's limit (2.3.4.11)
/**
 * Office writes 100,000. Past ten times that, hashing would hold the page for seconds (a
 * crafted file at the spec's limit, about half a minute): such a file is left encrypted
 * here — the message says so — rather than freeze the tab. The CLI opens it.
 */
const MAX_OPENED_SPIN = 1_000_000;
const BLOCK_KEY_VERIFIER_INPUT = [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79];
const BLOCK_KEY_VERIFIER_VALUE = [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e];
const BLOCK_KEY_SECRET = [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6];

interface CipherParams {
  keyBytes: number;
  blockSize: number;
  hash: (data: Uint8Array) => Uint8Array;
  hashSize: number;
  salt: Uint8Array;
}

function decryptAgile(info: Uint8Array, encrypted: Uint8Array, password: string): Uint8Array | null {
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(info.subarray(8));
  } catch (e) {
    throw corrupt("encryption-info", e);
  }
  const keyData = startTag(xml, "keyData", () => true);
  // The password's key encryptor; a certificate's has no spin count.
  const encryptedKey = startTag(xml, "encryptedKey", (a) => a.spinCount !== undefined);
  if (!keyData) throw corrupt("encryption-info");
  if (!encryptedKey) return null;
  const data = cipherParams(keyData);
  const key = cipherParams(encryptedKey);
  if (!data || !key) return null;
  const spin = Number(encryptedKey.spinCount);
  if (!Number.isInteger(spin) || spin < 0 || spin > MAX_SPIN) throw corrupt("encryption-info");
  if (spin > MAX_OPENED_SPIN) return null;

  const spun = spinHash(key.hash, key.salt, password, spin);
  const keyFor = (blockKey: number[]) => fit(key.hash(concat(spun, Uint8Array.from(blockKey))), key.keyBytes, 0x36);
  const iv = fit(key.salt, key.blockSize, 0x36);
  const verifierInput = aesCbc(keyFor(BLOCK_KEY_VERIFIER_INPUT), iv, base64(encryptedKey.encryptedVerifierHashInput));
  const verifierValue = aesCbc(keyFor(BLOCK_KEY_VERIFIER_VALUE), iv, base64(encryptedKey.encryptedVerifierHashValue));
  const expected = key.hash(verifierInput.subarray(0, key.salt.length));
  if (
    verifierValue.length < key.hashSize ||
    !equal(expected.subarray(0, key.hashSize), verifierValue.subarray(0, key.hashSize))
  )
    return null;
  const secret = aesCbc(keyFor(BLOCK_KEY_SECRET), iv, base64(encryptedKey.encryptedKeyValue));
  if (secret.length < data.keyBytes) throw corrupt("encryption-info");
  const packageKey = secret.subarray(0, data.keyBytes);

  const size = streamSize(encrypted);
  const cipherText = packageCipherText(encrypted, size);
  const out = new Uint8Array(size);
  for (let i = 0, at = 0; at < size; i++, at += SEGMENT) {
    const segmentIv = fit(data.hash(concat(data.salt, uint32le(i))), data.blockSize, 0x36);
    const plain = aesCbc(packageKey, segmentIv, cipherText.subarray(at, at + SEGMENT));
    out.set(plain.subarray(0, Math.min(SEGMENT, size - at)), at);
  }
  return out;
}

/** The start tag's attributes (by local name) of the first element so named that `accept` takes. */
function startTag(xml: string, local: string, accept: (a: Record<string, string>) => boolean) {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${local}\\s((?:"[^"]*"|'[^']*'|[^>"'])*)>`, "g");
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const attrs: Record<string, string> = Object.create(null);
    const attr = /(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let a = attr.exec(m[1]); a; a = attr.exec(m[1])) attrs[a[1]] = a[2] ?? a[3];
    if (accept(attrs)) return attrs;
  }
  return null;
}

/** AES in CBC with a supported hash, or null (then the file is not opened here). */
function cipherParams(a: Record<string, string>): CipherParams | null {
  const hash = HASHES[(a.hashAlgorithm ?? "").toUpperCase().replace("-", "")];
  const keyBits = Number(a.keyBits);
  if (a.cipherAlgorithm !== "AES" || a.cipherChaining !== "ChainingModeCBC" || !hash) return null;
  if (![128, 192, 256].includes(keyBits) || Number(a.blockSize) !== 16) throw corrupt("encryption-info");
  const salt = base64(a.saltValue);
  if (salt.length < 1 || salt.length > 65536) throw corrupt("encryption-info");
  return { keyBytes: keyBits / 8, blockSize: 16, hash: hash.fn, hashSize: hash.size, salt };
}

const HASHES: Record<string, { fn: (d: Uint8Array) => Uint8Array; size: number } | undefined> = {
  SHA1: { fn: sha1, size: 20 },
  SHA256: { fn: sha256, size: 32 },
  SHA384: { fn: sha384, size: 48 },
  SHA512: { fn: sha512, size: 64 },
};

/** H(salt + password), then `spin` times H(iterator + previous) (2.3.4.11; 2.3.4.7 for standard). */
function spinHash(hash: (d: Uint8Array) => Uint8Array, salt: Uint8Array, password: string, spin: number): Uint8Array {
  let h = hash(concat(salt, utf16le(password)));
  const buf = new Uint8Array(4 + h.length);
  for (let i = 0; i < spin; i++) {
    buf[0] = i & 0xff;
    buf[1] = (i >>> 8) & 0xff;
    buf[2] = (i >>> 16) & 0xff;
    buf[3] = (i >>> 24) & 0xff;
    buf.set(h, 4);
    h = hash(buf);
  }
  return h;
}

// ---- standard encryption (2.3.4.5–2.3.4.9): binary EncryptionInfo, AES-ECB, SHA-1, 50,000 spins

const STANDARD_SPIN = 50_000;
const F_CRYPTOAPI = 0x04;
const F_EXTERNAL = 0x10;
const F_AES = 0x20;

function decryptStandard(info: Uint8Array, encrypted: Uint8Array, password: string): Uint8Array | null {
  if (info.length < 12) throw corrupt("encryption-info");
  const headerSize = u32(info, 8);
  const header = 12;
  const verifier = header + headerSize;
  if (headerSize < 32 || verifier + 4 + 16 + 16 + 4 + 32 > info.length) throw corrupt("encryption-info");
  const flags = u32(info, header);
  const algId = u32(info, header + 8);
  const algIdHash = u32(info, header + 12);
  const keySize = u32(info, header + 16);
  // Only AES through CryptoAPI: RC4 belongs to the binary formats, an external provider to extensible encryption.
  if ((flags & (F_CRYPTOAPI | F_AES)) !== (F_CRYPTOAPI | F_AES) || flags & F_EXTERNAL) return null;
  const keyBits: Record<number, number> = { 0: 128, 0x660e: 128, 0x660f: 192, 0x6610: 256 };
  if (!(algId in keyBits) || (algIdHash !== 0 && algIdHash !== 0x8004)) return null;
  const keyBytes = (keySize === 0 ? keyBits[algId] : keySize) / 8;
  if (keySize !== 0 && keySize !== keyBits[algId]) throw corrupt("encryption-info");

  const saltSize = u32(info, verifier);
  if (saltSize !== 16 || u32(info, verifier + 36) !== 20) throw corrupt("encryption-info");
  const salt = info.subarray(verifier + 4, verifier + 20);
  const encryptedVerifier = info.subarray(verifier + 20, verifier + 36);
  const encryptedVerifierHash = info.subarray(verifier + 40, verifier + 72);

  const key = standardKey(password, salt, keyBytes);
  const expected = sha1(aesEcb(key, encryptedVerifier));
  if (!equal(expected, aesEcb(key, encryptedVerifierHash).subarray(0, 20))) return null;

  const size = streamSize(encrypted);
  return aesEcb(key, packageCipherText(encrypted, size)).subarray(0, size);
}

/** The key from the spun hash: Hfinal = H(Hn + block 0), then the X1/X2 derivation (2.3.4.7). */
function standardKey(password: string, salt: Uint8Array, keyBytes: number): Uint8Array {
  const final = sha1(concat(spinHash(sha1, salt, password, STANDARD_SPIN), uint32le(0)));
  const derive = (fill: number) => {
    const buf = new Uint8Array(64).fill(fill);
    for (let i = 0; i < final.length; i++) buf[i] ^= final[i];
    return sha1(buf);
  };
  return concat(derive(0x36), derive(0x5c)).subarray(0, keyBytes);
}

// ---- bytes

/** The package's size, from the EncryptedPackage's first 8 bytes; the stream must hold it. */
function streamSize(encrypted: Uint8Array): number {
  if (encrypted.length < 8) throw corrupt("encrypted-package");
  const size = u32(encrypted, 0);
  if (u32(encrypted, 4) !== 0 || size > encrypted.length - 8) throw corrupt("encrypted-package");
  return size;
}

/** The encrypted package after its size, through the cipher block that holds its last byte. */
function packageCipherText(encrypted: Uint8Array, size: number): Uint8Array {
  return encrypted.subarray(8, 8 + Math.ceil(size / 16) * 16);
}

/** A segment whose tail is not a whole cipher block is zero-filled to one (as officecrypto-tool does). */
function blockPadded(bytes: Uint8Array, blockSize: number): Uint8Array {
  const rest = bytes.length % blockSize;
  if (rest === 0) return bytes;
  const out = new Uint8Array(bytes.length + blockSize - rest);
  out.set(bytes);
  return out;
}

function aesCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  return cbc(key, iv, { disablePadding: true }).decrypt(blockPadded(data, 16));
}

function aesEcb(key: Uint8Array, data: Uint8Array): Uint8Array {
  return ecb(key, { disablePadding: true }).decrypt(blockPadded(data, 16));
}

/** Truncated, or padded with `pad`, to `length` bytes (2.3.4.11's key and IV rule). */
function fit(bytes: Uint8Array, length: number, pad: number): Uint8Array {
  if (bytes.length >= length) return bytes.slice(0, length);
  const out = new Uint8Array(length).fill(pad);
  out.set(bytes);
  return out;
}

function base64(text: string | undefined): Uint8Array {
  if (text === undefined) throw corrupt("encryption-info");
  let binary: string;
  try {
    binary = atob(text);
  } catch (e) {
    throw corrupt("encryption-info", e);
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >>> 8;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function uint32le(n: number): Uint8Array {
  return Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24);
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
