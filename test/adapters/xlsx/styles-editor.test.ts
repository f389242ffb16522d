import { XMLParser, XMLValidator } from "fast-xml-parser";
import { openXlsx, XlsxWorkbook } from "../../../src/adapters/xlsx";
import { StylesEditor } from "../../../src/adapters/xlsx/styles-editor";
import { MAIN, malformed, STRICT_MAIN, tinyPackage, type TinyOptions, xmlParts } from "./tiny-package";

const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

interface Section {
  name: string;
  count: string | undefined;
  entries: string[];
}

/** The sections of a styles part as a real XML parser reads them: names (prefix dropped), count attribute, entries. */
function parse(xml: string): Section[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml);
  const root = (doc as Record<string, unknown>[]).find((n) => Object.keys(n).some((k) => /(^|:)styleSheet$/.test(k)))!;
  const children = Object.entries(root).find(([k]) => k !== ":@")![1] as Record<string, unknown>[];
  return children.map((c) => {
    const key = Object.keys(c).find((k) => k !== ":@")!;
    const attrs = (c[":@"] ?? {}) as Record<string, string>;
    const kids = (c[key] as Record<string, unknown>[]).map((k) => Object.keys(k).find((x) => x !== ":@")!);
    return { name: key.replace(/^.*:/, ""), count: attrs.count, entries: kids };
  });
}

function checkShape(xml: string): Section[] {
  const secs = parse(xml);
  const names = secs.map((s) => s.name);
  expect(names).toEqual(ORDER.filter((n) => names.includes(n)));
  for (const s of secs) if (s.count !== undefined) expect(Number(s.count)).toBe(s.entries.length);
  return secs;
}

const wrap = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">${inner}</styleSheet>`;

/** A format that is nothing but what Excel writes for an ordinary workbook, with `n` cell formats. */
function excelStyles(n: number): string {
  const xfs = Array.from(
    { length: n },
    (_, i) =>
      `<xf numFmtId="${i % 3 === 0 ? 14 : 0}" fontId="${i % 2}" fillId="${i % 3 === 1 ? 2 : 0}" borderId="0" xfId="0"/>`,
  );
  return wrap(
    `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
      `<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${n}">${xfs.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>`,
  );
}

/** Paints two cells and writes a bold, bordered, dated model cell: everything the add-in adds. */
function useAll(ed: StylesEditor): { painted: number; model: number } {
  const painted = ed.solidFillOver(0, "#FFC7CE");
  ed.solidFillOver(1, "#FFC7CE");
  const model = ed.forModel({ bold: true, border: true, fill: "#D9E1F2", numberFormat: "DD.MM.YYYY", wrap: true });
  return { painted, model };
}

describe("StylesEditor: a styles model built once per workbook", () => {
  it("returns the part unchanged, byte for byte, when nothing is added", () => {
    const xml = excelStyles(17);
    const ed = new StylesEditor(xml);
    expect(ed.fillOf(1)).toBe("#FFFF00");
    expect(ed.changed).toBe(false);
    expect(ed.toXml()).toBe(xml);
  });

  it("only appends: every existing entry keeps its index and text, counts match, schema order holds", () => {
    const xml = excelStyles(2000);
    const ed = new StylesEditor(xml);
    const { painted, model } = useAll(ed);
    expect(painted).toBe(2000);
    expect(model).toBeGreaterThan(2000);
    const out = ed.toXml();
    const secs = checkShape(out);
    expect(secs.find((s) => s.name === "cellXfs")!.entries.length).toBe(ed.count);
    // The original text is a prefix of each section: nothing of hers was rewritten.
    const before = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(out)![1].startsWith(before)).toBe(true);
    expect(out).toContain(
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>`,
    );
    // A new number format takes an id no format of hers uses (14 is built in; custom ids start at 164).
    expect(out).toMatch(/<numFmts count="1"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"\/><\/numFmts><fonts/);
    expect(ed.fillOf(painted)).toBe("#FFC7CE");
    expect(ed.fillOf(0)).toBeNull();
  });

  it("memoises: repainting the same format in the same colour adds nothing", () => {
    const ed = new StylesEditor(excelStyles(17));
    const first = ed.solidFillOver(5, "#C6EFCE");
    for (let i = 0; i < 1000; i++) expect(ed.solidFillOver(5, "#c6efce")).toBe(first);
    expect(ed.count).toBe(18);
  });

  it("gives equal model styles one format and a style that sets nothing format 0", () => {
    const ed = new StylesEditor(excelStyles(17));
    expect(ed.forModel({})).toBe(0);
    expect(ed.forModel({ bold: false, wrap: undefined })).toBe(0);
    const a = ed.forModel({ bold: true, fill: "#D9E1F2" });
    expect(ed.forModel({ fill: "#D9E1F2", bold: true })).toBe(a);
    expect(ed.forModel({ bold: true, fill: "#D9E1F2", italic: true })).not.toBe(a);
    expect(ed.count).toBe(19);
  });

  it("reuses a format an earlier run added instead of growing the part", () => {
    const once = new StylesEditor(excelStyles(17));
    const id = once.solidFillOver(3, "#FFC7CE");
    const again = new StylesEditor(once.toXml());
    expect(again.solidFillOver(3, "#FFC7CE")).toBe(id);
    expect(again.changed).toBe(false);
  });

  it.each([
    ["no styles part", null],
    ["an empty <styleSheet></styleSheet>", wrap("")],
    ["a self-closed <styleSheet/>", `<?xml version="1.0"?>\n<styleSheet xmlns="${MAIN}"/>`],
    ["a part with no styleSheet at all", `<?xml version="1.0"?>\n<nothing/>`],
  ])("fills the reserved entries before adding its own, for %s", (_name, xml) => {
    const ed = new StylesEditor(xml);
    const { painted, model } = useAll(ed);
    const out = ed.toXml();
    const secs = checkShape(out);
    const get = (n: string) => secs.find((s) => s.name === n)!;
    // Format 0 stays the plain default her unstyled cells point at; ours come after it.
    expect(painted).toBeGreaterThan(0);
    expect(model).toBeGreaterThan(painted);
    const xf0 = /<cellXfs[^>]*><xf ([^>]*)\/>/.exec(out)![1];
    expect(xf0).toBe(`numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"`);
    // Fill 0 and 1 are Excel's reserved none and gray125; font 0 is what LibreOffice shows by default.
    expect(out).toContain(
      `<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`,
    );
    expect(out).toContain(`<fonts count="2"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/>`);
    expect(get("cellStyleXfs").entries).toHaveLength(1);
    expect(get("cellStyles").entries).toHaveLength(1);
    expect(out).not.toMatch(/<\/styleSheet>[\s\S]*</);
  });

  it("never gives its bold font the index her formats point at past the end of the font list", () => {
    const xml = wrap(
      `<fonts count="1"><font><sz val="16"/><name val="DejaVu Serif"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="3" borderId="2" xfId="0"/></cellXfs>`,
    );
    const ed = new StylesEditor(xml);
    const bold = ed.forModel({ bold: true, border: true });
    const paint = ed.solidFillOver(1, "#FFC7CE");
    const out = ed.toXml();
    const secs = checkShape(out);
    expect(secs.find((s) => s.name === "fonts")!.entries).toHaveLength(3);
    expect(out).toMatch(
      /<xf numFmtId="0" fontId="2" fillId="0" borderId="3" xfId="0" applyFont="1" applyBorder="1"\/>/,
    );
    // The painted copy of format 1 keeps its (dangling) font and border and takes a fill past fill 3.
    expect(out).toMatch(/<xf applyFill="1" numFmtId="0" fontId="1" fillId="4" borderId="2" xfId="0"\/>/);
    expect([bold, paint]).toEqual([2, 3]);
    // The bold font is font 0's face.
    expect(out).toContain(
      `<font><b/><sz val="16"/><color theme="1"/><name val="DejaVu Serif"/><family val="2"/></font>`,
    );
  });

  it("keeps new formats past the highest style index a worksheet uses", () => {
    const ed = new StylesEditor(excelStyles(3));
    ed.reserveCellXf(9);
    expect(ed.solidFillOver(0, "#FFC7CE")).toBe(10);
    checkShape(ed.toXml());
  });

  it("writes its entries with the part's namespace prefix", () => {
    const xml = excelStyles(4)
      .replace(`<styleSheet xmlns="${MAIN}">`, `<x:styleSheet xmlns:x="${MAIN}">`)
      .replace(/<(\/?)(?!\?)/g, "<$1x:")
      .replace("<x:?xml", "<?xml")
      .replace("</x:x:styleSheet>", "</x:styleSheet>");
    const fixed = xml.replace(/<x:x:/g, "<x:").replace(/<\/x:x:/g, "</x:");
    const ed = new StylesEditor(fixed);
    useAll(ed);
    const out = ed.toXml();
    checkShape(out);
    expect(out).not.toMatch(/<(?!\?|\/?x:)[a-z]/i);
  });

  it("adds a strict-namespace part to a strict package and keeps the strict namespace", () => {
    const ed = new StylesEditor(null, STRICT_MAIN);
    useAll(ed);
    const out = ed.toXml();
    expect(out).toContain(`xmlns="${STRICT_MAIN}"`);
    expect(out).not.toContain("schemas.openxmlformats.org");
  });
});

describe("the written package, parsed back part by part", () => {
  const CELLS =
    `<row r="1"><c r="A1" t="inlineStr"><is><t>Школа</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Дата</t></is></c></row>` +
    `<row r="2"><c r="A2" t="inlineStr"><is><t>СОШ № 1</t></is></c><c r="B2" s="1"><v>45337</v></c></row>`;
  /** Opened without the reader (these are the writer's tests): the snapshot the reader would give. */
  const open = (bytes: Uint8Array) =>
    new XlsxWorkbook(bytes, { sheets: [{ name: "Лист1", index: 0, rows: [["Школа", "Дата"]] }] }, new Map());

  it.each<[string, Partial<TinyOptions>]>([
    ["no styles part", { styles: null }],
    ["an empty styles part", { styles: wrap("") }],
    ["a self-closed styles part", { styles: `<styleSheet xmlns="${MAIN}"/>` }],
    ["an ordinary styles part", { styles: excelStyles(2) }],
    ["a strict package without styles", { styles: null, strict: true }],
    ["a strict package with styles", { styles: excelStyles(2).replace(MAIN, STRICT_MAIN), strict: true }],
    ["x:-prefixed parts (the Open XML SDK)", { styles: excelStyles(2), prefix: "x" }],
  ])("is well-formed in every part, paints the cell and keeps her formats, for %s", async (_name, o) => {
    const sheetData = o.prefix ? CELLS.replace(/<(\/?)(row|c|is|t|v)\b/g, `<$1${o.prefix}:$2`) : CELLS;
    const input = await tinyPackage({ sheetData, styles: null, ...o });
    const before = await xmlParts(input);
    const wb = open(input);
    await wb.applyPaint([{ sheet: "Лист1", row: 1, col: 1, fill: "#FFC7CE", note: "Просрочено" }]);
    await wb.writeSheet({ name: "Замечания", cells: [{ row: 0, col: 0, value: "№", style: { bold: true } }] });
    const bytes = await wb.toBytes();
    const out = await xmlParts(bytes);
    expect(malformed(out)).toEqual([]);
    const stylesPath = [...out.keys()].find((p) => /styles\d*\.xml$/.test(p))!;
    checkShape(out.get(stylesPath)!);
    // The painted cell points at a format that exists and is not one of hers.
    const sheet = out.get("xl/worksheets/sheet1.xml")!;
    const s = Number(/<(?:x:)?c r="B2" s="(\d+)"/.exec(sheet)![1]);
    expect(s).toBeGreaterThan(1);
    expect(s).toBeLessThan(Number(/<(?:x:)?cellXfs count="(\d+)"/.exec(out.get(stylesPath)!)![1]));
    // Her other cells keep their index; the sheet keeps its prefix.
    expect(sheet).toMatch(/<(x:)?c r="B1" s="1" t="inlineStr">/);
    if (o.prefix) expect(sheet).not.toMatch(/<(?!\?|\/?x:)[a-z]/i);
    if (o.strict) {
      for (const [path, xml] of out) {
        expect([path, /schemas\.openxmlformats\.org\/(spreadsheetml|officeDocument)/.test(xml)]).toEqual([path, false]);
      }
    }
    // Her styles part, when she had a usable one, keeps every entry's text at its index.
    const had = before.get("xl/styles.xml");
    if (had && /<cellXfs/.test(had)) {
      const mine = /<(?:x:)?cellXfs[^>]*>([\s\S]*?)<\/(?:x:)?cellXfs>/;
      expect(mine.exec(out.get(stylesPath)!)![1].startsWith(mine.exec(had)![1])).toBe(true);
    }
  });

  it("leaves workbook.xml and styles.xml byte for byte when re-checking its own output", async () => {
    const first = open(await tinyPackage({ sheetData: CELLS, styles: excelStyles(2) }));
    await first.applyPaint([{ sheet: "Лист1", row: 1, col: 1, fill: "#FFC7CE" }]);
    await first.writeSheet({ name: "Замечания", cells: [{ row: 0, col: 0, value: "№", style: { bold: true } }] });
    const once = await first.toBytes();
    const again = await openXlsx(once);
    await again.readSnapshot();
    await again.applyPaint([{ sheet: "Лист1", row: 1, col: 1, fill: "#FFC7CE" }]);
    await again.writeSheet({ name: "Замечания", cells: [{ row: 0, col: 0, value: "№", style: { bold: true } }] });
    const [a, b] = [await xmlParts(once), await xmlParts(await again.toBytes())];
    expect(b.get("xl/workbook.xml")).toBe(a.get("xl/workbook.xml"));
    expect(b.get("xl/styles.xml")).toBe(a.get("xl/styles.xml"));
    expect(malformed(b)).toEqual([]);
  });
});
