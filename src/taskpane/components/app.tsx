import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { makeStyles, tokens, Title3 } from "@fluentui/react-components";
import type { Layout } from "../../detect/layout-types";
import type { Lang } from "../../domain/finding";
import type { CheckResult } from "../../engine/types";
import { DEFAULT_SETTINGS, type MonitorService, type MonitorSettings, type Progress } from "../../app/monitor-types";
import { format, stringsFor } from "../../i18n";
import { errorText } from "../error-text";
import { todayIso } from "../quarters";
import { ActionBar, type ActionId } from "./action-bar";
import { FindingsPanel } from "./findings-panel";
import { Legend } from "./legend";
import { MappingPanel } from "./mapping-panel";
import { ProgressView, type BusyState } from "./progress-view";
import { SettingsPanel } from "./settings-panel";
import { StatusBar, type Notice } from "./status-bar";

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
  },
});

/** The task pane: four actions, their settings, progress, errors and the findings list. */
export function App({
  service,
  lang,
  today = todayIso(),
  fileBar,
  schoolLoop,
  unavailable,
  canSelectCells = true,
}: AppProps) {
  const t = stringsFor(lang);
  const styles = useStyles();
  const [settings, setSettings] = useState<MonitorSettings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState<BusyState | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  // One place that shows progress, turns any failure into a plain sentence and re-enables the buttons.
  const run = useCallback(
    async (work: (onProgress: Progress) => Promise<string | null>) => {
      setBusy({ step: null, fraction: null });
      setNotice(null);
      try {
        const message = await work((step, fraction) => setBusy({ step, fraction }));
        if (message) setNotice({ intent: "success", text: message });
      } catch (err) {
        setNotice({ intent: "error", text: errorText(err, t) });
      } finally {
        setBusy(null);
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
    });
  }, [service, run]);

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
          return format(t.results.reportDone, { sheet });
        }
        case "clear":
          await service.clear();
          setResult(null);
          return t.results.cleared;
        case "template":
          await service.createTemplate(current.creationYear ?? Number(today.slice(0, 4)), lang);
          return t.results.templateDone;
      }
    });
  };

  const detect = () =>
    void run(async () => {
      setLayout(await service.detectLayout(settingsRef.current));
      return null;
    });

  const saveMapping = (mapping: MonitorSettings["mapping"]) =>
    void run(async () => {
      const next = { ...settingsRef.current, mapping };
      await service.saveSettings(persisted(next));
      setSettings(next);
      setLayout(await service.detectLayout(next));
      return t.mapping.saved;
    });

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
      <StatusBar t={t} notice={notice} onDismiss={() => setNotice(null)} />
      <SettingsPanel t={t} settings={settings} today={today} disabled={busy !== null} onChange={setSettings} />
      <MappingPanel
        t={t}
        lang={lang}
        layout={layout}
        mapping={settings.mapping}
        disabled={busy !== null}
        onDetect={detect}
        onSave={saveMapping}
      />
      <FindingsPanel t={t} lang={lang} result={result} onSelect={canSelectCells ? selectCell : undefined} />
      {schoolLoop}
      <Legend t={t} lang={lang} />
    </main>
  );
}
