import type { Lang } from "../domain/finding";
import { todayIso } from "../domain/iso-date";
import { BUILTIN_ROADMAP } from "../domain/roadmap";
import { detectLayout } from "../detect/detect-layout";
import { checkWorkbook } from "../engine/check";
import type { CheckOptions, CheckResult } from "../engine/types";
import { buildIssuesSheet } from "../report/issues-sheet";
import { buildQuarterlyReport } from "../report/quarterly-report";
import { buildTemplate } from "../report/template";
import { DEFAULT_SETTINGS, type MonitorService, type MonitorSettings, type Progress } from "./monitor-types";
import { MonitorError, type WorkbookGateway } from "./workbook-gateway";

const SETTINGS_KEY = "settings";
const ITEM_NUMBERS: ReadonlySet<string> = new Set(Array.from({ length: 40 }, (_, i) => String(i + 1)));

/** Settings as the engine wants them; `now` is passed in so nothing here reads the clock implicitly. */
export function checkOptionsOf(settings: MonitorSettings, lang: Lang, now: Date): CheckOptions {
  return {
    asOf: settings.asOf ?? todayIso(now),
    lang,
    dueSoonDays: settings.dueSoonDays,
    quarter: settings.quarter ?? undefined,
    creationYear: settings.creationYear ?? undefined,
    mapping: settings.mapping,
  };
}

export function parseSettings(json: string | null): MonitorSettings {
  if (!json) return { ...DEFAULT_SETTINGS };
  try {
    const s = JSON.parse(json) as Partial<MonitorSettings>;
    return {
      // The as-of date is for one session: a saved one would silently age every later check.
      asOf: null,
      quarter: typeof s.quarter === "string" ? s.quarter : null,
      dueSoonDays:
        typeof s.dueSoonDays === "number" && s.dueSoonDays >= 0 ? s.dueSoonDays : DEFAULT_SETTINGS.dueSoonDays,
      creationYear: typeof s.creationYear === "number" ? s.creationYear : null,
      mapping: s.mapping && typeof s.mapping === "object" ? s.mapping : undefined,
    };
  } catch {
    // A damaged settings cell must not stop the check: fall back to defaults.
    return { ...DEFAULT_SETTINGS };
  }
}

/**
 * The four buttons as use cases over a gateway: read → check → paint and write.
 * The same code runs in Excel, in the web page on a file and in the CLI.
 */
export function createMonitor(gateway: WorkbookGateway, now: () => Date = () => new Date()): MonitorService {
  const runCheck = async (settings: MonitorSettings, lang: Lang, onProgress?: Progress): Promise<CheckResult> => {
    onProgress?.("read", 0);
    const snapshot = await gateway.readSnapshot((f) => onProgress?.("read", f));
    onProgress?.("check", 0);
    // The engine's model of every cell read (`context`) is left out of the result: the
    // caller keeps the result while the copy is written, and that model is half the heap.
    const { context: _model, ...result } = checkWorkbook(snapshot, checkOptionsOf(settings, lang, now()));
    onProgress?.("paint", 0);
    await gateway.applyPaint(result.paint);
    onProgress?.("write", 0);
    const items = new Map(result.measures.map((m) => [m.number, m.title]));
    const issuesSheet = await gateway.writeSheet(buildIssuesSheet(result.findings, lang, { asOf: result.asOf, items }));
    onProgress?.("done", 1);
    return { ...result, issuesSheet };
  };

  return {
    check: runCheck,
    async buildReport(settings, lang, onProgress) {
      onProgress?.("read", 0);
      const snapshot = await gateway.readSnapshot((f) => onProgress?.("read", f));
      onProgress?.("check", 0);
      const { context, ...result } = checkWorkbook(snapshot, checkOptionsOf(settings, lang, now()));
      onProgress?.("write", 0);
      // The cover and one sheet per table, always all of them, so a rebuild replaces each.
      const [cover, ...tables] = buildQuarterlyReport({ ...result, context }, { lang, generatedAt: now() });
      const sheet = await gateway.writeSheet(cover, { activate: true });
      for (const model of tables) await gateway.writeSheet(model);
      onProgress?.("done", 1);
      return { sheet, result };
    },
    clear: () => gateway.clearPaint(),
    async createTemplate(year, lang) {
      // Laying a template into a workbook that already has a roadmap or a registry would
      // leave two of each and confuse every later check: ask for an empty workbook instead.
      const snapshot = await gateway.readSnapshot();
      const layout = detectLayout(snapshot, ITEM_NUMBERS);
      if (layout.roadmap || layout.registry || layout.indicators) throw new MonitorError("template-exists");
      await gateway.createWorkbook(buildTemplate(year || BUILTIN_ROADMAP.year, lang));
    },
    selectCell: (sheet, cell) => gateway.selectCell(sheet, cell),
    async detectLayout(settings) {
      const snapshot = await gateway.readSnapshot();
      return detectLayout(snapshot, ITEM_NUMBERS, settings.mapping);
    },
    async loadSettings() {
      return parseSettings(await gateway.loadState(SETTINGS_KEY));
    },
    async saveSettings(settings) {
      await gateway.saveState(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}
