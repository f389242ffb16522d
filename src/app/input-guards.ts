import type { IndicatorType } from "../domain/indicator-catalogue";
import { isoToSerial } from "../domain/excel-serial";
import { compareQuarter, nextQuarter, quarterLabelRu, type Quarter } from "../domain/quarter";

/**
 * What a school may type into one input column, as Excel data validation describes it
 * (PRODUCT.md §6a). Pure data: the xlsx adapter writes it as `<dataValidation>`, the
 * Office adapter through `range.dataValidation` (ExcelApi 1.8).
 */
export type InputRule =
  | { kind: "date"; min: number; max: number }
  | { kind: "whole"; min: number }
  | { kind: "decimal"; min: number; max?: number }
  | { kind: "list"; items: string[] }
  | { kind: "any" };

export interface InputGuard {
  rule: InputRule;
  /** Shown when the cell is selected (≤ 32 / 255 characters, Excel's limits). */
  promptTitle: string;
  prompt: string;
  /** Shown with a stop alert when the value does not fit. */
  errorTitle: string;
  error: string;
}

const TITLE_MAX = 32;
const TEXT_MAX = 255;

function guard(rule: InputRule, promptTitle: string, prompt: string, error: string): InputGuard {
  return {
    rule,
    promptTitle: promptTitle.slice(0, TITLE_MAX),
    prompt: prompt.slice(0, TEXT_MAX),
    errorTitle: "Проверьте значение",
    error: error.slice(0, TEXT_MAX),
  };
}

/** Step columns: a date from 1 January of the roadmap year − 1 to 31 December of + 2, or empty. */
export function stepGuard(roadmapYear: number, itemNumber: string): InputGuard {
  const from = roadmapYear - 1;
  const to = roadmapYear + 2;
  return guard(
    { kind: "date", min: isoToSerial(`${from}-01-01`), max: isoToSerial(`${to}-12-31`) },
    `Пункт ${itemNumber}: дата`,
    `Введите дату исполнения в виде ДД.ММ.ГГГГ (с 01.01.${from} по 31.12.${to}) или оставьте ячейку пустой.`,
    `Нужна дата с 01.01.${from} по 31.12.${to} в виде ДД.ММ.ГГГГ, например 15.09.${roadmapYear}. Если пункт не выполнен, оставьте ячейку пустой.`,
  );
}

/** Indicator columns follow the type in «Правила показателей». */
export function indicatorGuard(type: IndicatorType, code: string, roadmapYear: number): InputGuard {
  const title = code ? `${code}: ` : "";
  switch (type) {
    case "integer":
      return guard(
        { kind: "whole", min: 0 },
        `${title}целое число`,
        "Введите целое число не меньше 0 (без пробелов и единиц измерения).",
        "Нужно целое число не меньше 0, например 25. Дробные, отрицательные значения и текст не принимаются.",
      );
    case "percent":
      return guard(
        { kind: "decimal", min: 0, max: 1 },
        `${title}процент`,
        "Введите долю в процентах от 0 % до 100 %, например 85 %.",
        "Нужен процент от 0 % до 100 %, например 85 %. Введите число со знаком %.",
      );
    case "number":
      return guard(
        { kind: "decimal", min: 0 },
        `${title}число`,
        "Введите число не меньше 0; дробную часть отделяйте запятой.",
        "Нужно число не меньше 0, например 12,5. Текст и отрицательные значения не принимаются.",
      );
    case "date": {
      const from = roadmapYear - 1;
      const to = roadmapYear + 2;
      return guard(
        { kind: "date", min: isoToSerial(`${from}-01-01`), max: isoToSerial(`${to}-12-31`) },
        `${title}дата`,
        `Введите дату в виде ДД.ММ.ГГГГ (с 01.01.${from} по 31.12.${to}).`,
        `Нужна дата с 01.01.${from} по 31.12.${to} в виде ДД.ММ.ГГГГ.`,
      );
    }
    case "text":
      return guard({ kind: "any" }, `${title}текст`, "Введите текст.", "");
  }
}

/** The period column of rows a school adds: the quarters from the roadmap year − 1 up to the reporting one. */
export function periodGuard(roadmapYear: number, upTo: Quarter): InputGuard {
  return guard(
    { kind: "list", items: quarterLabels({ year: roadmapYear - 1, q: 1 }, upTo) },
    "Отчётный период",
    "Выберите квартал из списка.",
    "Выберите квартал из списка, например «III квартал 2024».",
  );
}

/** «I квартал 2023» … the given quarter; Excel keeps a list under 255 characters, so the oldest go first. */
export function quarterLabels(from: Quarter, to: Quarter): string[] {
  const out: string[] = [];
  for (let q = from; compareQuarter(q, to) <= 0; q = nextQuarter(q)) out.push(quarterLabelRu(q));
  while (out.join(",").length > TEXT_MAX && out.length > 1) out.shift();
  return out;
}
