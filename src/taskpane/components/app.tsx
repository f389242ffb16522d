import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { makeStyles, tokens, Title3 } from "@fluentui/react-components";
import type { Layout } from "../../detect/layout-types";
import type { Lang } from "../../domain/finding";
import { BUILTIN_ROADMAP } from "../../domain/roadmap";
import type { CheckResult } from "../../engine/types";
import { DEFAULT_SETTINGS, type MonitorService, type MonitorSettings, type Progress } from "../../app/monitor-types";
import { format, stringsFor } from "../../i18n";
import { errorText } from "../error-text";
import { todayIso } from "../quarters";
import { ActionBar, type ActionId } from "./action-bar";
import { DeadlineReadings } from "./deadline-readings";
import { FindingsPanel } from "./findings-panel";
import { MappingPanel } from "./mapping-panel";
import { ProgressView, type BusyState } from "./progress-view";
import { ResultArea } from "./result-area";
import { PaneSettings } from "./pane-settings";
import { SettingsPanel } from "./settings-panel";
import type { Notice } from "./status-bar";

export interface AppProps {
  service: MonitorService;
  lang: Lang;
  /** ISO date used as "today"; injected by tests, read from the clock otherwise. */
  today?: string;
  /** Extra controls under the title: the web page's open/download bar. */
  fileBar?: ReactNode;
  /** «Разослать школам» / «Собрать ответы школ» (PRODUCT.md §6a), under the findings. */
  schoolLoop?: ReactNode;
  /** Actions shown but not runnable yet (the web page before a file is open). */
  unavailable?: readonly ActionId[];
  /** False on the web page: a file has no selection, so findings are text, not links to cells. */
  canSelectCells?: boolean;
  /** Changes when the web page tried to open another file: old results and messages go. */
  resetKey?: number;
}

/**
 * The as-of date is chosen for this session only: saved with it, every later check (and the
 * ribbon's) would silently run on an old date instead of today.
 */
const persisted = (settings: MonitorSettings): MonitorSettings => ({ ...settings, asOf: null });

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // At desktop width (the web page) a column of readable width, not fields stretched across.
    maxWidth: "880px",
    boxSizing: "border-box",
    width: "100%",
    marginLeft: "auto",
    marginRight: "auto",
  },
});

/**
 * The task pane, top to bottom: the actions, their progress, the result of the last one
 * (compact, so it is in view at 350×800), the settings folded under one line, the mapping,
 * and the findings by school, by item or in full.
 */
export function App(props: AppProps) {
  const {
    service,
    lang,
    today = todayIso(),
    fileBar,
    schoolLoop,
    unavailable,
    canSelectCells = true,
    resetKey,
  } = props;
  const t = stringsFor(lang);
  const styles = useStyles();
  const [settings, setSettings] = useState<MonitorSettings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState<BusyState | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [templateYear, setTemplateYear] = useState<number | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  // Default: the as-of date's year once one is chosen, else the roadmap's (issue 9, item 6).
  const year = templateYear ?? (settings.asOf ? Number(settings.asOf.slice(0, 4)) : BUILTIN_ROADMAP.year);

  // One place that shows progress, turns any failure into a plain sentence and re-enables the buttons.
  const run = useCallback(
    async (work: (onProgress: Progress) => Promise<string | null>, announce: boolean) => {
      setBusy({ step: null, fraction: null });
      setNotice(null);
      try {
        const message = await work((step, fraction) => setBusy({ step, fraction }));
        if (message) setNotice({ intent: "success", text: message });
      } catch (err) {
        setNotice({ intent: "error", text: errorText(err, t) });
      } finally {
        setBusy(null);
        // A button's result takes the focus, so a screen reader (and the eye) lands on it.
        if (announce) requestAnimationFrame(() => resultRef.current?.focus());
      }
    },
    [t],
  );

  // A new service is a new workbook (the web page opened another file): forget the old results.
  useEffect(() => {
    setResult(null);
    setLayout(null);
    void run(async () => {
      const saved = await service.loadSettings();
      // A date chosen before (e.g. before the web page opened a file) stays; a saved one is ignored.
      setSettings((prev) => ({ ...DEFAULT_SETTINGS, ...saved, asOf: prev.asOf }));
      return null;
    }, false);
  }, [service, run, resetKey]);

  const pane = useMemo(
    () => ({
      settings,
      showCheck: (r: CheckResult | null) => {
        setResult(r);
        if (r) setLayout(r.layout);
      },
    }),
    [settings],
  );

  const onAction = (id: ActionId) => {
    const current = settingsRef.current;
    void run(async (onProgress) => {
      switch (id) {
        case "check": {
          const r = await service.check(current, lang, onProgress);
          setResult(r);
          setLayout(r.layout);
          await service.saveSettings(persisted(current));
          return null;
        }
        case "report": {
          const { sheet, result: r } = await service.buildReport(current, lang, onProgress);
          setResult(r);
          setLayout(r.layout);
          await service.saveSettings(persisted(current));
          return format(canSelectCells ? t.results.reportDone : t.results.reportDoneFile, { sheet });
        }
        case "clear":
          await service.clear();
          setResult(null);
          return t.results.cleared;
        case "template":
          await service.createTemplate(year, lang);
          return t.results.templateDone;
      }
    }, true);
  };

  const detect = () =>
    void run(async () => {
      setLayout(await service.detectLayout(settingsRef.current));
      return null;
    }, false);

  const saveMapping = (mapping: MonitorSettings["mapping"]) =>
    void run(async () => {
      const next = { ...settingsRef.current, mapping };
      await service.saveSettings(persisted(next));
      setSettings(next);
      setLayout(await service.detectLayout(next));
      return t.mapping.saved;
    }, true);

  const selectCell = (sheet: string, cell: string) =>
    void service
      .selectCell(sheet, cell)
      .catch((err: unknown) => setNotice({ intent: "error", text: errorText(err, t) }));

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <Title3 as="h1">{t.appTitle}</Title3>
      {fileBar}
      <ActionBar t={t} busy={busy !== null} onAction={onAction} unavailable={unavailable} />
      <ProgressView t={t} busy={busy} />
      <ResultArea ref={resultRef} t={t} lang={lang} notice={notice} result={result} onDismiss={() => setNotice(null)} />
      <SettingsPanel
        t={t}
        lang={lang}
        settings={settings}
        today={today}
        disabled={busy !== null}
        onChange={setSettings}
        templateYear={year}
        onTemplateYear={setTemplateYear}
      />
      <MappingPanel
        t={t}
        lang={lang}
        layout={layout}
        mapping={settings.mapping}
        disabled={busy !== null}
        onDetect={detect}
        onSave={saveMapping}
      />
      {result && <FindingsPanel t={t} lang={lang} result={result} onSelect={canSelectCells ? selectCell : undefined} />}
      <DeadlineReadings t={t} lang={lang} result={result} />
      <PaneSettings.Provider value={pane}>{schoolLoop}</PaneSettings.Provider>
    </main>
  );
}
