/**
 * Writes assets/sample-monitoring.xlsx: a realistic monitoring workbook for the Leningrad
 * roadmap, laid out the way coordinators really keep it (title rows, merged headers, a
 * numbering row, dates typed in every form) and seeded with the typical mistakes of each
 * kind, so the demo and the tests show every rule at work. Run: npm run sample
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { newXlsxWorkbook } from "../src/adapters/xlsx";
import { writeFileAtomic } from "../src/adapters/xlsx/node-files";
import { isoToSerial } from "../src/domain/excel-serial";
import { BUILTIN_ROADMAP } from "../src/domain/roadmap";
import type { CellStyle, ModelCell, ModelValue, SheetModel } from "../src/domain/sheet-model";
import { indicatorSheets } from "./sample/indicators";
import { SCHOOLS } from "./sample/schools";

export const SAMPLE_PATH = join(__dirname, "..", "assets", "sample-monitoring.xlsx");

const HEAD: CellStyle = { bold: true, wrap: true, border: true, hAlign: "center", vAlign: "middle", fill: "#F2F2F2" };
const BODY: CellStyle = { wrap: true, border: true, vAlign: "top" };
const DATE: CellStyle = { ...BODY, numberFormat: "DD.MM.YYYY", hAlign: "center" };

/** A date is written as Excel writes it (serial + date format); text stays text as typed. */
function dateCell(row: number, col: number, v: string | { text: string } | null): ModelCell {
  if (v === null) return { row, col, value: null, style: DATE };
  if (typeof v === "string") return { row, col, value: isoToSerial(v), style: DATE };
  return { row, col, value: v.text, style: { ...BODY, hAlign: "center" } };
}

function roadmapSheet(): SheetModel {
  const cells: ModelCell[] = [];
  const put = (row: number, col: number, value: ModelValue, style?: CellStyle) =>
    cells.push({ row, col, value, style });
  put(
    0,
    0,
    "Комплекс мер (дорожная карта) по созданию и функционированию детских технопарков «Кванториум» на базе общеобразовательных организаций Ленинградской области в 2024 году",
    { bold: true, wrap: true, fontSize: 13 },
  );
  put(
    1,
    0,
    "Распоряжение комитета общего и профессионального образования Ленинградской области от 28.12.2023 № 3537-р",
    { italic: true },
  );
  const headers = [
    "№ п/п",
    "Наименование мероприятия",
    "Ответственный (исполнитель)",
    "Результат",
    "Срок исполнения",
    "Срок (дата)",
    "Дата исполнения",
    "Реквизиты документа",
    "Примечание",
  ];
  // Two header rows: every header cell is merged over rows 4–5, as in the printed order.
  headers.forEach((h, col) => {
    put(3, col, h, HEAD);
    put(4, col, null, HEAD);
  });
  headers.forEach((_, col) => put(5, col, col + 1, { ...HEAD, italic: true, bold: false }));
  const done: Record<string, { date?: string | { text: string }; doc?: string; due?: string; note?: string }> = {
    "1": { date: "2023-12-28", doc: "Распоряжение КОПО ЛО от 28.12.2023 № 3537-р" },
    "2": { date: "2024-03-14", due: "2024-03-15", doc: "Письмо КОПО ЛО от 14.03.2024 № 19-5678/2024" },
    "3": {
      date: "2024-02-05",
      doc: "Распоряжение КОПО ЛО от 05.02.2024 № 301-р",
      note: "Согласование ФО получено 02.02.2024",
    },
    "5": { date: { text: "15.02.24" }, doc: "Реестр извещений от 15.02.2024" },
    "10": { date: { text: "да" } },
    "13": { date: { text: "28.09.2024" }, doc: "Отчёт ФО от 28.09.2024 № 12" },
  };
  BUILTIN_ROADMAP.items.forEach((item, i) => {
    const row = 6 + i;
    const d = done[item.number] ?? {};
    put(row, 0, `${item.number}.`, { ...BODY, hAlign: "center" });
    put(row, 1, item.title, BODY);
    put(row, 2, item.responsible, BODY);
    put(row, 3, item.result, BODY);
    put(row, 4, item.deadline, BODY);
    cells.push(dateCell(row, 5, d.due ?? null));
    cells.push(
      item.perSchool
        ? { row, col: 6, value: "по ОО — см. «Реестр ОО»", style: { ...BODY, italic: true } }
        : dateCell(row, 6, d.date ?? null),
    );
    put(row, 7, d.doc ?? null, BODY);
    put(row, 8, d.note ?? null, BODY);
  });
  const after = 6 + BUILTIN_ROADMAP.items.length + 1;
  put(
    after,
    0,
    "* Сроки исполнения указаны в соответствии с распоряжением; даты по графику федерального оператора вносятся в столбец «Срок (дата)».",
    { italic: true },
  );
  return {
    name: "Дорожная карта",
    cells,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 8 },
      ...headers.map((_, col) => ({ top: 3, left: col, bottom: 4, right: col })),
    ],
    columnWidths: [7, 60, 24, 44, 28, 12, 14, 34, 26],
    rowHeights: { 0: 36 },
    freeze: { rows: 6, cols: 2 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 3, last: 5 } },
  };
}

const STEP_HEADERS: Record<string, string> = {
  "4": "п. 4 Базовый набор оборудования",
  "6": "п. 6 Информационная справка",
  "7": "п. 7 План мероприятий на учебный год",
  "8": "п. 8 Оборудование получено и налажено",
  "9": "п. 9 Фотомониторинг",
  "11": "п. 11 Повышение квалификации",
  "12": "п. 12 Начало работы",
};

function registrySheet(): SheetModel {
  const cells: ModelCell[] = [];
  const put = (row: number, col: number, value: ModelValue, style?: CellStyle) =>
    cells.push({ row, col, value, style });
  put(
    0,
    0,
    "Реестр общеобразовательных организаций Ленинградской области, на базе которых создаются Школьные Кванториумы",
    { bold: true, fontSize: 13 },
  );
  const steps = Object.keys(STEP_HEADERS);
  const headers = [
    "№",
    "Муниципальный район",
    "Образовательная организация",
    "ИНН",
    "Адрес",
    "Ответственный",
    "Год создания",
    ...steps.map((n) => STEP_HEADERS[n]),
  ];
  headers.forEach((h, col) => put(2, col, h, HEAD));
  const rows = [...SCHOOLS];
  rows.forEach((s, i) => {
    const row = 3 + i;
    put(row, 0, i + 1, { ...BODY, hAlign: "center" });
    put(row, 1, s.district, BODY);
    put(row, 2, s.name, BODY);
    put(row, 3, s.inn, BODY);
    put(row, 4, s.address, BODY);
    put(row, 5, s.responsible, BODY);
    put(row, 6, s.year, { ...BODY, hAlign: "center" });
    steps.forEach((n, k) => cells.push(dateCell(row, 7 + k, s.steps[n as keyof typeof s.steps])));
  });
  // A school entered twice, with other quotes and spacing: the registry must hold it once.
  const dup = 3 + rows.length;
  const twin = SCHOOLS[6];
  put(dup, 0, rows.length + 1, { ...BODY, hAlign: "center" });
  put(dup, 1, twin.district, BODY);
  put(dup, 2, twin.name.replace(/«/g, '"').replace(/»/g, '"').replace("№ 5", "№5"), BODY);
  put(dup, 3, twin.inn, BODY);
  put(dup, 6, twin.year, { ...BODY, hAlign: "center" });
  steps.forEach((_, k) => cells.push(dateCell(dup, 7 + k, null)));
  put(dup + 1, 0, "Итого: 16 ОО", { bold: true });
  return {
    name: "Реестр ОО",
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: 9 }],
    columnWidths: [5, 30, 46, 13, 34, 20, 9, ...steps.map(() => 17)],
    rowHeights: { 2: 62 },
    freeze: { rows: 3, cols: 3 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 2, last: 2 } },
  };
}

export async function makeSample(path = SAMPLE_PATH): Promise<void> {
  const book = newXlsxWorkbook();
  await book.createWorkbook([roadmapSheet(), registrySheet(), ...indicatorSheets()]);
  mkdirSync(join(path, ".."), { recursive: true });
  await writeFileAtomic(path, await book.toBytes());
}

if (require.main === module) {
  makeSample().then(
    () => console.log(`Sample written: ${SAMPLE_PATH}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
