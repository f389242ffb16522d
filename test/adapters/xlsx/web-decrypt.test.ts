import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as CFB from "cfb";
import officeCrypto from "officecrypto-tool";
import { openXlsx } from "../../../src/adapters/xlsx";
import { EXCEL_DEFAULT_PASSWORD } from "../../../src/adapters/xlsx/default-password";
import { decryptWithDefaultPassword as nodeDecrypt } from "../../../src/adapters/xlsx/node-decrypt";
import { decryptWithDefaultPassword } from "../../../src/adapters/xlsx/web-decrypt";

/**
 * The web page's decrypter against officecrypto-tool (the CLI's, over Node's crypto) on the
 * same files: Apache POI's protect.xlsx (standard encryption, AES-128, Excel's default
 * password), calamine's pass_protected.xlsx (agile, SHA-512, a real password), and files
 * officecrypto-tool encrypts here from the sample workbook in both of its schemes (agile:
 * AES-256 / SHA-512 / 100,000 spins; standard: AES-128).
 */
const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");
const corpus = (name: string) => new Uint8Array(readFileSync(join(CORPUS, name)));
const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "..", "assets", "sample-monitoring.xlsx")));
const PROTECT = corpus("test-data__poifs__protect.xlsx");
const REAL_PASSWORD = corpus("tests__pass_protected.xlsx");

async function encrypted(password: string, type?: "standard"): Promise<Uint8Array> {
  const out = await officeCrypto.encrypt(Buffer.from(SAMPLE), { password, ...(type ? { type } : {}) });
  return new Uint8Array(out);
}

/** What the decrypter made of some bytes; anything thrown but a MonitorError fails the test. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const out = await decryptWithDefaultPassword(bytes);
    return out === null ? "null" : "package";
  } catch (e) {
    if ((e as Error).name === "MonitorError") return `MonitorError:${(e as { code: string }).code}`;
    throw e;
  }
}

/** An OLE container with the given streams, as the encrypted files have them. */
function ole(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content);
  return new Uint8Array(CFB.write(container, { type: "buffer" }) as Buffer);
}

function streamOf(bytes: Uint8Array, name: string): Uint8Array {
  return Uint8Array.from(CFB.find(CFB.read(Buffer.from(bytes), { type: "buffer" }), `/${name}`)!.content);
}

/** A small deterministic generator, so a failing garble can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

describe("web decrypter (ECMA-376 with Excel's default password, no Node built-ins)", () => {
  it("gives POI's protect.xlsx (standard encryption) byte for byte as officecrypto-tool does", async () => {
    const web = await decryptWithDefaultPassword(PROTECT);
    const node = await nodeDecrypt(PROTECT);
    expect(node).not.toBeNull();
    expect(web).not.toBeNull();
    expect(Buffer.from(web!).equals(Buffer.from(node!))).toBe(true);
    const book = await openXlsx(PROTECT, { decrypt: decryptWithDefaultPassword });
    expect((await book.readSnapshot()).sheets.map((s) => s.name)).toEqual(["Лист1", "Лист2", "Лист3"]);
  });

  it("gives null for calamine's pass_protected.xlsx (agile, a real password), which then stays encrypted", async () => {
    expect(await decryptWithDefaultPassword(REAL_PASSWORD)).toBeNull();
    expect(await nodeDecrypt(REAL_PASSWORD)).toBeNull();
    await expect(openXlsx(REAL_PASSWORD, { decrypt: decryptWithDefaultPassword })).rejects.toMatchObject({
      name: "MonitorError",
      code: "encrypted",
    });
  });

  it.each([
    ["agile", undefined],
    ["standard", "standard"],
  ] as const)(
    "opens the sample %s-encrypted with the default password: the original bytes, as officecrypto-tool gives",
    async (_kind, type) => {
      const file = await encrypted(EXCEL_DEFAULT_PASSWORD, type);
      const web = await decryptWithDefaultPassword(file);
      expect(web).not.toBeNull();
      expect(Buffer.from(web!).equals(Buffer.from(SAMPLE))).toBe(true);
      expect(Buffer.from(web!).equals(Buffer.from((await nodeDecrypt(file))!))).toBe(true);
      const opened = await (await openXlsx(file, { decrypt: decryptWithDefaultPassword })).readSnapshot();
      expect(opened).toEqual(await (await openXlsx(SAMPLE)).readSnapshot());
    },
  );

  it.each([
    ["agile", undefined],
    ["standard", "standard"],
  ] as const)(
    "gives null for a %s file with another password, and opens it with that password",
    async (_kind, type) => {
      const file = await encrypted("пароль школы", type);
      expect(await decryptWithDefaultPassword(file)).toBeNull();
      const opened = await decryptWithDefaultPassword(file, "пароль школы");
      expect(Buffer.from(opened!).equals(Buffer.from(SAMPLE))).toBe(true);
    },
  );

  it("says corrupt when the package stream is missing, the container is cut, or the package is shorter than its size", async () => {
    const info = streamOf(PROTECT, "EncryptionInfo");
    const pkg = streamOf(PROTECT, "EncryptedPackage");
    expect(await outcome(ole({ EncryptionInfo: info }))).toBe("MonitorError:corrupt");
    // No EncryptionInfo stream at all: not an encrypted package (the reader then classifies the file).
    expect(await outcome(ole({ EncryptedPackage: pkg }))).toBe("null");
    // Not an OLE file: nothing to decrypt. An OLE header with nothing after it: damaged.
    expect(await outcome(new Uint8Array(0))).toBe("null");
    expect(await outcome(SAMPLE)).toBe("null");
    expect(await outcome(PROTECT.slice(0, 600))).toBe("MonitorError:corrupt");
    // The size field promises more than the stream holds (a cut download).
    expect(await outcome(ole({ EncryptionInfo: info, EncryptedPackage: pkg.slice(0, 4000) }))).toBe(
      "MonitorError:corrupt",
    );
    const huge = pkg.slice();
    huge[4] = 1; // high word of the size: 4 GiB more
    expect(await outcome(ole({ EncryptionInfo: info, EncryptedPackage: huge }))).toBe("MonitorError:corrupt");
    expect(await outcome(ole({ EncryptionInfo: info, EncryptedPackage: pkg.slice(0, 5) }))).toBe(
      "MonitorError:corrupt",
    );
  });

  it("says corrupt for an EncryptionInfo with wrong sizes, and null for encryption it does not open", async () => {
    const info = streamOf(PROTECT, "EncryptionInfo");
    const pkg = streamOf(PROTECT, "EncryptedPackage");
    const withInfo = (edit: (b: Uint8Array) => Uint8Array) =>
      outcome(ole({ EncryptionInfo: edit(info.slice()), EncryptedPackage: pkg }));
    expect(await withInfo((b) => b.slice(0, 6))).toBe("MonitorError:corrupt");
    expect(await withInfo((b) => b.slice(0, 100))).toBe("MonitorError:corrupt");
    expect(await withInfo((b) => (b.set([0xff, 0xff, 0xff, 0x7f], 8), b))).toBe("MonitorError:corrupt"); // header size
    expect(await withInfo((b) => (b.set([0x40], 12 + 16), b))).toBe("MonitorError:corrupt"); // key size 64 for AES-128
    expect(await withInfo((b) => (b.set([0x03, 0x00, 0x03, 0x00], 0), b))).toBe("null"); // extensible
    expect(await withInfo((b) => (b.set([0x04], 12), b))).toBe("null"); // RC4 CryptoAPI, not AES
    const salt = 12 + new DataView(info.buffer).getUint32(8, true) + 4;
    expect(await withInfo((b) => ((b[salt] ^= 1), b))).toBe("null"); // the verifier no longer matches
  });

  it("says corrupt for agile XML it cannot read and never spins past ten times what Office writes", async () => {
    const xml = new TextDecoder().decode(streamOf(REAL_PASSWORD, "EncryptionInfo").subarray(8));
    const pkg = streamOf(REAL_PASSWORD, "EncryptedPackage");
    const agile = (text: string) => {
      const body = new TextEncoder().encode(text);
      const info = new Uint8Array(8 + body.length);
      info.set([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);
      info.set(body, 8);
      return outcome(ole({ EncryptionInfo: info, EncryptedPackage: pkg }));
    };
    expect(await agile(xml.replace('spinCount="100000"', 'spinCount="1000000000"'))).toBe("MonitorError:corrupt");
    expect(await agile(xml.replace('spinCount="100000"', 'spinCount="-1"'))).toBe("MonitorError:corrupt");
    // Within the spec but ten times what Office writes: left encrypted rather than hold the page.
    expect(await agile(xml.replace('spinCount="100000"', 'spinCount="5000000"'))).toBe("null");
    expect(await agile(xml.replace(/encryptedVerifierHashInput="[^"]*"/, 'encryptedVerifierHashInput="%%%"'))).toBe(
      "MonitorError:corrupt",
    );
    expect(await agile(xml.replace(/<keyData [^>]*>/, ""))).toBe("MonitorError:corrupt");
    expect(await agile(xml.replace(/keyBits="256"/g, 'keyBits="100"'))).toBe("MonitorError:corrupt");
    expect(await agile(xml.replace(/ChainingModeCBC/g, "ChainingModeCFB"))).toBe("null");
    expect(await agile(xml.replace(/SHA512/g, "MD5"))).toBe("null");
    expect(await agile(xml.replace(/<p:encryptedKey [^>]*>/, ""))).toBe("null"); // no password key encryptor
    expect(await agile("\uFFFF not xml")).toBe("MonitorError:corrupt");
  });

  it("never throws anything but MonitorError on truncated or garbled files, and never hangs", async () => {
    const agileDefault = await encrypted(EXCEL_DEFAULT_PASSWORD);
    const seen = new Set<string>();
    for (const file of [PROTECT, agileDefault]) {
      for (let cut = 0; cut < file.length; cut += 1536) seen.add(await outcome(file.slice(0, cut)));
      const next = random(file.length);
      for (let round = 0; round < 12; round++) {
        const garbled = file.slice();
        for (let n = 0; n < 1 + round; n++) garbled[Math.floor(next() * garbled.length)] = Math.floor(next() * 256);
        seen.add(await outcome(garbled));
      }
    }
    expect([...seen].every((o) => ["null", "package", "MonitorError:corrupt"].includes(o))).toBe(true);
    expect(seen.has("MonitorError:corrupt")).toBe(true);
  }, 120_000);
});
