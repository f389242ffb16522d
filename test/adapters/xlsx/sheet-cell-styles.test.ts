import { XMLValidator } from "fast-xml-parser";
import { maxStyleIndex, restoreCells, restyleCells } from "../../../src/adapters/xlsx/sheet-cell-styles";

const sheet = (data: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="3" max="3" style="7"/></cols><sheetData>${data}</sheetData><mergeCells count="0"/></worksheet>`;

describe("restyleCells", () => {
  it("patches existing cells, creates missing cells and rows in order, and copies everything else", () => {
    const xml = sheet(
      `<row r="2" spans="1:2"><c r="A2" s="3"><v>1</v></c><c r="B2"><v>2</v></c></row>` +
        `<row r="4"><c r="B4" t="s"><v>0</v></c></row>`,
    );
    const seen: number[] = [];
    const to = (xf: number) => {
      seen.push(xf);
      return 40 + xf;
    };
    const out = restyleCells(
      xml,
      new Map([
        ["0:0", to], // a row before every row
        ["1:0", to], // an existing styled cell
        ["2:2", to], // a row between rows, in a column with a style
        ["3:0", to], // a new cell before an existing one
        ["3:1", to], // an existing unstyled cell
        ["9:1", to], // a row after every row
      ]),
    );
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toBe(
      sheet(
        `<row r="1"><c r="A1" s="40"/></row>` +
          `<row r="2" spans="1:2"><c r="A2" s="43"><v>1</v></c><c r="B2"><v>2</v></c></row>` +
          `<row r="3"><c r="C3" s="47"/></row>` +
          `<row r="4"><c r="A4" s="40"/><c s="40" r="B4" t="s"><v>0</v></c></row>` +
          `<row r="10"><c r="B10" s="40"/></row>`,
      ),
    );
    expect(seen.sort((a, b) => a - b)).toEqual([0, 0, 0, 0, 3, 7]);
  });

  it("passes over rows and cells it does not change, whatever text or attribute order they hold", () => {
    // Rows are found through their "ow" and plain `r` values are read in place: text full of
    // "ow", an `r` after another attribute and cells skipped between the painted ones must
    // come out exactly as before.
    const xml = sheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>show row below; <row> is text</t></is></c><c r="B1"><v>1</v></c></row>` +
        `<row spans="1:3" r="2"><c r="A2"><v>2</v></c><c r="B2" t="inlineStr"><is><t>arrow</t></is></c><c r="C2"><v>3</v></c></row>` +
        `<row r="3" ht="20" customHeight="1"><c r="A3"><v>4</v></c><c r="B3"/><c r="D3"><v>5</v></c></row>`,
    ).replace("<row> is text", "&lt;row&gt; is text");
    const to = (n: number) => () => n;
    const out = restyleCells(
      xml,
      new Map([
        ["0:1", to(60)],
        ["1:2", to(61)], // C2, after two cells passed over
        ["2:2", to(62)], // C3 is missing: created between B3 and D3
      ]),
    );
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toBe(
      sheet(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>show row below; &lt;row&gt; is text</t></is></c><c s="60" r="B1"><v>1</v></c></row>` +
          `<row spans="1:3" r="2"><c r="A2"><v>2</v></c><c r="B2" t="inlineStr"><is><t>arrow</t></is></c><c s="61" r="C2"><v>3</v></c></row>` +
          `<row r="3" ht="20" customHeight="1"><c r="A3"><v>4</v></c><c r="B3"/><c r="C3" s="62"/><c r="D3"><v>5</v></c></row>`,
      ),
    );
  });

  it("finds rows and cells without `r`, with a prefix, beside rich text, and keeps every other byte", () => {
    const x = (data: string) =>
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cols><x:col min="1" max="2"/></x:cols><x:sheetData>${data}</x:sheetData></x:worksheet>`;
    const rich = `<x:c r="A1" t="inlineStr"><x:is><x:r><x:rPr><x:charset val="204"/><x:color rgb="FF0000FF"/></x:rPr><x:t>Школа</x:t></x:r></x:is></x:c>`;
    const xml = x(
      `<x:row r="1" spans="1:3">${rich}<x:c r="C1"><x:v>3</x:v></x:c></x:row>\n` +
        // No `r` on the row or its cells: row 2, cells A2 and B2.
        `<x:row><x:c><x:v>1</x:v></x:c><x:c s="2"><x:v>2</x:v></x:c></x:row>\n` +
        `<x:row r="3"/>`,
    );
    const to = (n: number) => () => n;
    const out = restyleCells(
      xml,
      new Map([
        ["0:1", to(50)], // missing between A1 and C1
        ["0:2", to(51)],
        ["1:1", to(52)],
        ["2:0", to(53)], // a self-closed row
      ]),
    );
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toBe(
      x(
        `<x:row r="1">${rich}<x:c r="B1" s="50"/><x:c s="51" r="C1"><x:v>3</x:v></x:c></x:row>\n` +
          `<x:row><x:c><x:v>1</x:v></x:c><x:c s="52"><x:v>2</x:v></x:c></x:row>\n` +
          `<x:row r="3"><x:c r="A3" s="53"/></x:row>`,
      ),
    );
  });

  it("reads two- and three-letter references, and odd spellings (lower case, $, spaces around =) alike", () => {
    const xml = sheet(
      `<row r="7"><c r="Z7"/><c r="AA7"><v>1</v></c><c r="aB7"/><c r = "$AC$7"/><c r="AD7" s = '4'/><c r="XFD7" s="1"/></row>`,
    );
    const out = restyleCells(
      xml,
      new Map([
        ["6:26", () => 60], // AA
        ["6:27", () => 61], // aB
        ["6:28", () => 62], // $AC$7
        ["6:29", (xf: number) => 60 + xf], // s = '4'
        ["6:16383", () => 63], // XFD
      ]),
    );
    expect(out).toBe(
      sheet(
        `<row r="7"><c r="Z7"/><c s="60" r="AA7"><v>1</v></c><c s="61" r="aB7"/><c s="62" r = "$AC$7"/><c r="AD7" s = "64"/><c r="XFD7" s="63"/></row>`,
      ),
    );
  });

  it("fills a self-closed sheetData and leaves a part without one unchanged", () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><pageMargins left="1"/></worksheet>`;
    expect(restyleCells(xml, new Map([["1:1", () => 9]]))).toBe(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="B2" s="9"/></row></sheetData><pageMargins left="1"/></worksheet>`,
    );
    const none = `<worksheet><sheetDataX/></worksheet>`;
    expect(restyleCells(none, new Map([["0:0", () => 9]]))).toBe(none);
  });

  it("restores recorded cells that still carry the painted index, and only those", () => {
    const xml = sheet(
      `<row r="1"><c r="A1" s="40"><v>1</v></c><c r="B1" s="41"/><c r="C1" s="5"/></row>` +
        `<row r="2"><c r="A2" s="40"/></row>`,
    );
    const { xml: out, restored } = restoreCells(
      xml,
      new Map([
        ["0:0", { painted: 40, original: 0 }],
        ["0:1", { painted: 41, original: 3 }],
        ["0:2", { painted: 42, original: 1 }], // restyled by the user since: kept
        ["5:5", { painted: 40, original: 0 }], // no such cell: nothing created
      ]),
    );
    expect(restored).toBe(2);
    expect(out).toBe(
      sheet(
        `<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="3"/><c r="C1" s="5"/></row><row r="2"><c r="A2" s="40"/></row>`,
      ),
    );
    expect(restoreCells(xml, new Map([["0:2", { painted: 42, original: 1 }]]))).toEqual({ xml, restored: 0 });
  });

  it("reads the highest style index of cells, rows and columns", () => {
    expect(maxStyleIndex(sheet(`<row r="1" s="12" customFormat="1"><c r="A1" s="3"/></row>`))).toBe(12);
    expect(maxStyleIndex(sheet(""))).toBe(7);
    expect(maxStyleIndex("<worksheet><sheetData/></worksheet>")).toBe(-1);
  });

  it("reads the style index in any spelling XML allows, and nothing that only looks like one", () => {
    expect(maxStyleIndex(`<c r="A1" s = '31'/><col min="1" max="2"\n style=\t"44"/>`)).toBe(44);
    expect(maxStyleIndex(`<c r="A1" xs="90" s="2"/><c r="B1" mystyle="91"/><c r="C1" s="9x"/>`)).toBe(2);
    expect(maxStyleIndex(`<c r="A1" s=""/><c r="B1" style=/>`)).toBe(-1);
    // Every `=` is looked at, so a value written right after another one is still found.
    expect(maxStyleIndex(`<c r="A1" s= s="17"/>`)).toBe(17);
  });
});
