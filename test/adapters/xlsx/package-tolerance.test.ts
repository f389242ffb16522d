import { openXlsx } from "../../../src/adapters/xlsx";
import { OoxmlPackage } from "../../../src/adapters/xlsx/ooxml-package";
import { readZip } from "../../../src/adapters/xlsx/zip-archive";
import { scanXml } from "../../../src/adapters/xlsx/xml-scan";
import { workbookFromParts } from "../../fixtures/xlsx-parts";

const SHEET = "xl/worksheets/sheet1.xml";

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

async function withUtf16Sheet(): Promise<Uint8Array> {
  const base = await workbookFromParts({
    sheets: [
      {
        name: "Показатели",
        rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>Школа</t></is></c><c r="B1"><v>5</v></c></row>`,
      },
    ],
  });
  const pkg = await OoxmlPackage.load(base);
  const xml = (await pkg.text(SHEET))!.replace('encoding="UTF-8"', 'encoding="UTF-16"');
  pkg.setBytes(SHEET, utf16le(xml));
  return pkg.toBytes();
}

describe("the package reader's tolerance", () => {
  it("reads a worksheet part saved as UTF-16 and writes it back as well-formed UTF-8 when painted", async () => {
    const bytes = await withUtf16Sheet();
    const book = await openXlsx(bytes);
    expect((await book.readSnapshot()).sheets[0].rows).toEqual([["Школа", 5]]);
    await book.applyPaint([{ sheet: "Показатели", row: 0, col: 1, fill: "#FFC7CE" }]);
    const out = await OoxmlPackage.load(await book.toBytes());
    const raw = (await out.bytes(SHEET))!;
    expect([raw[0], raw[1]]).not.toEqual([0xff, 0xfe]);
    const xml = new TextDecoder().decode(raw);
    expect(xml).toMatch(/^<\?xml[^>]*encoding="UTF-8"/);
    expect(scanXml(xml, {}).error).toBeNull();
    expect((await (await openXlsx(await book.toBytes())).readSnapshot()).sheets[0].rows[0]).toEqual(["Школа", 5]);
  });

  it("copies every part it did not change as the same compressed bytes", async () => {
    const bytes = await workbookFromParts({
      sharedStrings: ["Реестр"],
      sheets: [
        { name: "Лист1", rows: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>` },
        { name: "Лист2", rows: `<row r="1"><c r="A1"><v>1</v></c></row>` },
      ],
    });
    const pkg = await OoxmlPackage.load(bytes);
    pkg.setText(
      "xl/worksheets/sheet2.xml",
      (await pkg.text("xl/worksheets/sheet2.xml"))!.replace("<v>1</v>", "<v>2</v>"),
    );
    const before = new Map(readZip(bytes).map((e) => [e.name, e]));
    const after = readZip(await pkg.toBytes());
    expect(after.map((e) => e.name)).toEqual([...before.keys()]);
    for (const e of after) {
      const old = before.get(e.name)!;
      const same = e.crc === old.crc && e.raw.length === old.raw.length && e.raw.every((b, i) => b === old.raw[i]);
      expect([e.name, same]).toEqual([e.name, e.name !== "xl/worksheets/sheet2.xml"]);
    }
  });

  it("finds parts whose names differ in case from their relationship targets", async () => {
    const base = await workbookFromParts({
      sheets: [{ name: "Лист1", rows: `<row r="1"><c r="A1"><v>7</v></c></row>` }],
    });
    const pkg = await OoxmlPackage.load(base);
    const rels = (await pkg.text("xl/_rels/workbook.xml.rels"))!.replace(
      "worksheets/sheet1.xml",
      "Worksheets/Sheet1.XML",
    );
    pkg.setText("xl/_rels/workbook.xml.rels", rels);
    expect((await (await openXlsx(await pkg.toBytes())).readSnapshot()).sheets[0].rows).toEqual([[7]]);
  });

  it("reads prefixed relationship parts (<x:Relationships>)", async () => {
    const base = await workbookFromParts({
      sheets: [{ name: "Лист1", rows: `<row r="1"><c r="A1"><v>7</v></c></row>` }],
    });
    const pkg = await OoxmlPackage.load(base);
    for (const path of ["_rels/.rels", "xl/_rels/workbook.xml.rels"]) {
      const xml = (await pkg.text(path))!
        .replace(/<Relationships xmlns=/, "<x:Relationships xmlns:x=")
        .replace(/<Relationship /g, "<x:Relationship ")
        .replace("</Relationships>", "</x:Relationships>");
      pkg.setText(path, xml);
    }
    expect((await (await openXlsx(await pkg.toBytes())).readSnapshot()).sheets[0].rows).toEqual([[7]]);
  });
});

describe("a part edited as its bytes (byteText)", () => {
  const SHEET_XML =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Школа № 1 — «Кванториум» 😀</t></is></c></row></sheetData></worksheet>`;

  it("gives one character per UTF-8 byte and writes an edit back with every other byte unchanged", async () => {
    const pkg = OoxmlPackage.empty();
    pkg.setText(SHEET, SHEET_XML);
    const bytes = new TextEncoder().encode(SHEET_XML);
    const s = (await pkg.byteText(SHEET))!;
    expect(s.length).toBe(bytes.length);
    expect([...s].every((ch) => ch.charCodeAt(0) < 256)).toBe(true);
    pkg.setByteText(SHEET, s.replace('<c r="A1"', '<c r="A1" s="5"'));
    expect(await pkg.text(SHEET)).toBe(SHEET_XML.replace('<c r="A1"', '<c r="A1" s="5"'));
    const back = await OoxmlPackage.load(await pkg.toBytes());
    expect(await back.text(SHEET)).toBe(SHEET_XML.replace('<c r="A1"', '<c r="A1" s="5"'));
    // A text edit after a byte edit (and back) sees the other's result.
    pkg.setText(SHEET, (await pkg.text(SHEET))!.replace("Школа", "Лицей"));
    expect(await pkg.byteText(SHEET)).toBe(
      Buffer.from(SHEET_XML.replace('<c r="A1"', '<c r="A1" s="5"').replace("Школа", "Лицей")).toString("latin1"),
    );
  });

  it("re-encodes a UTF-16 part as UTF-8, its declaration included", async () => {
    const pkg = OoxmlPackage.empty();
    pkg.setBytes(SHEET, utf16le(SHEET_XML.replace('encoding="UTF-8"', 'encoding="UTF-16"')));
    const s = (await pkg.byteText(SHEET))!;
    expect(Buffer.from(s, "latin1").toString("utf8")).toBe(SHEET_XML);
    pkg.setByteText(SHEET, s);
    const back = await OoxmlPackage.load(await pkg.toBytes());
    expect(await back.text(SHEET)).toBe(SHEET_XML);
    expect(await pkg.byteText("xl/missing.xml")).toBeNull();
  });
});
