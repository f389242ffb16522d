import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { pdfWords, sofficeConvert } from "../../helpers/libreoffice";
import { MAIN, tinyPackage } from "./tiny-package";

/**
 * "Every unpainted cell renders as before": the input and our output printed by LibreOffice,
 * word by word (text, position, size) and font by font, for the styles parts that used to
 * break — none, self-closed, and formats pointing past the end of the font list.
 */
// Words short enough to fit their columns: text cut off at a column edge would measure the column, not the font.
const CELLS =
  `<row r="1"><c r="A1" t="inlineStr"><is><t>Школа</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Дата</t></is></c></row>` +
  `<row r="2"><c r="A2" t="inlineStr"><is><t>СОШ 10</t></is></c><c r="B2" s="1"><v>45337</v></c></row>` +
  `<row r="3"><c r="A3" t="inlineStr"><is><t>Лицей 2</t></is></c><c r="B3"><v>12345</v></c><c r="C3" s="1" t="inlineStr"><is><t>срок</t></is></c></row>`;

const STYLES_PAST_FONTS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  `<fonts count="1"><font><sz val="16"/><name val="DejaVu Serif"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `</styleSheet>`;

interface Word {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first sheet's pages as LibreOffice prints them: every word with its box, in points. */
function printed(bytes: Uint8Array, dir: string, name: string, pages: number | null): { words: Word[]; pages: number } {
  const input = join(dir, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const all = pdfWords(sofficeConvert(input, "pdf", dir));
  const kept = pages === null ? all : all.slice(0, pages);
  const words = kept.flatMap((p) =>
    p.words.map((w) => ({
      page: p.page,
      text: w.text,
      x: w.xMin,
      y: w.yMin,
      width: w.xMax - w.xMin,
      height: w.yMax - w.yMin,
    })),
  );
  return { words, pages: kept.length };
}

const round = (w: Word) =>
  `${w.page} ${w.text} ${w.x.toFixed(1)} ${w.y.toFixed(1)} ${w.width.toFixed(1)} ${w.height.toFixed(1)}`;

describe("LibreOffice prints her cells as before after a check", () => {
  async function beforeAndAfter(styles: string | null): Promise<{ before: Word[]; after: Word[] }> {
    const dir = mkdtempSync(join(tmpdir(), "kvm-render-"));
    const input = await tinyPackage({ sheetData: CELLS, styles });
    const wb = new XlsxWorkbook(input, { sheets: [{ name: "Лист1", index: 0, rows: [["Школа"]] }] }, new Map());
    // Paint one cell and add a sheet with a bold, bordered header: the new font and border
    // are what used to land on the index her cells point at.
    await wb.applyPaint([{ sheet: "Лист1", row: 2, col: 2, fill: "#FFC7CE" }]);
    await wb.writeSheet({
      name: "Замечания",
      cells: [{ row: 0, col: 0, value: "Замечание", style: { bold: true, border: true, fill: "#D9E1F2" } }],
    });
    const output = await wb.toBytes();
    const before = printed(input, dir, "before", null);
    const after = printed(output, dir, "after", before.pages);
    expect(before.words.length).toBeGreaterThanOrEqual(7);
    // pdftotext orders words by reading flow, which a shifted column can reorder: compare in a fixed order.
    const order = (ws: Word[]) => [...ws].sort((p, q) => p.page - q.page || p.y - q.y || p.text.localeCompare(q.text));
    return { before: order(before.words), after: order(after.words) };
  }

  it("formats pointing past the only font: every word in the same place, size and face", async () => {
    const { before, after } = await beforeAndAfter(STYLES_PAST_FONTS);
    expect(after.map(round)).toEqual(before.map(round));
  }, 180_000);

  // With no usable styles part LibreOffice sizes default columns from its built-in style;
  // once a part exists it sizes them from font 0 (Arial 10, the face it printed in), which
  // comes out 1 pt narrower per column. Text, face and size stay exactly as they were.
  it.each([
    ["a self-closed <styleSheet/>", `<styleSheet xmlns="${MAIN}"/>`],
    ["no styles part", null],
  ])(
    "%s: every word in the same face and size, columns within 1 pt each",
    async (_name, styles) => {
      const { before, after } = await beforeAndAfter(styles);
      expect(after.map((w) => [w.page, w.text, w.y.toFixed(1), w.width.toFixed(1), w.height.toFixed(1)])).toEqual(
        before.map((w) => [w.page, w.text, w.y.toFixed(1), w.width.toFixed(1), w.height.toFixed(1)]),
      );
      after.forEach((w, i) => expect(Math.abs(w.x - before[i].x)).toBeLessThanOrEqual(2.5));
    },
    180_000,
  );
});
