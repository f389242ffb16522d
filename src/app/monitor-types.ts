import type { Lang } from "../domain/finding";
import type { Layout, LayoutOverrides } from "../detect/layout-types";
import type { CheckResult } from "../engine/types";

/** What the coordinator sets in the pane; saved in the workbook (state key "settings"). */
export interface MonitorSettings {
  /** ISO date; null = today. */
  asOf: string | null;
  /** "2024-Q3"; null = latest begun quarter on the indicators sheet. */
  quarter: string | null;
  dueSoonDays: number;
  creationYear?: number | null;
  mapping?: LayoutOverrides;
}

export const DEFAULT_SETTINGS: MonitorSettings = { asOf: null, quarter: null, dueSoonDays: 14 };

export type Progress = (step: "read" | "check" | "paint" | "write" | "done", fraction: number) => void;

/** The use cases behind the four buttons, shared by the pane, the ribbon command and the web page. */
export interface MonitorService {
  check(settings: MonitorSettings, lang: Lang, onProgress?: Progress): Promise<CheckResult>;
  /** Builds «Отчёт N кв. YYYY»; returns the sheet name. */
  buildReport(
    settings: MonitorSettings,
    lang: Lang,
    onProgress?: Progress,
  ): Promise<{ sheet: string; result: CheckResult }>;
  clear(): Promise<void>;
  createTemplate(year: number, lang: Lang): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Detected layout with the saved mapping applied, for the mapping panel. */
  detectLayout(settings: MonitorSettings): Promise<Layout>;
  loadSettings(): Promise<MonitorSettings>;
  saveSettings(settings: MonitorSettings): Promise<void>;
}
