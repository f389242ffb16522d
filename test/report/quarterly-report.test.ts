import { newXlsxWorkbook, openXlsx } from "../../src/adapters/xlsx";
import { isoToSerial } from "../../src/domain/excel-serial";
import type { ModelCell, SheetModel } from "../../src/domain/sheet-model";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import { isOwnSheet } from "../../src/detect/detect-layout";
import { checkWorkbook } from "../../src/engine/check";
import { buildQuarterlyReport, reportSheetName } from "../../src/report/quarterly-report";
import { d, registrySheet, roadmapSheet, SCHOOL_A, SCHOOL_B, sheet, workbook } from "../helpers/snapshot-builder";
import { indicatorsSheet, type IndRow } from "../engine/indicators-fixture";

const GENERATED = new Date(2024, 9, 2, 14, 30); // 02.10.2024 14:30 local time

/**
 * Item 5 (regional) is overdue, item 2 (regional) done on time; item 8 is per school:
 * school A did it on time, school B is overdue. Indicators for Q3 2024:
 * A: П1 100, П2 60, П4 50 %; B: П1 300, П2 90, П4 10 %.
 */
function sampleBook(schoolB = SCHOOL_B, extraRows: IndRow[] = []): WorkbookSnapshot {
  return workbook(
    roadmapSheet([
      {
        number: "2",
        title: "Утверждение перечня ОО",
        deadline: "до 1 февраля 2024 года",
        done: d("25.01.2024"),
        document: "Распоряжение № 12-р",
      },
      { number: "5", title: "Закупка оборудования", deadline: "не позднее 15 февраля 2024 года" },
      { number: "8", title: "Ремонт помещений", deadline: "не позднее 25 августа 2024 года" },
    ]),
    registrySheet(
      [
        { name: SCHOOL_A, municipality: "Лужский", steps: { "8": d("20.08.2024") } },
        { name: schoolB, municipality: "Гатчинский", steps: { "8": null } },
      ],
      ["8"],
    ),
    indicatorsSheet([
      { school: SCHOOL_A, period: "III квартал 2024", v: { П1: 100, П2: 60, П4: 0.5, П6: 4 } },
      { school: schoolB, period: "3 кв. 2024", v: { П1: 300, П2: 90, П4: "10%", П6: 2 }, formats: { П4: null } },
      ...extraRows,
    ]),
  );
}

function reportSheets(book = sampleBook(), lang: "ru" | "en" = "ru", asOf = "2024-10-02") {
  const result = checkWorkbook(book, { asOf, lang, quarter: "2024-Q3" });
  return buildQuarterlyReport(result, { lang, generatedAt: GENERATED });
}

/** The report's sheets by role: cover, roadmap items, schools, overdue. */
function report(book = sampleBook(), lang: "ru" | "en" = "ru", asOf = "2024-10-02") {
  const [cover, roadmap, schools, overdue] = reportSheets(book, lang, asOf);
  return { cover, roadmap, schools, overdue };
}

function cell(model: SheetModel, row: number, col: number): ModelCell | undefined {
  return model.cells.find((c) => c.row === row && c.col === col);
}

function rowOf(model: SheetModel, text: string, col?: number): number {
  const c = model.cells.find((x) => x.value === text && (col === undefined || x.col === col));
  if (!c) throw new Error(`no cell «${text}» in the report`);
  return c.row;
}

/** Column of the "Факт" cell of an indicator (its header «П2. …» starts the 3-column group). */
function factCol(model: SheetModel, code: string): number {
  const h = model.cells.find((c) => typeof c.value === "string" && c.value.startsWith(`${code}. `));
  if (!h) throw new Error(`no header for ${code}`);
  return h.col;
}

describe("buildQuarterlyReport: sheets and header", () => {
  const { cover, roadmap, schools, overdue } = report();

  it("names the cover «Отчёт 3 кв. 2024» and each table's sheet after it, all the add-in's own", () => {
    expect([cover.name, roadmap.name, schools.name, overdue.name]).toEqual([
      "Отчёт 3 кв. 2024",
      "Отчёт 3 кв. 2024 — мероприятия",
      "Отчёт 3 кв. 2024 — по ОО",
      "Отчёт 3 кв. 2024 — просрочено",
    ]);
    for (const m of [cover, roadmap, schools, overdue]) {
      expect(isOwnSheet(m.name)).toBe(true);
      expect(m.name.length).toBeLessThanOrEqual(31);
    }
    expect(reportSheetName({ year: 2025, q: 1 })).toBe("Отчёт 1 кв. 2025");
  });

  it("keeps the Russian sheet names in English so a rebuild replaces the same sheets", () => {
    expect(reportSheets(sampleBook(), "en").map((m) => m.name)).toEqual(reportSheets().map((m) => m.name));
  });

  it("shows the region, the quarter, the as-of date and the generation time as real dates", () => {
    expect([cell(cover, 1, 0)?.value, cell(cover, 1, 1)?.value]).toEqual(["Регион:", "Ленинградская область"]);
    expect(cell(cover, 2, 1)?.value).toBe("III квартал 2024");
    expect(cell(cover, 3, 1)).toMatchObject({
      value: isoToSerial("2024-10-02"),
      style: { numberFormat: "DD.MM.YYYY" },
    });
    expect(cell(cover, 4, 1)?.value).toBeCloseTo(isoToSerial("2024-10-02") + 14.5 / 24, 8);
  });

  it("is print-ready: A4 landscape, page numbers, each table's header rows repeated and frozen", () => {
    for (const m of [cover, roadmap, overdue]) {
      expect(m.print).toMatchObject({
        orientation: "landscape",
        fitToWidth: true,
        footer: { right: "Стр. {page} из {pages}" },
      });
    }
    expect(roadmap.print?.repeatRows).toEqual({ first: 0, last: 1 });
    expect(roadmap.freeze).toEqual({ rows: 2, cols: 0 });
    // The wide table is never shrunk: column groups, the school columns repeated on each page.
    expect(schools.print).toMatchObject({
      fitToWidth: false,
      scale: 100,
      repeatRows: { first: 0, last: 2 },
      repeatCols: { first: 0, last: 2 },
    });
    expect(schools.print?.colBreaks?.length).toBeGreaterThan(0);
    expect(schools.freeze).toEqual({ rows: 3, cols: 3 });
  });

  it("takes the region from the options when given", () => {
    const result = checkWorkbook(sampleBook(), { asOf: "2024-10-02", lang: "ru", quarter: "2024-Q3" });
    const [m] = buildQuarterlyReport(result, { lang: "ru", generatedAt: GENERATED, region: "Псковская область" });
    expect(cell(m, 1, 1)?.value).toBe("Псковская область");
  });
});

describe("buildQuarterlyReport: roadmap items", () => {
  const model = report().roadmap;

  it("colours an overdue regional item's status cell red, with the date it was judged against", () => {
    const r = rowOf(model, "Закупка оборудования", 1);
    expect(cell(model, r, 0)?.value).toBe("5");
    expect(cell(model, r, 2)?.value).toBe("не позднее 15 февраля 2024 года");
    expect(cell(model, r, 3)?.value).toBe("15.02.2024");
    expect(cell(model, r, 4)).toMatchObject({ value: "Просрочено", style: { fill: "#FFC7CE" } });
  });

  it("shows a done item's date as a date serial and its document", () => {
    const r = rowOf(model, "Утверждение перечня ОО", 1);
    expect(cell(model, r, 3)?.value).toBe("31.01.2024");
    expect(cell(model, r, 4)).toMatchObject({ value: "Выполнено в срок", style: { fill: "#C6EFCE" } });
    expect(cell(model, r, 5)).toMatchObject({
      value: isoToSerial("2024-01-25"),
      style: { numberFormat: "DD.MM.YYYY" },
    });
    expect(cell(model, r, 6)?.value).toBe("Распоряжение № 12-р");
  });

  it("shows a per-school item as the share of schools that did it", () => {
    const r = rowOf(model, "Ремонт помещений", 1);
    expect(cell(model, r, 5)?.value).toBe("выполнено 1 из 2 ОО");
    expect(cell(model, r, 4)?.value).toBe("Просрочено");
  });

  it("says why a schedule deadline has no date, in the pane's words, where the judged date would be", () => {
    const book = sampleBook();
    book.sheets[0].rows.push([
      "3",
      "Согласование графика",
      "Согласно графику, направляемому федеральным оператором",
      null,
      null,
      null,
    ]);
    const m = report(book).roadmap;
    expect(cell(m, rowOf(m, "Согласование графика", 1), 3)?.value).toBe(
      "срок не определён: по графику — впишите «Срок (дата)»",
    );
  });

  it("names a mark without a date «Выполнено, дата не указана» (done-undated)", () => {
    const book = sampleBook();
    book.sheets[0].rows[1][4] = "да";
    const m = report(book).roadmap;
    expect(cell(m, rowOf(m, "Утверждение перечня ОО", 1), 4)).toMatchObject({
      value: "Выполнено, дата не указана",
      style: { fill: "#FFEB9C" },
    });
  });
});

describe("buildQuarterlyReport: per-school table and totals", () => {
  const model = report().schools;
  const p1 = factCol(model, "П1");
  const p2 = factCol(model, "П2");
  const p4 = factCol(model, "П4");
  const a = rowOf(model, SCHOOL_A, 2);
  const b = rowOf(model, SCHOOL_B, 2);
  const total = rowOf(model, "Итого", 0);

  it("lists each registry school with its municipality and step counts", () => {
    expect(cell(model, a, 1)?.value).toBe("Лужский");
    expect([cell(model, a, 3)?.value, cell(model, a, 4)?.value]).toEqual([1, 0]);
    expect([cell(model, b, 3)?.value, cell(model, b, 4)?.value]).toEqual([0, 1]);
  });

  it("gives each indicator's fact, plan and % of plan for the quarter", () => {
    expect([cell(model, a, p2)?.value, cell(model, a, p2 + 1)?.value, cell(model, a, p2 + 2)?.value]).toEqual([
      60, 200, 0.3,
    ]);
    expect(cell(model, a, p2 + 2)?.style?.numberFormat).toBe("0.0%");
    expect(cell(model, b, p4)).toMatchObject({ value: 0.1, style: { numberFormat: "0.0%" } });
    expect(cell(model, b, p1 + 1)?.value).toBeNull(); // П1 has no plan
  });

  it("sums counts in the totals row, with the plan for all schools", () => {
    expect(cell(model, total, 3)?.value).toBe(1);
    expect(cell(model, total, 4)?.value).toBe(1);
    expect(cell(model, total, p1)?.value).toBe(400);
    expect([cell(model, total, p2)?.value, cell(model, total, p2 + 1)?.value]).toEqual([150, 400]);
    expect(cell(model, total, p2 + 2)?.value).toBeCloseTo(0.375, 10);
  });

  it("recomputes the share П4 weighted by П1 (20 %), never the plain average (30 %)", () => {
    expect(cell(model, total, p4)?.value).toBeCloseTo((0.5 * 100 + 0.1 * 300) / 400, 10);
    expect(cell(model, total, p4 + 1)?.value).toBeCloseTo(0.3, 10);
    expect(cell(model, total, p4 + 2)?.value).toBeCloseTo(0.2 / 0.3, 10);
  });

  it("marks a value with a data error (П1 = 12,5 pupils) «не учтено» in red and leaves it out of the totals", () => {
    const book = sampleBook();
    book.sheets[2].rows[2][3] = 12.5;
    const m = report(book).schools;
    const col = factCol(m, "П1");
    const c = cell(m, rowOf(m, SCHOOL_B, 2), col);
    expect(c?.value).toBe("12,5 — не учтено: не целое");
    expect(c?.style?.fill).toBe("#FFC7CE");
    expect(m.merges).toContainEqual({ top: c?.row, left: col, bottom: c?.row, right: col + 2 });
    expect(cell(m, rowOf(m, "Итого", 0), col)?.value).toBe(100);
  });

  it("treats a part larger than its whole (П2 = 2 500 > П1) alike: marked, out of the total and the share", () => {
    const book = sampleBook();
    book.sheets[2].rows[2][4] = 2500;
    const m = report(book).schools;
    const p2c = factCol(m, "П2");
    expect(cell(m, rowOf(m, SCHOOL_B, 2), p2c)?.value).toBe("2\u00a0500 — не учтено: часть больше целого");
    const total = rowOf(m, "Итого", 0);
    expect([cell(m, total, p2c)?.value, cell(m, total, p2c + 1)?.value]).toEqual([60, 400]);
    expect(cell(m, total, p2c + 2)?.value).toBeCloseTo(60 / 400, 10);
    expect(m.cells.some((x) => typeof x.value === "string" && x.value.startsWith("Не учтено: 1 значение"))).toBe(true);
  });

  it("shows «нет данных», not a zero, when a school did not report the quarter", () => {
    const book = sampleBook();
    book.sheets[2].rows.splice(2, 1); // drop school B's row
    const m = report(book).schools;
    const col = factCol(m, "П1");
    expect(cell(m, rowOf(m, SCHOOL_B, 2), col)?.value).toBe("нет данных");
    expect(cell(m, rowOf(m, "Итого", 0), col)?.value).toBe(100);
  });

  it("counts a school listed twice in the registry once and names the duplicate in a note", () => {
    const book = sampleBook();
    // A second, nearly empty copy of school B with straight quotes: its empty step would be «Просрочено».
    book.sheets[1].rows.push([3, "Гатчинский", 'МОУ "СОШ № 2"', 2024, null]);
    const { cover, roadmap, schools, overdue } = report(book);
    expect(schools.cells.filter((c) => c.col === 2 && c.value === SCHOOL_B)).toHaveLength(1);
    const total = rowOf(schools, "Итого", 0);
    expect([cell(schools, total, 3)?.value, cell(schools, total, 4)?.value]).toEqual([1, 1]);
    expect(cell(roadmap, rowOf(roadmap, "Ремонт помещений", 1), 5)?.value).toBe("выполнено 1 из 2 ОО");
    expect(overdue.cells.filter((c) => c.col === 2 && c.value !== null && c.row > 1)).toHaveLength(2);
    const note = `«${SCHOOL_B}» указана в реестре дважды (лист «Реестр ОО», строки 3, 4): учтена только строка 3, остальные не вошли ни в одну цифру отчёта.`;
    expect(schools.cells.some((c) => c.value === note)).toBe(true);
    expect(cover.cells.some((c) => c.value === note)).toBe(true);
  });

  it("labels plans from the built-in catalogue as defaults awaiting confirmation", () => {
    const m = report().schools;
    expect(cell(m, 2, factCol(m, "П2") + 1)?.value).toBe("План*");
    expect(cell(m, 2, factCol(m, "П1") + 1)?.value).toBe("План"); // П1 has no plan at all
    expect(
      m.cells.some((c) => typeof c.value === "string" && c.value.startsWith("* План — значение по умолчанию")),
    ).toBe(true);
  });

  it("shows the workbook's own plans without the default mark", () => {
    const book = sampleBook();
    book.sheets.push(
      sheet("Правила показателей", [
        ["Код", "Показатель", "Ед. изм.", "Тип", "Мин.", "Целевое значение"],
        ["П2", "Численность", "чел.", "целое", null, 250],
      ]),
    );
    const m = report(book).schools;
    const p2c = factCol(m, "П2");
    expect(cell(m, 2, p2c + 1)?.value).toBe("План");
    expect(cell(m, rowOf(m, SCHOOL_A, 2), p2c + 1)?.value).toBe(250);
  });
});

describe("buildQuarterlyReport: summary and overdue list", () => {
  const { cover, overdue: model } = report();

  it("counts roadmap items and school steps by status on the cover", () => {
    const r = rowOf(cover, "Сводка по статусам", 0) + 1;
    const counts = new Map<string, [unknown, unknown]>();
    for (let i = r + 1; i <= r + 7; i++)
      counts.set(String(cell(cover, i, 0)?.value), [cell(cover, i, 1)?.value, cell(cover, i, 2)?.value]);
    expect(counts.get("Просрочено")).toEqual([2, 1]);
    expect(counts.get("Выполнено в срок")).toEqual([1, 1]);
  });

  it("lists overdue items: regional first, then each school's, with due date and days late", () => {
    const head = 1;
    const first = [
      cell(model, head + 1, 2)?.value,
      cell(model, head + 1, 3)?.value,
      cell(model, head + 1, 5)?.value,
      cell(model, head + 1, 6)?.value,
    ];
    expect(first).toEqual(["Региональный уровень", "5", isoToSerial("2024-02-15"), 230]);
    expect([cell(model, head + 2, 1)?.value, cell(model, head + 2, 2)?.value, cell(model, head + 2, 3)?.value]).toEqual(
      ["Гатчинский", SCHOOL_B, "8"],
    );
    expect(cell(model, head + 3, 0)).toBeUndefined();
  });

  it("says there is nothing overdue when nothing is", () => {
    const m = report(sampleBook(), "ru", "2024-02-01").overdue;
    expect(m.cells.some((c) => c.value === "Просроченных пунктов нет.")).toBe(true);
  });

  it("writes headers in English when the user's language is English", () => {
    const m = report(sampleBook(), "en");
    expect(m.overdue.cells.some((c) => typeof c.value === "string" && c.value.startsWith("3. Overdue items"))).toBe(
      true,
    );
    expect(m.schools.cells.some((c) => c.value === "Total")).toBe(true);
  });
});

describe("buildQuarterlyReport: determinism and injection", () => {
  it("gives an identical model for the same input", () => {
    expect(report()).toEqual(report());
  });

  it("keeps a school named «=1+1» as a string value, never a formula", () => {
    const m = report(sampleBook("=1+1")).schools;
    const c = m.cells.find((x) => x.value === "=1+1");
    expect(c).toBeDefined();
    expect(typeof c?.value).toBe("string");
  });

  it("writes a school named «=1+1» as text through the .xlsx adapter and reads it back unchanged", async () => {
    const m = report(sampleBook("=1+1")).schools;
    const book = newXlsxWorkbook();
    await book.createWorkbook([{ name: "Лист1", cells: [{ row: 0, col: 0, value: "x" }] }]);
    await book.writeSheet(m);
    const again = await openXlsx(await book.toBytes());
    const snap = await again.readSnapshot();
    const sheet1 = snap.sheets.find((s) => s.name === "Отчёт 3 кв. 2024 — по ОО");
    expect(sheet1).toBeDefined();
    const r = rowOf(m, "=1+1", 2);
    expect(sheet1?.rows[r][2]).toBe("=1+1");
    const p4 = factCol(m, "П4");
    const total = rowOf(m, "Итого", 0);
    expect(sheet1?.rows[total][p4]).toBeCloseTo(0.2, 10);
    expect(sheet1?.formats?.[total]?.[p4]).toBe("0.0%");
  });
});
