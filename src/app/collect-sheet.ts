import type { Lang } from "../domain/finding";
import { formatRu } from "../domain/iso-date";
import { HEADER_FILL } from "../domain/palette";
import type { ModelCell, SheetModel } from "../domain/sheet-model";
import type { FileLog, FileStatus, IgnoredKind } from "./collect-plan";
import type { MonitorErrorCode } from "./workbook-gateway";

export const COLLECT_SHEET_NAME: Record<Lang, string> = { ru: "Сбор ответов", en: "Collected answers" };

const HEADERS: Record<Lang, string[]> = {
  ru: ["№", "Файл", "Школа", "Итог", "Лист", "Ячейка", "Что", "В книге", "В копии школы"],
  en: ["No.", "File", "School", "Result", "Sheet", "Cell", "What", "In the workbook", "In the school's copy"],
};
const WIDTHS = [6, 36, 40, 30, 18, 9, 34, 22, 22];

export const STATUS_TEXT: Record<Lang, Record<FileStatus, string>> = {
  ru: {
    taken: "принят",
    "nothing-new": "принят, нового нет",
    "bad-file": "не прочитан",
    "not-matched": "не сопоставлен со школой",
    "other-master": "копия другой книги",
    "unknown-school": "школы нет в реестре",
    duplicate: "несколько файлов одной школы",
  },
  en: {
    taken: "taken",
    "nothing-new": "taken, nothing new",
    "bad-file": "could not be read",
    "not-matched": "not matched to a school",
    "other-master": "a copy of another workbook",
    "unknown-school": "school not in the registry",
    duplicate: "several files for one school",
  },
};

const IGNORED_TEXT: Record<Lang, Record<IgnoredKind, string>> = {
  ru: {
    outside: "изменено вне ячеек школы — не перенесено",
    "new-sheet": "новый лист — не перенесён",
    format: "изменён формат — не перенесён",
    "missing-sheet": "лист удалён из копии",
    "column-moved": "столбец не найден",
  },
  en: {
    outside: "changed outside the school's cells — not taken",
    "new-sheet": "new sheet — not taken",
    format: "format changed — not taken",
    "missing-sheet": "sheet removed from the copy",
    "column-moved": "column not found",
  },
};

const WHAT: Record<Lang, { filled: string; replaced: string; conflict: string }> = {
  ru: {
    filled: "заполнено",
    replaced: "заменено значением школы",
    conflict: "конфликт: в книге другое значение — оставлено",
  },
  en: {
    filled: "filled",
    replaced: "replaced with the school's value",
    conflict: "conflict: the workbook has another value — kept",
  },
};

/**
 * Why a file a school sent back cannot be read, as what to ask of the school: the general
 * error texts speak of the workbook she opens herself («…и откройте снова»).
 */
const RETURNED_FILE: Record<Lang, Partial<Record<MonitorErrorCode, string>>> = {
  ru: {
    "not-xlsx":
      "это не книга Excel (.xlsx) — попросите школу сохранить файл как «Книга Excel (*.xlsx)» и прислать снова",
    encrypted: "книга защищена паролем — попросите школу снять пароль и прислать файл снова",
    corrupt: "файл повреждён — попросите школу сохранить его заново в Excel или LibreOffice и прислать снова",
  },
  en: {
    "not-xlsx":
      "not an Excel workbook (.xlsx) — ask the school to save it as “Excel Workbook (*.xlsx)” and send it again",
    encrypted: "the workbook has a password — ask the school to remove it and send the file again",
    corrupt: "the file is damaged — ask the school to save it again in Excel or LibreOffice and send it again",
  },
};

/** One line per file: what happened, in the coordinator's words (used by the CLI, the pane and the sheet). */
export function fileSummary(log: FileLog, lang: Lang, reason?: (log: FileLog) => string): string {
  const st = STATUS_TEXT[lang][log.status];
  if (log.status !== "taken" && log.status !== "nothing-new") {
    const extra =
      log.status === "duplicate" && log.others?.length
        ? lang === "ru"
          ? ` (также: ${log.others.join(", ")}); оставьте один файл`
          : ` (also: ${log.others.join(", ")}); keep one file`
        : log.status === "bad-file"
          ? badFileReason(log, lang, reason)
          : "";
    return `${st}${extra}`;
  }
  return lang === "ru"
    ? `${st}: заполнено ${log.filled.length}, заменено ${log.replaced.length}, конфликтов ${log.conflicts.length}, без изменений ${log.equal}, не перенесено ${log.ignored.length}`
    : `${st}: ${log.filled.length} filled, ${log.replaced.length} replaced, ${log.conflicts.length} conflicts, ${log.equal} unchanged, ${log.ignored.length} not taken`;
}

/** «Сбор ответов»: a title line with the totals, then one row per file and per cell, as a filterable table. */
export function buildCollectSheet(
  logs: readonly FileLog[],
  lang: Lang,
  asOf: string,
  reason?: (log: FileLog) => string,
): SheetModel {
  const taken = logs.filter((l) => l.status === "taken" || l.status === "nothing-new").length;
  const filled = logs.reduce((n, l) => n + l.filled.length + l.replaced.length, 0);
  const conflicts = logs.reduce((n, l) => n + l.conflicts.length, 0);
  const title =
    lang === "ru"
      ? `Сбор ответов школ ${formatRu(asOf)}: принято файлов ${taken} из ${logs.length}, перенесено значений ${filled}, конфликтов ${conflicts}`
      : `Collected ${formatRu(asOf)}: ${taken} of ${logs.length} files taken, ${filled} values taken, ${conflicts} conflicts`;
  const cells: ModelCell[] = [{ row: 0, col: 0, value: title, style: { bold: true, fontSize: 12 } }];
  const head = 2;
  HEADERS[lang].forEach((value, col) =>
    cells.push({ row: head, col, value, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true } }),
  );
  const base = { border: true, vAlign: "top" as const, wrap: true };
  let row = head + 1;
  const line = (values: (string | number)[], link?: { sheet: string; cell: string }) => {
    values.forEach((value, col) =>
      cells.push({
        row,
        col,
        value,
        style: col === 5 && link ? { ...base, fontColor: "#0563C1" } : base,
        link: col === 5 ? link : undefined,
      }),
    );
    row++;
  };
  logs.forEach((log, i) => {
    const n = i + 1;
    const school = log.school ?? "";
    line([n, log.file, school, fileSummary(log, lang, reason), "", "", "", "", ""]);
    for (const c of log.filled)
      line([n, log.file, school, "", c.sheet, c.cell, WHAT[lang].filled, "", c.schoolText], c);
    for (const c of log.replaced)
      line([n, log.file, school, "", c.sheet, c.cell, WHAT[lang].replaced, c.masterText, c.schoolText], c);
    for (const c of log.conflicts)
      line([n, log.file, school, "", c.sheet, c.cell, WHAT[lang].conflict, c.masterText, c.schoolText], c);
    for (const g of log.ignored)
      line([n, log.file, school, "", g.sheet, g.cell ?? "", IGNORED_TEXT[lang][g.kind], "", textOf(g.school)]);
  });
  return {
    name: COLLECT_SHEET_NAME[lang],
    cells,
    columnWidths: WIDTHS,
    freeze: { rows: head + 1, cols: 0 },
    table: {
      name: "KvantoriumCollect",
      range: { top: head, left: 0, bottom: Math.max(row - 1, head + 1), right: HEADERS[lang].length - 1 },
      style: "TableStyleLight9",
    },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: head, last: head } },
    tabColor: "#2F75B5",
  };
}

function textOf(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

function badFileReason(log: FileLog, lang: Lang, reason?: (log: FileLog) => string): string {
  const text = (log.error && RETURNED_FILE[lang][log.error]) ?? reason?.(log);
  return text ? `: ${text}` : "";
}
