/**
 * A file encrypted with Excel's default password opens without asking, as in Excel. The
 * decrypter (ciphers, hashes, the OLE reader) is a chunk of its own, fetched only for an
 * encrypted file. Where it cannot run (its chunk does not load; an engine without BigInt,
 * which the hashes need: EdgeHTML, Safari before 14) the file stays `encrypted`.
 */
export async function decryptWithDefaultPassword(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (typeof BigInt !== "function") return null;
  let decrypter: typeof import("../adapters/xlsx/web-decrypt");
  try {
    decrypter = await import("../adapters/xlsx/web-decrypt");
  } catch {
    return null;
  }
  return decrypter.decryptWithDefaultPassword(bytes);
}
