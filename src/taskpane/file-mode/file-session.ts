import { DEFAULT_SETTINGS, type MonitorService, type MonitorSettings } from "../../app/monitor-types";
import { MonitorError } from "../../app/workbook-gateway";
import type { Lang } from "../../domain/finding";
import { schoolLoopService, type SchoolLoopService } from "../school-loop-session";
import { decryptWithDefaultPassword } from "../web-decrypter";

/** What the web page needs to hear from the file-backed service. */
export interface FileModeEvents {
  /** The open workbook changed (painted, report written, paint cleared): worth downloading. */
  onChanged(): void;
  /** «Создать шаблон» built a new workbook: hand its bytes to the user. */
  onTemplate(bytes: Uint8Array, year: number): void;
}

export interface OpenedFile {
  /** The name the user's file had, e.g. «Мониторинг.xlsx». */
  name: string;
  /** The same use cases as in Excel, over the file in memory. */
  service: MonitorService;
  /** The workbook with every change so far, as .xlsx bytes. */
  toBytes(): Promise<Uint8Array>;
  /** The school loop over this file. */
  loop?: SchoolLoopService;
}

/**
 * The .xlsx library and the engine are imported on first use only: the task pane in Excel
 * never needs them, and the web page needs them once a file is chosen.
 */
async function fileModules() {
  const [xlsx, monitor] = await Promise.all([import("../../adapters/xlsx"), import("../../app/monitor")]);
  return { openXlsx: xlsx.openXlsx, newXlsxWorkbook: xlsx.newXlsxWorkbook, createMonitor: monitor.createMonitor };
}

/** Opens a chosen file. Throws MonitorError (not-xlsx, encrypted, corrupt, empty-workbook) for the message bar. */
export async function openWorkbookFile(name: string, bytes: Uint8Array, events: FileModeEvents): Promise<OpenedFile> {
  const m = await fileModules();
  const book = await m.openXlsx(bytes, { decrypt: decryptWithDefaultPassword });
  const monitor = m.createMonitor(book);
  return {
    name,
    toBytes: () => book.toBytes(),
    loop: schoolLoopService(
      book,
      () => monitor.loadSettings(),
      () => new Date(),
      () => events.onChanged(),
    ),
    service: {
      ...monitor,
      check: async (...args) => notify(await monitor.check(...args), events),
      buildReport: async (...args) => notify(await monitor.buildReport(...args), events),
      clear: async () => notify(await monitor.clear(), events),
      // A template is a new workbook; it must not replace the file that is open.
      createTemplate: (year, lang) => buildTemplateFile(year, lang, events),
    },
  };
}

function notify<T>(value: T, events: FileModeEvents): T {
  events.onChanged();
  return value;
}

/** «Создать шаблон» on the web page: a new workbook in memory, handed over as a download. */
export async function buildTemplateFile(year: number, lang: Lang, events: FileModeEvents): Promise<void> {
  const m = await fileModules();
  const book = m.newXlsxWorkbook();
  await m.createMonitor(book).createTemplate(year, lang);
  events.onTemplate(await book.toBytes(), year);
}

/**
 * The service before any file is open: settings kept in memory, an empty layout, and the
 * file actions refused (their buttons are shown as unavailable until a file is open).
 */
export function noFileService(events: FileModeEvents): MonitorService {
  let saved: MonitorSettings = { ...DEFAULT_SETTINGS };
  const needsFile = () => Promise.reject(new MonitorError("file-not-found"));
  return {
    check: needsFile,
    buildReport: needsFile,
    clear: needsFile,
    createTemplate: (year, lang) => buildTemplateFile(year, lang, events),
    selectCell: async () => undefined,
    detectLayout: async () => ({}),
    loadSettings: async () => ({ ...saved }),
    saveSettings: async (settings) => {
      saved = { ...settings };
    },
  };
}
