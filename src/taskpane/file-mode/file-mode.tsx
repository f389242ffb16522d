import { useMemo, useState } from "react";
import type { Lang } from "../../domain/finding";
import { format, stringsFor } from "../../i18n";
import { App } from "../components/app";
import type { Notice } from "../components/status-bar";
import { errorText } from "../error-text";
import { downloadBytes } from "./download";
import { FileBar } from "./file-bar";
import { checkedFileName, templateFileName } from "./file-names";
import { noFileService, openWorkbookFile, type FileModeEvents, type OpenedFile } from "./file-session";

export interface FileModeProps {
  lang: Lang;
  /** ISO date used as "today"; injected by tests. */
  today?: string;
}

/**
 * The task pane outside Office: the same App, on a service over a file opened from disk,
 * with a bar to open the file and download the result. Nothing is sent anywhere.
 */
export function FileMode({ lang, today }: FileModeProps) {
  const t = stringsFor(lang);
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [changed, setChanged] = useState(false);
  const [opening, setOpening] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Bumped on every attempt to open a file, so the pane drops the old results and messages.
  const [attempt, setAttempt] = useState(0);

  const events = useMemo<FileModeEvents>(
    () => ({
      onChanged: () => setChanged(true),
      onTemplate: (bytes, year) => downloadBytes(bytes, templateFileName(year, t)),
    }),
    [t],
  );
  const empty = useMemo(() => noFileService(events), [events]);

  const open = async (picked: File) => {
    setOpening(true);
    setNotice(null);
    setAttempt((n) => n + 1);
    try {
      const opened = await openWorkbookFile(picked.name, new Uint8Array(await picked.arrayBuffer()), events);
      setFile(opened);
      setChanged(false);
    } catch (err) {
      // The bar must not go on saying the previous file is open beside an error about this one.
      setFile(null);
      setChanged(false);
      setNotice({
        intent: "error",
        text: format(t.fileMode.openFailed, { name: picked.name, reason: errorText(err, t) }),
      });
    } finally {
      setOpening(false);
    }
  };

  const download = async () => {
    if (!file) return;
    try {
      downloadBytes(await file.toBytes(), checkedFileName(file.name, t));
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err, t) });
    }
  };

  return (
    <App
      service={file?.service ?? empty}
      lang={lang}
      today={today}
      unavailable={file ? [] : ["check", "report", "clear"]}
      canSelectCells={false}
      resetKey={attempt}
      fileBar={
        <FileBar
          t={t}
          fileName={file?.name ?? null}
          opening={opening}
          canDownload={file !== null && changed}
          notice={notice}
          onOpen={(f) => void open(f)}
          onDownload={() => void download()}
          onDismiss={() => setNotice(null)}
        />
      }
    />
  );
}
