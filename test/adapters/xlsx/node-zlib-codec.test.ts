import { deflateRawSync, inflateRawSync } from "node:zlib";
import { inflateSync } from "fflate";
import { deflateInBlocks, useNodeZlib } from "../../../src/adapters/xlsx/node-zlib-codec";
import { crc32, inflateEntry, readZip, setZipCodec, writeZip } from "../../../src/adapters/xlsx/zip-archive";

/** Sheet-like XML: repetitive, as the parts the CLI writes are, with some variety. */
function sheetXml(rows: number): Uint8Array {
  const parts: string[] = ["<sheetData>"];
  for (let r = 1; r <= rows; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>МОУ «СОШ № ${r}»</t></is></c><c r="B${r}" s="${r % 7}"><v>${(r * 7919) % 10007}</v></c></row>`,
    );
  }
  parts.push("</sheetData>");
  return new TextEncoder().encode(parts.join(""));
}

describe("the CLI's zlib codec", () => {
  afterEach(() => setZipCodec(null));

  it("deflates a part in blocks into one stream that inflates back to the same bytes", async () => {
    const data = sheetXml(6_000);
    const block = 64 * 1024;
    expect(data.length).toBeGreaterThan(5 * block);
    const out = await deflateInBlocks(data, 6, block);
    expect(Buffer.from(inflateRawSync(out)).equals(Buffer.from(data))).toBe(true);
    // A second, independent inflater (the web page's) reads the joined stream too.
    expect(Buffer.from(inflateSync(out)).equals(Buffer.from(data))).toBe(true);
    // Each block sees the 32 KiB before it: within 1% of compressing in one pass.
    expect(out.length).toBeLessThan(deflateRawSync(data, { level: 6 }).length * 1.01);
  });

  it("deflates a part no larger than a block in one piece, an empty one included", async () => {
    const data = sheetXml(10);
    expect(Buffer.from(await deflateInBlocks(data, 6, 1 << 20)).equals(deflateRawSync(data, { level: 6 }))).toBe(true);
    expect(inflateRawSync(await deflateInBlocks(new Uint8Array(0))).length).toBe(0);
  });

  it("writes a zip whose entries carry zlib's CRC-32, equal to the JavaScript one, and read back unchanged", async () => {
    useNodeZlib();
    const big = sheetXml(40_000);
    const small = new TextEncoder().encode("<a/>");
    expect(big.length).toBeGreaterThan(2 << 20);
    const zip = await writeZip([
      { kind: "new", name: "xl/worksheets/sheet1.xml", data: big },
      { kind: "new", name: "a.xml", data: small },
      { kind: "new", name: "empty.xml", data: new Uint8Array(0) },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(["xl/worksheets/sheet1.xml", "a.xml", "empty.xml"]);
    expect(entries.map((e) => e.crc)).toEqual([crc32(big), crc32(small), crc32(new Uint8Array(0))]);
    expect(entries[0].method).toBe(8);
    expect(Buffer.from(inflateEntry(entries[0])).equals(Buffer.from(big))).toBe(true);
    expect(Buffer.from(inflateEntry(entries[1])).equals(Buffer.from(small))).toBe(true);
    expect(inflateEntry(entries[2]).length).toBe(0);
  });
});
