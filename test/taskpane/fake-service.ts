import type { MonitorService, MonitorSettings } from "../../src/app/monitor-types";
import { DEFAULT_SETTINGS } from "../../src/app/monitor-types";
import type { Finding } from "../../src/domain/finding";
import type { CheckResult } from "../../src/engine/types";
import type { Layout } from "../../src/detect/layout-types";

export function finding(partial: Partial<Finding> & Pick<Finding, "sheet" | "cell" | "message">): Finding {
  return {
    rule: "deadline-overdue",
    messageId: "overdue",
    severity: "error",
    row: 0,
    col: 0,
    sheetIndex: 0,
    ...partial,
  };
}

export const FINDINGS: Finding[] = [
  finding({ sheet: "Дорожная карта", sheetIndex: 0, cell: "G7", message: "Пункт 5 просрочен на 10 дн." }),
  finding({
    sheet: "Реестр ОО",
    sheetIndex: 1,
    cell: "H12",
    school: "МБОУ «СОШ № 10»",
    message: "Пункт 8 просрочен",
  }),
  finding({
    sheet: "Реестр ОО",
    sheetIndex: 1,
    cell: "I12",
    school: "МБОУ «СОШ № 10»",
    severity: "warning",
    rule: "deadline-due-soon",
    message: "Срок пункта 9 через 5 дн.",
  }),
  finding({
    sheet: "Реестр ОО",
    sheetIndex: 1,
    cell: "H13",
    school: "МОУ «Лицей № 1»",
    severity: "warning",
    rule: "done-without-date",
    message: "Отмечено «да» без даты",
  }),
];

export function result(findings: Finding[] = FINDINGS): CheckResult {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    asOf: "2024-10-01",
    quarter: "2024-Q3",
    measures: [],
    findings,
    summary: { errors: count("error"), warnings: count("warning"), info: count("info"), cellsChecked: 412 },
    paint: [],
    layout: {
      roadmap: {
        role: "roadmap",
        sheet: "Дорожная карта",
        headerRow: 2,
        firstDataRow: 3,
        lastDataRow: 15,
        columns: { deadline: 4 },
      },
    },
  };
}

/** A MonitorService made of jest.fn()s, resolving to plausible values unless a test overrides them. */
export function fakeService(saved: MonitorSettings = DEFAULT_SETTINGS): jest.Mocked<MonitorService> {
  return {
    check: jest.fn<Promise<CheckResult>, Parameters<MonitorService["check"]>>(async () => result()),
    buildReport: jest.fn<ReturnType<MonitorService["buildReport"]>, Parameters<MonitorService["buildReport"]>>(
      async () => ({ sheet: "Отчёт 3 кв. 2024", result: result() }),
    ),
    clear: jest.fn<Promise<void>, []>(async () => undefined),
    createTemplate: jest.fn<Promise<void>, Parameters<MonitorService["createTemplate"]>>(async () => undefined),
    selectCell: jest.fn<Promise<void>, Parameters<MonitorService["selectCell"]>>(async () => undefined),
    detectLayout: jest.fn<Promise<Layout>, Parameters<MonitorService["detectLayout"]>>(async () => result().layout),
    loadSettings: jest.fn<Promise<MonitorSettings>, []>(async () => saved),
    saveSettings: jest.fn<Promise<void>, Parameters<MonitorService["saveSettings"]>>(async () => undefined),
  };
}
