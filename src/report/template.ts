import type { Lang } from "../domain/finding";
import { HEADER_FILL } from "../domain/palette";
import { BUILTIN_ROADMAP } from "../domain/roadmap";
import { PAGE_FOOTER, type ModelCell, type SheetModel } from "../domain/sheet-model";
import { cutAtWord } from "../domain/text";
import { columnBreaks, wrappedHeight } from "./report-kit";
import { indicatorRulesTemplateSheet, indicatorsTemplateSheet } from "./template-indicators";

/** Headers of the template's roadmap sheet: the names detection knows best. */
export const TEMPLATE_ROADMAP_HEADERS = [
  "№",
  "Наименование мероприятия",
  "Ответственный",
  "Результат",
  "Срок",
  "Срок (дата)",
  "Дата исполнения",
  "Реквизиты документа",
  "Статус",
  "Примечание",
  "Уровень",
];

/** №, title (both repeated on every printed page), responsible, result, deadline, … */
const ROADMAP_WIDTHS = [5, 44, 22, 30, 22, 12, 13, 24, 12, 20, 9];

const HEAD = {
  bold: true,
  fill: HEADER_FILL,
  border: true,
  wrap: true,
  vAlign: "middle" as const,
  hAlign: "center" as const,
};
const BODY = { border: true, wrap: true, vAlign: "top" as const };
const DATE = { ...BODY, numberFormat: "DD.MM.YYYY", hAlign: "center" as const };

function titleRow(
  text: string,
  width: number,
): { cell: ModelCell; merge: { top: number; left: number; bottom: number; right: number } } {
  return {
    cell: { row: 0, col: 0, value: text, style: { bold: true, fontSize: 13, wrap: true, vAlign: "middle" } },
    merge: { top: 0, left: 0, bottom: 0, right: width - 1 },
  };
}

function roadmapSheet(year: number): SheetModel {
  const titleText = `Комплекс мер (дорожная карта) по созданию и функционированию детских технопарков «Кванториум» на базе общеобразовательных организаций, ${year} год`;
  // The title stays within the columns repeated on every printed page.
  const title = titleRow(titleText, 2);
  const cells: ModelCell[] = [title.cell];
  const heights: Record<number, number> = {
    0: wrappedHeight([{ text: titleText, chars: ROADMAP_WIDTHS[0] + ROADMAP_WIDTHS[1] }], 13),
    2: Math.max(
      ...TEMPLATE_ROADMAP_HEADERS.map((h, i) => wrappedHeight([{ text: h, chars: ROADMAP_WIDTHS[i] * 0.9 }], 11)),
    ),
  };
  TEMPLATE_ROADMAP_HEADERS.forEach((h, col) => cells.push({ row: 2, col, value: h, style: HEAD }));
  BUILTIN_ROADMAP.items.forEach((item, i) => {
    const row = 3 + i;
    // The seed's dates are for its own year; other years get the same texts with the year replaced.
    const deadline = item.deadline.replace(/20\d{2}/g, (y) => String(Number(y) - BUILTIN_ROADMAP.year + year));
    const values = [
      item.number,
      item.title,
      item.responsible,
      item.result,
      deadline,
      null,
      null,
      null,
      null,
      null,
      item.perSchool ? "ОО" : "Регион",
    ];
    values.forEach((value, col) => cells.push({ row, col, value, style: col === 5 || col === 6 ? DATE : BODY }));
    // Rows of a file are not re-measured when it opens: without a height long texts overlap.
    heights[row] = wrappedHeight(
      values.map((v, col) => ({ text: typeof v === "string" ? v : "", chars: ROADMAP_WIDTHS[col] })),
      11,
    );
  });
  return {
    name: "Дорожная карта",
    cells,
    merges: [title.merge],
    columnWidths: ROADMAP_WIDTHS,
    rowHeights: heights,
    freeze: { rows: 3, cols: 2 },
    print: {
      orientation: "landscape",
      fitToWidth: false,
      scale: 100,
      repeatRows: { first: 2, last: 2 },
      repeatCols: { first: 0, last: 1 },
      colBreaks: columnBreaks(ROADMAP_WIDTHS, 1, ROADMAP_WIDTHS.map((_, c): [number, number] => [c, c]).slice(2)),
      footer: { left: "Дорожная карта", right: PAGE_FOOTER.ru },
    },
  };
}

/** Registry columns before the per-school items: №, municipality, school (repeated on every printed page), … */
const REGISTRY_WIDTHS = [5, 18, 32, 13, 30, 22, 10];
const STEP_WIDTH = 18;

/** «п. 8 Оборудование получено и налажено»: the item number detection needs, and a header that still means something. */
export function stepHeader(item: { number: string; title: string; short?: string }): string {
  return `п. ${item.number} ${item.short ?? cutAtWord(item.title, 40)}`;
}

function registrySheet(year: number): SheetModel {
  const perSchool = BUILTIN_ROADMAP.items.filter((i) => i.perSchool);
  const headers = [
    "№",
    "Муниципальный район",
    "Образовательная организация",
    "ИНН",
    "Адрес",
    "Ответственный",
    "Год создания",
    ...perSchool.map(stepHeader),
  ];
  const widths = [...REGISTRY_WIDTHS, ...perSchool.map(() => STEP_WIDTH)];
  const titleText = `Реестр общеобразовательных организаций, на базе которых создаются Школьные Кванториумы (${year})`;
  // The title stays within the columns repeated on every printed page.
  const title = titleRow(titleText, 3);
  const cells: ModelCell[] = [title.cell];
  headers.forEach((h, col) => cells.push({ row: 2, col, value: h, style: HEAD }));
  for (let i = 0; i < 5; i++) {
    headers.forEach((_, col) =>
      cells.push({ row: 3 + i, col, value: col === 0 ? i + 1 : null, style: col >= 7 ? DATE : BODY }),
    );
  }
  const groups = widths.map((_, c): [number, number] => [c, c]).slice(3);
  return {
    name: "Реестр ОО",
    cells,
    merges: [title.merge],
    columnWidths: widths,
    rowHeights: {
      0: wrappedHeight([{ text: titleText, chars: REGISTRY_WIDTHS[0] + REGISTRY_WIDTHS[1] + REGISTRY_WIDTHS[2] }], 13),
      // Headers wrap at words (bold is wider), so every header shows whole and nothing is clipped.
      2: Math.max(...headers.map((h, i) => wrappedHeight([{ text: h, chars: widths[i] * 0.9 }], 11))),
    },
    freeze: { rows: 3, cols: 3 },
    print: {
      orientation: "landscape",
      fitToWidth: false,
      scale: 100,
      repeatRows: { first: 2, last: 2 },
      repeatCols: { first: 0, last: 2 },
      colBreaks: columnBreaks(widths, 2, groups),
      footer: { left: "Реестр ОО", right: PAGE_FOOTER.ru },
    },
  };
}

/** An empty monitoring workbook laid out from the built-in roadmap (PRODUCT.md §1 «Создать шаблон»). */
export function buildTemplate(year: number, _lang: Lang): SheetModel[] {
  return [roadmapSheet(year), registrySheet(year), indicatorsTemplateSheet(year), indicatorRulesTemplateSheet()];
}
