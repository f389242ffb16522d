import { isoFromParts } from "../domain/iso-date";
import type { OptionValue, Texts } from "./command-types";

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date typed as ДД.ММ.ГГГГ (how she writes it) or ГГГГ-ММ-ДД; the value is ISO. */
export const DATE: OptionValue = {
  placeholder: { ru: "ДД.ММ.ГГГГ", en: "DD.MM.YYYY" },
  parse(raw) {
    const dotted = DOTTED.exec(raw.trim());
    const iso = ISO.exec(raw.trim());
    const value = dotted
      ? isoFromParts(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
      : iso
        ? isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]))
        : null;
    return value
      ? { ok: true, value }
      : {
          ok: false,
          expected: {
            ru: "укажите существующую дату в виде ДД.ММ.ГГГГ, например 01.10.2024 (можно и ГГГГ-ММ-ДД)",
            en: "give a real date as DD.MM.YYYY, e.g. 01.10.2024 (YYYY-MM-DD works too)",
          },
        };
  },
};

const QUARTER_RE = /^(\d{4})-Q([1-4])$/i;

/** A reporting quarter, «2024-Q3»; the value is upper-cased. */
export const QUARTER: OptionValue = {
  placeholder: { ru: "ГГГГ-QN", en: "YYYY-QN" },
  parse(raw) {
    const m = QUARTER_RE.exec(raw.trim());
    return m
      ? { ok: true, value: `${m[1]}-Q${m[2]}` }
      : {
          ok: false,
          expected: {
            ru: "укажите год и номер квартала, например 2024-Q3",
            en: "give a year and quarter, e.g. 2024-Q3",
          },
        };
  },
};

function integerIn(min: number, max: number, placeholder: Texts, expected: Texts): OptionValue {
  return {
    placeholder,
    parse(raw) {
      const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
      return Number.isInteger(n) && n >= min && n <= max ? { ok: true, value: n } : { ok: false, expected };
    },
  };
}

export const DAYS = integerIn(
  0,
  365,
  { ru: "дней", en: "days" },
  { ru: "укажите целое число дней от 0 до 365", en: "give a whole number of days from 0 to 365" },
);

export const YEAR = integerIn(
  2000,
  2100,
  { ru: "ГГГГ", en: "YYYY" },
  { ru: "укажите год от 2000 до 2100, например 2024", en: "give a year from 2000 to 2100, e.g. 2024" },
);

function pathValue(placeholder: Texts): OptionValue {
  return {
    placeholder,
    parse(raw) {
      return raw.trim()
        ? { ok: true, value: raw }
        : { ok: false, expected: { ru: "укажите имя файла", en: "give a file name" } };
    },
  };
}

export const XLSX_OUT = pathValue({ ru: "файл.xlsx", en: "file.xlsx" });
export const JSON_OUT = pathValue({ ru: "файл.json|-", en: "file.json|-" });
export const FOLDER = pathValue({ ru: "папка", en: "folder" });

/** Free text such as a deadline wording. */
export const TEXT = pathValue({ ru: "текст", en: "text" });
