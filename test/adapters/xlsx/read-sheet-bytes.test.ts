import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OoxmlPackage } from "../../../src/adapters/xlsx/ooxml-package";
import { readSharedStrings } from "../../../src/adapters/xlsx/read-shared-strings";
import { NotAWorksheet, readSheet, type SheetContext } from "../../../src/adapters/xlsx/read-sheet";
import { readCellFormats } from "../../../src/adapters/xlsx/read-styles";
import { readWorkbookPart } from "../../../src/adapters/xlsx/read-workbook-part";
import { decodeEntities, plainNumber } from "../../../src/adapters/xlsx/xml-bytes";
import { decodeXml, utf8Of } from "../../../src/adapters/xlsx/xml-scan";
import { readSharedStringsWithSaxes, readSheetWithSaxes } from "./saxes-sheet-oracle";

/**
 * The worksheet reader scans bytes with its own tokenizer (xml-bytes.ts) for speed; every
 * test here compares it with the saxes-based reader it replaced, which is kept as the
 * oracle: same rows, formats, merges and hidden rows, on real workbooks and on crafted parts.
 */
const DIR = join(__dirname, "..", "..", "fixtures", "corpus");
const enc = new TextEncoder();

function both(xml: string | Uint8Array, ctx: SheetContext) {
  const bytes = typeof xml === "string" ? enc.encode(xml) : xml;
  const run = (f: () => unknown) => {
    try {
      return f();
    } catch (e) {
      return { threw: (e as Error).constructor.name };
    }
  };
  return {
    ours: run(() => readSheet(utf8Of(bytes), ctx)),
    oracle: run(() => readSheetWithSaxes(decodeXml(bytes), ctx)),
  };
}

const CTX: SheetContext = {
  sharedStrings: ["first", "second", "третья"],
  cellFormats: ["General", "0.00", "dd.mm.yyyy", "@"],
  date1904: false,
};
const sheetOf = (sheetData: string, after = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

describe("the worksheet byte scanner reads what the saxes reader read", () => {
  const files = readdirSync(DIR).filter((f) => /\.xls[xm]$/i.test(f));

  it("on every worksheet of the curated real workbooks", async () => {
    let compared = 0;
    for (const file of files) {
      let pkg: OoxmlPackage;
      try {
        pkg = await OoxmlPackage.load(new Uint8Array(readFileSync(join(DIR, file))));
      } catch {
        continue; // an encrypted one is an OLE file, not a zip
      }
      const wbPath = await pkg.workbookPath();
      if (!wbPath) continue;
      const wb = readWorkbookPart((await pkg.text(wbPath)) ?? "");
      const rels = await pkg.rels(wbPath);
      const part = async (type: string) => {
        const rel = rels.find((r) => !r.external && r.type.endsWith(type));
        return rel ? pkg.text(rel.path) : null;
      };
      const ssRel = rels.find((r) => !r.external && r.type.endsWith("/sharedStrings"));
      const ssBytes = ssRel ? await pkg.bytes(ssRel.path) : null;
      const sharedStrings = readSharedStrings(ssBytes);
      expect({ file, sharedStrings }).toEqual({
        file,
        sharedStrings: readSharedStringsWithSaxes(ssBytes && decodeXml(ssBytes)),
      });
      const ctx: SheetContext = {
        sharedStrings,
        cellFormats: readCellFormats(await part("/styles")),
        date1904: wb.date1904,
      };
      for (const s of wb.sheets) {
        const rel = rels.find((r) => r.id === s.relId && !r.external);
        const bytes = rel ? await pkg.bytes(rel.path) : null;
        if (!bytes) continue;
        const { ours, oracle } = both(bytes, ctx);
        expect({ file, sheet: s.name, data: ours }).toEqual({ file, sheet: s.name, data: oracle });
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(files.length);
  });

  it.each([
    [
      "numbers in every spelling",
      '<row r="1"><c r="A1"><v>12</v></c><c r="B1"><v>-0</v></c><c r="C1"><v>0.352</v></c><c r="D1"><v>.5</v></c><c r="E1"><v>5.</v></c><c r="F1"><v>1E3</v></c><c r="G1"><v>+7</v></c><c r="H1"><v> 8 </v></c><c r="I1"><v>0x1A</v></c><c r="J1"><v>12345678901234567890</v></c><c r="K1"><v>0.1234567890123456</v></c><c r="L1"><v>.</v></c><c r="M1"><v>-</v></c><c r="N1"><v></v></c><c r="O1"><v>1.2.3</v></c><c r="P1"><v>Infinity</v></c></row>',
    ],
    [
      "formats and 1904-style dates",
      '<row r="1"><c r="A1" s="1"><v>3.14159</v></c><c r="B1" s="2"><v>45000</v></c><c r="C1" s="9"><v>1</v></c><c r="D1" s=""><v>2</v></c><c r="E1" s="2.0"><v>3</v></c><c r="F1" s="3"/></row>',
    ],
    [
      "shared, inline, rich and phonetic strings",
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>7</v></c><c r="D1" t="s"><v></v></c><c r="E1" t="inlineStr"><is><r><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>ignored</t></rPh></is></c><c r="F1" t="inlineStr"><v>inline v</v></c><c r="G1" t="str"><f>A1</f><v>формула</v></c><c r="H1"><is><t>no type</t></is></c></row>',
    ],
    [
      "booleans, errors, ISO dates, unknown types",
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v> true </v></c><c r="C1" t="b"><v></v></c><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="d"><v>2024-03-01T12:00:00</v></c><c r="F1" t="d"><v>not a date</v></c><c r="G1" t="x"><v>9</v></c><c r="H1" t=""><v>10</v></c></row>',
    ],
    [
      "entities, character references, CDATA, comments and line ends",
      '<row r="1"><c r="A1" t="str"><v>a &amp; b &lt;&gt; &quot;&apos; &#1046; &#x416; &nope; &#x110000;</v></c><c r="B1" t="inlineStr"><is><t>line\r\nnext\rlast</t></is></c><c r="C1" t="str"><v><![CDATA[<raw &amp;>]]></v></c><c r="D1"><v>1<!-- a comment -->2</v></c><c r="E1" t="inlineStr"><is><t>_x000D_ and _x005F_x</t></is></c><?pi stuff?><c r="F1"><v>&#49;&#50;</v></c></row>',
    ],
    [
      "rows and cells without r, out of order, $-references and bad references",
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c><c r="A5"><v>5</v></c></row><row r=""><c r="$B$9"><v>6</v></c></row><row r="x"><c r="AAAA1"><v>7</v></c><c r="B"><v>8</v></c><c r="A0"><v>9</v></c><c r=" A1"><v>10</v></c></row><row r="2000000"><c><v>11</v></c></row>',
    ],
    [
      "hidden rows, merges over whole columns and rows",
      '<row r="1" hidden="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1" s="1"><v>3</v></c></row><row r="2" hidden="true"><c r="A2"><v>4</v></c></row><row r="3" hidden="false" ht="15"><c r="B3"><v>5</v></c></row><row r="4" hidden="TRUE"/>',
      '<mergeCells count="4"><mergeCell ref="A1:C1"/><mergeCell ref="B:B"/><mergeCell ref="3:3"/><mergeCell ref="bad"/><mergeCell ref=""/></mergeCells>',
    ],
    [
      "attribute spellings: single quotes, spaces around =, > inside a value, prefixes",
      '<row r = \'1\' spans="1:3" x:odd="a>b"><c t=\'s\' r=\'A1\' s = \'0\'><v>0</v></c><c r="B1" foo="&gt;" t="str"><v>x</v></c></row>',
    ],
    [
      // The one-pass path for the usual cell must read what the token path reads, and give up on anything else.
      "cells at the edge of the one-pass shape",
      '<row r="1"><c r="a1"><v>1</v></c><c r="B1" s="0012"><v>2</v></c><c r="C1" s="12345678901"><v>3</v></c><c r="D1" r="E1"><v>4</v></c><c r="F1" s="1" s="2"><v>5</v></c><c r="XFE1"><v>6</v></c><c r="A1048577"><v>7</v></c><c r="G1"  s="1"><v>8</v></c><c r="H1"\ts="2"><v>9</v></c><c r="I1" t="inlineStr"><is><t xml:space="default">x</t></is></c><c r="J1" t="inlineStr"><is><t></t></is></c><c r="K1" t="inlineStr"><is><t>a &amp; b\r\n</t></is></c><c r="L1" t="s"><v>2</v></c><c r="M1" t="inlineStr"><is><t>two</t><t>texts</t></is></c><c r="N1" vm="1"><v>10</v></c><c r="O1"><v>1.5E3</v></c><c r="P1"><v> 7 </v></c><c r="Q1" t="d"/><c r="R1"><v>1</v><!-- after --></c></row>',
    ],
    [
      "a self-closed cell, an empty row, a cell with only a style, an empty sheetData",
      '<row r="1"/><row r="2"><c r="A2"/><c r="B2" s="1"/><c r="C2" s="2"></c></row>',
    ],
  ])("on crafted parts: %s", (_label: string, sheetData: string, ...after: string[]) => {
    for (const ctx of [CTX, { ...CTX, date1904: true }]) {
      const { ours, oracle } = both(sheetOf(sheetData, after.join("")), ctx);
      expect(ours).toEqual(oracle);
      expect(ours).not.toHaveProperty("threw");
    }
  });

  it("with a namespace prefix on every element and a byte-order mark", () => {
    const xml =
      '\uFEFF<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C1:D2"/></x:mergeCells></x:worksheet>';
    const { ours, oracle } = both(xml, CTX);
    expect(ours).toEqual(oracle);
    expect((ours as { rows: unknown[][] }).rows[0]).toEqual(["p", 2]);
  });

  it("in UTF-16, with a DOCTYPE and an internal subset", () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>шестнадцать</t></is></c></row></sheetData></worksheet>';
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const { ours, oracle } = both(utf16, CTX);
    expect(ours).toEqual(oracle);
    expect((ours as { rows: unknown[][] }).rows[0]).toEqual(["шестнадцать"]);
  });

  it("reads a crafted shared string table as the saxes reader did: rich runs, phonetic guides, entities, escapes, prefixes", () => {
    const xml =
      '<?xml version="1.0"?><x:sst xmlns:x="urn:main" count="6"><x:si><x:t>plain</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t>ri</x:t></x:r><x:r><x:t xml:space="preserve">ch </x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:si>' +
      "<x:si><x:t>a &amp; b &#1046;\r\n_x000D_<![CDATA[<c>]]></x:t></x:si><x:si/><x:si><x:t></x:t></x:si><!-- c --><x:si><x:t>\uFEFFbom</x:t></x:si></x:sst>";
    const bytes = enc.encode(xml);
    const ours = readSharedStrings(bytes);
    expect(ours).toEqual(readSharedStringsWithSaxes(decodeXml(bytes)));
    expect(ours).toEqual(["plain", "rich ", "a & b Ж\n\r<c>", "", "", "\uFEFFbom"]);
  });

  it("refuses a chartsheet or dialog sheet as not a worksheet, as before", () => {
    expect(() => readSheet(enc.encode("<chartsheet><sheetPr/></chartsheet>"), CTX)).toThrow(NotAWorksheet);
    expect(() => readSheet(enc.encode("<x:dialogsheet/>"), CTX)).toThrow(NotAWorksheet);
  });

  it("ends a damaged part without throwing or hanging: truncated tags, stray <, unterminated comment and CDATA", () => {
    const damaged = [
      sheetOf('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2').slice(0, -30),
      sheetOf('<row r="1"><c r="A1" t="str"><v>a < b</v></c><c r="B1"><v>3</v></c></row>'),
      '<worksheet><sheetData><row r="1"><c r="A1"><v>4</v></c></row><!-- never closed',
      '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[never closed',
      '<worksheet><sheetData><row r="1"><c r="A1" t="s',
      "<worksheet><",
      "<",
      "",
      "no markup at all",
    ];
    for (const xml of damaged) {
      const data = readSheet(enc.encode(xml), CTX);
      expect(Array.isArray(data.rows)).toBe(true);
    }
    expect(readSheet(enc.encode(damaged[1]), CTX).rows[0]).toEqual(["a < b", 3]);
  });
});

describe("plainNumber parses the usual decimals exactly as Number() does", () => {
  const bytes = (s: string) => enc.encode(s);
  it.each(["0", "-0", "12", "0.1", "0.352", "123.456", "999999999999999", "-45288.5", ".5", "5.", "0.000001"])(
    "%s",
    (s) => {
      expect(Object.is(plainNumber(bytes(s), 0, s.length), Number(s))).toBe(true);
    },
  );
  it.each(["", ".", "-", "1E3", "+7", " 8", "0x1A", "1234567890123456", "1.2.3", "Infinity"])(
    "leaves %p to Number()",
    (s) => {
      expect(plainNumber(bytes(s), 0, s.length)).toBeNaN();
    },
  );
  it("matches Number() on 20,000 random decimals", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      const s = (rnd() * 10 ** Math.floor(rnd() * 8)).toFixed(Math.floor(rnd() * 7));
      expect(plainNumber(bytes(s), 0, s.length)).toBe(Number(s));
    }
  });
  it("decodes the predefined entities and character references, keeping unknown ones", () => {
    expect(decodeEntities("&lt;&amp;&#65;&#x42;&foo;&#x110000;")).toBe("<&AB&foo;&#x110000;");
  });
});
