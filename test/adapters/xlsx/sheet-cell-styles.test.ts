import { XMLValidator } from "fast-xml-parser";
import { maxStyleIndex, restyleCells } from "../../../src/adapters/xlsx/sheet-cell-styles";

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

  it("reads the highest style index of cells, rows and columns", () => {
    expect(maxStyleIndex(sheet(`<row r="1" s="12" customFormat="1"><c r="A1" s="3"/></row>`))).toBe(12);
    expect(maxStyleIndex(sheet(""))).toBe(7);
    expect(maxStyleIndex("<worksheet><sheetData/></worksheet>")).toBe(-1);
  });
});
