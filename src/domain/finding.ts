export type Severity = "error" | "warning" | "info";
export type Lang = "ru" | "en";

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_LABEL: Readonly<Record<Severity, Record<Lang, string>>> = {
  error: { ru: "Ошибка", en: "Error" },
  warning: { ru: "Предупреждение", en: "Warning" },
  info: { ru: "Сведения", en: "Info" },
};

/** What a rule reports: where, about whom, and which message template with which data. */
export interface Report {
  messageId: string;
  sheet: string;
  /** 0-based */
  row: number;
  /** 0-based */
  col: number;
  school?: string;
  /** Roadmap item number ("5") or indicator code. */
  measure?: string;
  data?: Record<string, string | number>;
}

/** A finding after the engine has checked, localised and sorted it. */
export interface Finding extends Report {
  rule: string;
  severity: Severity;
  /** A1 address of the cell, e.g. "H12". */
  cell: string;
  /** Sheet position, for sorting. */
  sheetIndex: number;
  message: string;
  /** Municipality of the school, when known (for «Замечания»). */
  municipality?: string;
}
