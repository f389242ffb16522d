import { EXCEL_DEFAULT_PASSWORD } from "./default-password";

/**
 * Node only (like node-files.ts): officecrypto-tool decrypts with Node's crypto. Excel
 * opens a workbook encrypted with its built-in default password ("VelvetSweatshop", what
 * "password to modify" and some exporters write) without asking; so does the CLI. The web
 * page has its own (web-decrypt.ts).
 */
export { EXCEL_DEFAULT_PASSWORD };

/** The package inside an ECMA-376 encrypted file (agile or standard), or null when the default password does not open it. */
export async function decryptWithDefaultPassword(bytes: Uint8Array): Promise<Uint8Array | null> {
  // Loaded on first use: most files are not encrypted.
  const { default: officeCrypto } = await import("officecrypto-tool");
  try {
    const out = await officeCrypto.decrypt(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      password: EXCEL_DEFAULT_PASSWORD,
    });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    return null;
  }
}
