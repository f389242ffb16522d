import { useRef, useState, type DragEvent } from "react";
import { Button, makeStyles, mergeClasses, Spinner, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { format, type Strings } from "../../i18n";
import { StatusBar, type Notice } from "../components/status-bar";

export interface FileBarProps {
  t: Strings;
  /** Name of the open file, or null before one is chosen. */
  fileName: string | null;
  opening: boolean;
  /** True once the open workbook has been checked, reported on or cleared. */
  canDownload: boolean;
  notice: Notice | null;
  onOpen: (file: File) => void;
  onDownload: () => void;
  onDismiss: () => void;
}

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { wordBreak: "break-word" },
});

/**
 * The web page's file controls: open (button or drag-and-drop) and download the result.
 * The file input itself is hidden; the button opens the system dialog, so it works by keyboard.
 */
export function FileBar({ t, fileName, opening, canDownload, notice, onOpen, onDownload, onDismiss }: FileBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    // Leaving for a child element is not leaving the zone.
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onOpen(file);
  };

  return (
    <section
      aria-labelledby="file-title"
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-testid="file-zone"
    >
      <Subtitle2 as="h2" id="file-title">
        {t.fileMode.title}
      </Subtitle2>
      <div role="status" aria-live="polite">
        {opening ? (
          <Spinner size="tiny" labelPosition="after" label={t.fileMode.opening} />
        ) : (
          <Text className={styles.name}>
            {fileName ? format(t.fileMode.current, { name: fileName }) : t.fileMode.intro}
          </Text>
        )}
      </div>
      <div className={styles.row}>
        <Button
          appearance={fileName ? "secondary" : "primary"}
          icon={<FolderOpenRegular />}
          disabledFocusable={opening}
          onClick={() => input.current?.click()}
        >
          {fileName ? t.fileMode.openAnother : t.fileMode.open}
        </Button>
        <Text>{dragging ? t.fileMode.dropNow : t.fileMode.dropHere}</Text>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) opens it again.
            e.currentTarget.value = "";
            if (file) onOpen(file);
          }}
        />
      </div>
      {fileName && (
        <div className={styles.row}>
          <Button icon={<ArrowDownloadRegular />} disabledFocusable={!canDownload} onClick={onDownload}>
            {t.fileMode.download}
          </Button>
          <Text size={200}>{t.fileMode.downloadHint}</Text>
        </div>
      )}
      <StatusBar t={t} notice={notice} onDismiss={onDismiss} />
    </section>
  );
}
