import { createContext } from "react";
import type { MonitorSettings } from "../../app/monitor-types";

/**
 * The settings as the pane shows them now, the as-of date included (which is never saved
 * in the workbook): what the school loop's split, collect and re-check must run with, so
 * «Сбор ответов» and the copies' findings carry the «Дата проверки» she set. Null outside
 * the App (tests of a panel alone): the loop then uses the saved settings.
 */
export const PaneSettings = createContext<MonitorSettings | null>(null);
