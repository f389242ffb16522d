import { readFileSync } from "node:fs";
import { join } from "node:path";
import officeCrypto from "officecrypto-tool";
import { openXlsx } from "../../../src/adapters/xlsx";
import { decryptWithDefaultPassword as nodeDecrypt } from "../../../src/adapters/xlsx/node-decrypt";
import { readReturnedCopy } from "../../../src/adapters/xlsx/returned-copy";
import { renderSchoolCopy } from "../../../src/adapters/xlsx/school-copy";
import { decryptWithDefaultPassword as webDecrypt } from "../../../src/adapters/xlsx/web-decrypt";
import { DEFAULT_SETTINGS } from "../../../src/app/monitor-types";
import { splitWorkbook } from "../../../src/app/split";

/**
 * A school may send its copy back saved with a "password to modify", which Excel writes
 * as encryption with its default password: collect opens it as the master opens (the CLI
 * with Node's crypto, the pane with the web decrypter); a real password stays a line in
 * the log.
 */
const SAMPLE = join(__dirname, "..", "..", "..", "assets", "sample-monitoring.xlsx");
const SETTINGS = { ...DEFAULT_SETTINGS, asOf: "2024-10-01" };

describe("a returned school copy encrypted with Excel's default password", () => {
  let copy: Uint8Array;
  beforeAll(async () => {
    const master = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    const { files } = await splitWorkbook(master, (p) => renderSchoolCopy(p), SETTINGS, "ru", new Date("2024-10-01"));
    copy = files[0].bytes;
  });

  const encrypt = async (bytes: Uint8Array, password: string) =>
    new Uint8Array(await officeCrypto.encrypt(Buffer.from(bytes), { password }));

  it.each([
    ["the CLI", nodeDecrypt],
    ["the pane", webDecrypt],
  ])("opens in %s as the unencrypted copy does, mark included", async (_where, decrypt) => {
    const plain = await readReturnedCopy("школа.xlsx", copy);
    expect(plain.error).toBeUndefined();
    expect(plain.mark).not.toBeNull();
    const locked = await encrypt(copy, "VelvetSweatshop");
    expect(await readReturnedCopy("школа.xlsx", locked, { decrypt })).toEqual(plain);
    // Without a decrypter, and with a real password, it is refused with the reason.
    expect(await readReturnedCopy("школа.xlsx", locked)).toMatchObject({ snapshot: null, error: "encrypted" });
    const secret = await encrypt(copy, "секрет");
    expect(await readReturnedCopy("школа.xlsx", secret, { decrypt })).toMatchObject({
      snapshot: null,
      error: "encrypted",
    });
  });
});
