import { createContext } from "react";
import type { MonitorSettings } from "../../app/monitor-types";
import type { CheckResult } from "../../engine/types";

/** What the App shares with the school-loop panel under it. */
export interface PaneContext {
  /**
   * The settings as the pane shows them now, the as-of date included (which is never saved
   * in the workbook): what split, collect and the re-check must run with, so «Сбор ответов»
   * and the copies' findings carry the «Дата проверки» she set.
   */
  settings: MonitorSettings;
  /** Shows a check the loop ran (collect re-checks the workbook), or null when it went stale (undo). */
  showCheck(result: CheckResult | null): void;
}

/** Null outside the App (tests of a panel alone): the loop then uses the saved settings. */
export const PaneSettings = createContext<PaneContext | null>(null);
