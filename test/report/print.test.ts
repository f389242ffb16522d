import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticWorkbook } from "../../scripts/bench/synthetic";
import { newXlsxWorkbook, openXlsx } from "../../src/adapters/xlsx";
import type { SheetModel } from "../../src/domain/sheet-model";
import { checkWorkbook } from "../../src/engine/check";
import { buildIssuesSheet } from "../../src/report/issues-sheet";
import { buildQuarterlyReport } from "../../src/report/quarterly-report";
import { buildTemplate } from "../../src/report/template";
import { pdfWords, sofficeConvert, type PdfPage, type PdfWord } from "../helpers/libreoffice";

/**
 * The documents as printed (PRODUCT.md §5): written to .xlsx, printed to PDF by LibreOffice,
 * read back word by word. Each file also holds a one-word page in 8 pt at 100 %, so "at
 * least 8 pt" is measured against LibreOffice's own 8 pt word box in the same fonts.
 */
jest.setTimeout(600_000);

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-monitoring.xlsx");
const CALIBRATION = "Калибровка";
const GENERATED = new Date(2024, 9, 2, 10, 0);
/** Footer: below the body, in the bottom margin (0.75″ = 54 pt). */
const FOOTER_FROM = 595 - 50;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kvm-print-"));
});
// KVM_KEEP_PRINTS=1 keeps the PDFs to look at (the README's pictures come from them).
afterAll(() => {
  if (process.env.KVM_KEEP_PRINTS) process.stdout.write(`printed documents kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
});

const calibration: SheetModel = {
  name: CALIBRATION,
  cells: [{ row: 0, col: 0, value: CALIBRATION, style: { fontSize: 8 } }],
  print: { orientation: "landscape", fitToWidth: false, scale: 100 },
};

async function print(models: SheetModel[], stem: string): Promise<PdfPage[]> {
  const book = newXlsxWorkbook();
  await book.createWorkbook([calibration, ...models]);
  const file = join(dir, `${stem}.xlsx`);
  writeFileSync(file, await book.toBytes());
  return pdfWords(sofficeConvert(file, "pdf", dir));
}

async function checked(bytes: Uint8Array) {
  const book = await openXlsx(bytes);
  return checkWorkbook(await book.readSnapshot(), { asOf: "2024-10-01", lang: "ru", quarter: "2024-Q3" });
}

const body = (p: PdfPage) => p.words.filter((w) => w.yMin < FOOTER_FROM);
const footer = (p: PdfPage) =>
  p.words
    .filter((w) => w.yMin >= FOOTER_FROM)
    .map((w) => w.text)
    .join(" ");

interface Printed {
  pages: PdfPage[];
  /** Word-box height of 8-pt text in this PDF. */
  eightPt: number;
  /** Pages of a sheet, known by the sheet name in their footer. */
  of(sheet: string): PdfPage[];
}

function printed(pages: PdfPage[]): Printed {
  const cal = pages[0].words.find((w) => w.text === CALIBRATION) as PdfWord;
  expect(cal).toBeDefined();
  return {
    pages,
    eightPt: cal.yMax - cal.yMin,
    of: (sheet) =>
      pages.filter((p) => {
        const f = footer(p);
        return f.startsWith(`${sheet} Стр.`);
      }),
  };
}

/** The checks every printed table must pass. */
function expectPrintReady(doc: Printed, sheet: string, headerWords: string[]): void {
  const pages = doc.of(sheet);
  expect(pages.length).toBeGreaterThan(0);
  for (const p of pages) {
    // A4 landscape.
    expect(Math.abs(p.width - 841.89)).toBeLessThan(2);
    expect(Math.abs(p.height - 595.28)).toBeLessThan(2);
    // «Стр. N из M» with the real page number and count.
    const m = /Стр\. (\d+) из (\d+)$/.exec(footer(p));
    expect(m && [Number(m[1]), Number(m[2])]).toEqual([p.page, doc.pages.length]);
    const words = body(p);
    // Body text at least 8 pt.
    const smallest = Math.min(...words.map((w) => w.yMax - w.yMin));
    expect(smallest).toBeGreaterThanOrEqual(doc.eightPt - 0.05);
    // The table's own column headers on every page, and something below them.
    for (const h of headerWords) expect(words.map((w) => w.text)).toContain(h);
    const headerBottom = Math.max(...words.filter((w) => headerWords.includes(w.text)).map((w) => w.yMax));
    const lastLine = Math.max(...words.map((w) => w.yMin));
    expect(lastLine).toBeGreaterThan(headerBottom);
  }
}

/** Every word of every header is printed whole somewhere: no header word broken across lines. */
function expectWholeWords(doc: Printed, sheet: string, headers: string[]): void {
  const printedWords = new Set(doc.of(sheet).flatMap((p) => p.words.map((w) => w.text)));
  const missing = headers.flatMap((h) => h.split(/\s+/)).filter((w) => w && !printedWords.has(w));
  expect(missing).toEqual([]);
}

const ROADMAP_HEADERS = ["Мероприятие", "Статус", "Срок"];
const SCHOOL_HEADERS = ["Образовательная", "организация", "Факт", "плана"];
const OVERDUE_HEADERS = ["Мероприятие", "Дней", "просрочки"];

describe("printed documents (LibreOffice → PDF)", () => {
  let sample: Printed;
  let hundred: Printed;
  let template: Printed;

  beforeAll(async () => {
    const result = await checked(new Uint8Array(readFileSync(SAMPLE)));
    const items = new Map(result.measures.map((m) => [m.number, m.title]));
    sample = printed(
      await print(
        [
          ...buildQuarterlyReport(result, { lang: "ru", generatedAt: GENERATED }),
          buildIssuesSheet(result.findings, "ru", { asOf: result.asOf, items }),
        ],
        "sample",
      ),
    );
    const synthetic = newXlsxWorkbook();
    await synthetic.createWorkbook(syntheticWorkbook(100));
    const big = await checked(await synthetic.toBytes());
    hundred = printed(await print(buildQuarterlyReport(big, { lang: "ru", generatedAt: GENERATED }), "hundred"));
    template = printed(await print(buildTemplate(2024, "ru"), "template"));
  });

  it("prints the sample's report: cover, roadmap items, schools and overdue list", () => {
    expect(sample.of("Отчёт 3 кв. 2024")).toHaveLength(1);
    expectPrintReady(sample, "Отчёт 3 кв. 2024 — мероприятия", ROADMAP_HEADERS);
    expectPrintReady(sample, "Отчёт 3 кв. 2024 — по ОО", SCHOOL_HEADERS);
    expectPrintReady(sample, "Отчёт 3 кв. 2024 — просрочено", OVERDUE_HEADERS);
  });

  it("prints the report of 100 schools with every table's headers on each of its pages", () => {
    expect(hundred.of("Отчёт 3 кв. 2024 — по ОО").length).toBeGreaterThan(3);
    expectPrintReady(hundred, "Отчёт 3 кв. 2024 — мероприятия", ROADMAP_HEADERS);
    expectPrintReady(hundred, "Отчёт 3 кв. 2024 — по ОО", SCHOOL_HEADERS);
    expectPrintReady(hundred, "Отчёт 3 кв. 2024 — просрочено", OVERDUE_HEADERS);
    // Every school is printed: its number in the first column, 1…100.
    const numbers = new Set(
      hundred
        .of("Отчёт 3 кв. 2024 — по ОО")
        .flatMap((p) => p.words.filter((w) => w.xMin < 60 && /^\d+$/.test(w.text)).map((w) => Number(w.text))),
    );
    for (let i = 1; i <= 100; i++) expect(numbers.has(i)).toBe(true);
  });

  it("prints «Замечания» with its headers on every page and whole words", () => {
    expectPrintReady(sample, "Замечания", ["Важность", "Правило", "Замечание"]);
    expectWholeWords(sample, "Замечания", ["Образовательная организация Муниципальный район Пункт Лист Ячейка"]);
  });

  it("prints the template's registry with whole header words and page numbers", () => {
    const headers = buildTemplate(2024, "ru")[1]
      .cells.filter((c) => c.row === 2)
      .map((c) => String(c.value));
    expectPrintReady(template, "Реестр ОО", ["Образовательная", "организация"]);
    expectWholeWords(template, "Реестр ОО", headers);
  });

  it("prints the template's roadmap in column groups, the item titles repeated, headers whole", () => {
    const headers = buildTemplate(2024, "ru")[0]
      .cells.filter((c) => c.row === 2)
      .map((c) => String(c.value));
    expectPrintReady(template, "Дорожная карта", ["Наименование", "мероприятия"]);
    expectWholeWords(template, "Дорожная карта", headers);
  });
});
