import { INDICATOR_CATALOGUE, INDICATOR_TYPE_LABEL, type IndicatorDefinition } from "../domain/indicator-catalogue";
import { HEADER_FILL, STATUS_FILL } from "../domain/palette";
import type { CellStyle, ModelCell, ModelValue, SheetModel } from "../domain/sheet-model";

const HEAD: CellStyle = { bold: true, fill: HEADER_FILL, border: true, wrap: true, vAlign: "middle", hAlign: "center" };
const BODY: CellStyle = { border: true, wrap: true, vAlign: "top" };
const TO_CONFIRM = STATUS_FILL["due-soon"] as string;

/** Rows left for schools in the template's «Показатели» sheet. */
const BLANK_ROWS = 5;

export const RULES_SHEET_HEADERS = [
  "Код",
  "Показатель",
  "Ед. изм.",
  "Тип",
  "Мин.",
  "Макс.",
  "Целевое значение",
  "Не больше",
  "Накопительный",
  "Проверка координатором",
];

function valueFormat(d: IndicatorDefinition): string {
  return d.type === "percent" ? "0.0%" : d.type === "integer" ? "0" : "0.00";
}

/** «Показатели»: school, period and one column per catalogue indicator, headed «П1. …». */
export function indicatorsTemplateSheet(year: number): SheetModel {
  const headers = [
    "№",
    "Муниципальный район",
    "Образовательная организация",
    "Отчётный период",
    ...INDICATOR_CATALOGUE.map((d) => `${d.code}. ${d.name}, ${d.unit}`),
  ];
  const cells: ModelCell[] = [
    {
      row: 0,
      col: 0,
      value: `Показатели Школьных Кванториумов (${year}). Отчётный период пишите так: «III квартал ${year}» или «${year}-Q3».`,
      style: { bold: true, fontSize: 13, wrap: true, vAlign: "middle" },
    },
  ];
  headers.forEach((value, col) => cells.push({ row: 2, col, value, style: { ...HEAD, fontSize: col >= 4 ? 9 : 11 } }));
  for (let i = 0; i < BLANK_ROWS; i++) {
    headers.forEach((_, col) => {
      const d = col >= 4 ? INDICATOR_CATALOGUE[col - 4] : null;
      cells.push({
        row: 3 + i,
        col,
        value: col === 0 ? i + 1 : null,
        style: d ? { ...BODY, hAlign: "right", numberFormat: valueFormat(d) } : BODY,
      });
    });
  }
  return {
    name: "Показатели",
    cells,
    merges: [{ top: 0, left: 0, bottom: 0, right: headers.length - 1 }],
    columnWidths: [5, 22, 40, 16, ...INDICATOR_CATALOGUE.map(() => 16)],
    rowHeights: { 0: 30, 2: 120 },
    freeze: { rows: 3, cols: 3 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 2, last: 2 } },
  };
}

/**
 * «Правила показателей» filled from the built-in catalogue. The limits and plans are
 * typical values, not an official order: the sheet says so and marks every row for the
 * coordinator to confirm.
 */
export function indicatorRulesTemplateSheet(): SheetModel {
  const width = RULES_SHEET_HEADERS.length;
  const cells: ModelCell[] = [
    { row: 0, col: 0, value: "Правила показателей", style: { bold: true, fontSize: 13 } },
    {
      row: 1,
      col: 0,
      value:
        "Внимание: значения заполнены из встроенного перечня Kvantorium Monitor и НЕ утверждены. Координатор должен сверить коды, минимумы, целевые значения и связи «Не больше» с соглашением и приказом комитета и исправить их здесь; проверка берёт значения с этого листа. Доли вводятся в процентах (30%).",
      style: { bold: true, wrap: true, fill: TO_CONFIRM, vAlign: "middle" },
    },
  ];
  for (let col = 1; col < width; col++) cells.push({ row: 1, col, value: null, style: { fill: TO_CONFIRM } });
  RULES_SHEET_HEADERS.forEach((value, col) => cells.push({ row: 3, col, value, style: HEAD }));
  INDICATOR_CATALOGUE.forEach((d, i) => {
    const row = 4 + i;
    const pct = d.type === "percent" ? { numberFormat: "0%" } : {};
    const values: [ModelValue, CellStyle][] = [
      [d.code, { ...BODY, hAlign: "center" }],
      [d.name, BODY],
      [d.unit, { ...BODY, hAlign: "center" }],
      [INDICATOR_TYPE_LABEL[d.type], { ...BODY, hAlign: "center" }],
      [d.min, { ...BODY, ...pct }],
      [d.max, { ...BODY, ...pct }],
      [d.plan, { ...BODY, ...pct }],
      [d.notAbove, { ...BODY, hAlign: "center" }],
      [d.cumulative ? "да" : "нет", { ...BODY, hAlign: "center" }],
      ["требует подтверждения", { ...BODY, fill: TO_CONFIRM }],
    ];
    values.forEach(([value, style], col) => cells.push({ row, col, value, style }));
  });
  return {
    name: "Правила показателей",
    cells,
    merges: [{ top: 1, left: 0, bottom: 1, right: width - 1 }],
    columnWidths: [8, 60, 9, 11, 8, 8, 12, 11, 14, 22],
    rowHeights: { 1: 48, 3: 32 },
    freeze: { rows: 4, cols: 2 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 3, last: 3 } },
  };
}
