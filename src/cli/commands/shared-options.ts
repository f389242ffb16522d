import { DEFAULT_SETTINGS, type MonitorSettings } from "../../app/monitor-types";
import type { CliOption, CliPositional, CommandInput } from "../command-types";
import { DATE, DAYS, QUARTER } from "../option-values";

/** The monitoring workbook every reading command starts from. */
export const WORKBOOK: CliPositional = {
  name: { ru: "книга.xlsx", en: "book.xlsx" },
  missing: { ru: "Не указана книга мониторинга (.xlsx)", en: "The monitoring workbook (.xlsx) is missing" },
};

export const AS_OF: CliOption = {
  value: DATE,
  help: { ru: "дата проверки (по умолчанию сегодня)", en: "the as-of date (today by default)" },
};

export const QUARTER_OPTION: CliOption = {
  value: QUARTER,
  short: "q",
  help: { ru: "отчётный квартал, например 2024-Q3", en: "the reporting quarter, e.g. 2024-Q3" },
};

export const WINDOW: CliOption = {
  value: DAYS,
  help: {
    ru: `за сколько дней предупреждать о сроке (по умолчанию ${DEFAULT_SETTINGS.dueSoonDays})`,
    en: `how many days ahead to warn of a deadline (default ${DEFAULT_SETTINGS.dueSoonDays})`,
  },
};

/** The check settings a command line gives; the rest are the defaults. */
export function settingsOf(input: CommandInput): MonitorSettings {
  const { options: o } = input;
  return {
    ...DEFAULT_SETTINGS,
    asOf: typeof o["as-of"] === "string" ? o["as-of"] : null,
    quarter: typeof o.quarter === "string" ? o.quarter : null,
    dueSoonDays: typeof o.window === "number" ? o.window : DEFAULT_SETTINGS.dueSoonDays,
  };
}
