import { useContext, useEffect, useRef, useState } from "react";
import { Button, Checkbox, makeStyles, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  ArrowUndoRegular,
  DocumentArrowLeftRegular,
  ShieldCheckmarkRegular,
} from "@fluentui/react-icons";
import type { FileLog } from "../../app/collect-plan";
import { fileSummary } from "../../app/collect-sheet";
import { MonitorError } from "../../app/workbook-gateway";
import type { Lang } from "../../domain/finding";
import { format, type Strings } from "../../i18n";
import { pluralForm } from "../../i18n/plural";
import { errorText } from "../error-text";
import type { SchoolLoopService } from "../school-loop-session";
import { PaneSettings } from "./pane-settings";
import { StatusBar, type Notice } from "./status-bar";

export interface SchoolLoopPanelProps {
  t: Strings;
  lang: Lang;
  /** Null until a workbook is open. */
  loop: SchoolLoopService | null;
  fileName: string | null;
  /** Hands the .zip of copies to the user. */
  onZip: (bytes: Uint8Array, fileName: string) => void;
  /**
   * False where the pane cannot save a download (Excel desktop's webviews): the copies are
   * still made (the master gets its id), and the pane says how to get them instead.
   */
  canDownload?: boolean;
  /** The pane inside Excel: the collect is already in the open workbook, nothing to download. */
  inExcel?: boolean;
  /** Where the web page is, for the sentence that sends the coordinator there. */
  webPage?: string;
}

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  log: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: "break-word" },
});

type Busy = null | "split" | "collect" | "undo" | "protect";

/**
 * «Разослать школам», «Собрать ответы школ», «Отменить сбор» (PRODUCT.md §6a): the copies
 * download as one .zip; the returned files are picked (several at once) and every file
 * gets a line in the log, whatever became of it.
 */
export function SchoolLoopPanel(props: SchoolLoopPanelProps) {
  const { t, lang, loop, fileName, onZip, canDownload = true, inExcel = false, webPage = "index.html" } = props;
  const s = t.schoolLoop;
  const pane = useContext(PaneSettings);
  const current = pane?.settings;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<File[]>([]);
  const [takeTheirs, setTakeTheirs] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [log, setLog] = useState<FileLog[] | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const off = !loop || busy !== null;

  // A collect from an earlier session (the pane reopened, the file opened again) can still be undone.
  useEffect(() => {
    let live = true;
    setCanUndo(false);
    loop
      ?.canUndo()
      .then((can) => live && setCanUndo(can))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [loop]);

  const run = async (
    what: Exclude<Busy, null>,
    job: (l: SchoolLoopService) => Promise<void>,
    explain: (err: unknown) => string = (err) => errorText(err, t),
  ) => {
    if (!loop) return;
    setBusy(what);
    setNotice(null);
    try {
      await job(loop);
    } catch (err) {
      setNotice({ intent: "error", text: explain(err) });
    } finally {
      setBusy(null);
    }
  };

  const split = () =>
    run("split", async (l) => {
      const { zip, count } = await l.split(lang, current);
      if (!canDownload) {
        setNotice({ intent: "info", text: format(s.splitNoDownload, { count, url: webPage }) });
        return;
      }
      onZip(zip, fileName ? format(s.zipName, { name: fileName.replace(/\.xlsx$/i, "") }) : s.zipNameBare);
      setNotice({ intent: "success", text: format(s.splitDone, { count }) });
    });

  const collect = () =>
    run("collect", async (l) => {
      const files = await Promise.all(
        picked.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const result = await l.collect(files, takeTheirs, lang, current);
      // The workbook was checked afresh: the pane's summary and colours counts follow it.
      if (result.check) pane?.showCheck(result.check);
      setLog(result.files);
      setCanUndo(await l.canUndo());
      setNotice(
        result.applied
          ? { intent: "success", text: format(inExcel ? s.collectedExcel : s.collected, { sheet: result.sheet ?? "" }) }
          : { intent: "error", text: s.nothingTaken },
      );
    });

  const undo = () =>
    run("undo", async (l) => {
      const n = await l.undo(lang, current);
      // Undo re-checked the workbook but hands back no result: the old summary is stale.
      if (n > 0) pane?.showCheck(null);
      setCanUndo(await l.canUndo());
      setNotice({ intent: "success", text: format(s.undone, { count: n }) });
    });

  const protect = () =>
    run(
      "protect",
      async (l) => {
        const n = await l.protect(lang, current);
        setNotice({
          intent: "success",
          text:
            n > 0 ? format(s.protected, { count: n, cells: pluralForm(lang, n, s.protectedCells) }) : s.protectNothing,
        });
      },
      (err) => (isValidationUnsupported(err) ? format(s.protectUnsupported, { url: webPage }) : errorText(err, t)),
    );

  const reason = (f: FileLog) => errorText(new MonitorError(f.error ?? "corrupt"), t);

  return (
    <section aria-labelledby="loop-title" className={styles.zone}>
      <Subtitle2 as="h2" id="loop-title">
        {s.title}
      </Subtitle2>
      <Text size={200}>{s.intro}</Text>
      <div className={styles.row}>
        <Button icon={<ArrowDownloadRegular />} disabledFocusable={off} onClick={() => void split()}>
          {s.split}
        </Button>
        {busy === "split" && <Spinner size="tiny" labelPosition="after" label={s.splitting} />}
      </div>
      <div className={styles.row}>
        <Button icon={<DocumentArrowLeftRegular />} disabledFocusable={off} onClick={() => input.current?.click()}>
          {s.pick}
        </Button>
        {picked.length > 0 && <Text>{format(s.picked, { count: picked.length })}</Text>}
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple
          hidden
          data-testid="returned-files"
          onChange={(e) => {
            setPicked(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = "";
          }}
        />
      </div>
      <Checkbox label={s.takeTheirs} checked={takeTheirs} onChange={(_, d) => setTakeTheirs(d.checked === true)} />
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={off || picked.length === 0} onClick={() => void collect()}>
          {s.collect}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabledFocusable={off || !canUndo} onClick={() => void undo()}>
          {s.undo}
        </Button>
        {(busy === "collect" || busy === "undo") && <Spinner size="tiny" labelPosition="after" label={s.collecting} />}
      </div>
      <Text size={200}>{s.protectHint}</Text>
      <div className={styles.row}>
        <Button icon={<ShieldCheckmarkRegular />} disabledFocusable={off} onClick={() => void protect()}>
          {s.protect}
        </Button>
        {busy === "protect" && <Spinner size="tiny" labelPosition="after" label={s.protecting} />}
      </div>
      <StatusBar t={t} notice={notice} onDismiss={() => setNotice(null)} />
      {log && (
        <>
          <Text weight="semibold" id="loop-log">
            {s.logTitle}
          </Text>
          <ul aria-labelledby="loop-log" className={styles.log}>
            {log.map((f, i) => (
              <li key={i} data-status={f.status}>
                {f.file}
                {f.school ? ` — ${keepNumberWithSign(f.school)}` : ""}: {fileSummary(f, lang, reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The Office adapter's «below ExcelApi 1.8» error (duck-typed: it comes from a lazily loaded chunk). */
function isValidationUnsupported(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown; details?: Record<string, string> } | null;
  return e?.name === "MonitorError" && e.code === "api-not-supported" && e.details?.feature === "data-validation";
}

/** «школа № 7» must not wrap between «№» and its number in a 350 px pane. */
function keepNumberWithSign(name: string): string {
  return name.replace(/№ /g, "№\u00a0");
}
