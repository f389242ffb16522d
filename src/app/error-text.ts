import type { MonitorError, MonitorErrorCode } from "./workbook-gateway";
import type { Lang } from "../domain/finding";

type Texts = Record<MonitorErrorCode, (d: Record<string, string>) => string>;

/**
 * "sheet-protected" with `details.workbook`: the workbook structure is locked, so no sheet
 * can be added (the Excel add-in's state sheet, «Замечания», the template). Shared by the CLI
 * texts here and the task pane.
 */
export function workbookStructureText(lang: Lang): string {
  return lang === "en"
    ? "The workbook structure is protected. Unprotect it (Review → Protect Workbook) and try again."
    : "Структура книги защищена. Снимите защиту (Рецензирование → Защитить книгу) и повторите.";
}

const RU: Texts = {
  "file-not-found": (d) => `Файл «${d.path ?? ""}» не найден. Проверьте путь к файлу.`,
  "not-xlsx": (d) =>
    d.folder
      ? `«${d.path ?? ""}» — это папка, а не файл. Укажите книгу .xlsx внутри неё, например «${d.path ?? ""}/мониторинг.xlsx».`
      : `«${d.path ?? ""}» — не книга Excel (.xlsx). Сохраните её в Excel как «Книга Excel (*.xlsx)» и повторите.`,
  encrypted: (d) =>
    `Книга «${d.path ?? ""}» защищена паролем. Снимите пароль (Файл → Сведения → Защитить книгу) и повторите.`,
  corrupt: (d) =>
    `Книга «${d.path ?? ""}» повреждена и не читается. Откройте её в Excel, сохраните заново и повторите.`,
  "empty-workbook": (d) => `В книге «${d.path ?? ""}» нет данных. Проверьте, что выбран нужный файл.`,
  "no-sheets-recognised": (d) =>
    `В книге «${d.path ?? ""}» не найдено ни одного листа мониторинга. Создайте шаблон командой template или переименуйте листы.`,
  "sheet-protected": (d) =>
    d.workbook ? workbookStructureText("ru") : `Лист «${d.sheet ?? ""}» защищён. Снимите защиту листа и повторите.`,
  "cell-editing": () => "Excel сейчас редактирует ячейку. Нажмите Enter или Esc и повторите.",
  "api-not-supported": () =>
    "Эта версия Excel слишком старая для надстройки. Обновите Excel или используйте командную строку.",
  "sheet-missing": (d) => `Лист «${d.sheet ?? ""}» не найден. Проверьте сопоставление листов.`,
  "output-is-input": () => "Нельзя записать результат поверх исходного файла. Укажите другое имя в --out.",
  "output-not-writable": (d) =>
    d.exists
      ? `Файл «${d.path ?? ""}» уже существует. Укажите другое имя или добавьте --force, чтобы заменить его.`
      : d.folder
        ? `«${d.path ?? ""}» — это папка. Укажите после --out имя файла, например «${d.path ?? ""}/результат.xlsx».`
        : `Не удалось записать файл «${d.path ?? ""}». Проверьте, что папка существует и файл не открыт в другой программе.`,
  "bad-argument": (d) => `Неверное значение: ${d.what ?? d.address ?? d.sheet ?? ""}. Исправьте его и повторите.`,
  "template-exists": () =>
    "В этой книге уже есть листы мониторинга. Создайте шаблон в новой книге: kvantorium-monitor template --out новая.xlsx",
  "workbook-too-large": () =>
    "Лист слишком большой, чтобы Excel передал его надстройке. Удалите лишние пустые строки и столбцы в конце листа или проверьте файл командой check.",
  "request-too-large": () =>
    "Excel в браузере не принял запись: одна ячейка или примечание слишком велики для одного запроса. Откройте книгу в Excel на компьютере или проверьте файл командой check.",
  "workbook-inactive": () => "Книга больше не активна в Excel. Вернитесь в её окно и повторите.",
  "merged-conflict": () => "Объединённые ячейки мешают записи. Разъедините их и повторите.",
  "name-taken": () =>
    "В книге уже есть лист или таблица с таким именем. Переименуйте свой лист или таблицу и повторите.",
  "unsupported-sheet": () => "Надстройка не работает с листами диаграмм и макросов. Выберите обычный лист и повторите.",
  "access-denied": () =>
    "Excel не разрешил изменить книгу: она открыта только для просмотра или без прав на изменение. Включите редактирование и повторите.",
  "no-schools": () =>
    "В реестре не найдено ни одной школы, рассылать нечего. Проверьте лист реестра (столбец «Образовательная организация»).",
  "collect-nothing": () => "Ни один из файлов не принят: причины указаны выше. Укажите копии, которые вернули школы.",
  unknown: () => "Не удалось выполнить команду. Повторите; если ошибка не исчезнет, сообщите разработчикам.",
};

const EN: Texts = {
  "file-not-found": (d) => `File “${d.path ?? ""}” not found. Check the path.`,
  "not-xlsx": (d) =>
    d.folder
      ? `“${d.path ?? ""}” is a folder, not a file. Give the .xlsx workbook inside it, e.g. “${d.path ?? ""}/monitoring.xlsx”.`
      : `“${d.path ?? ""}” is not an Excel workbook (.xlsx). Save it in Excel as “Excel Workbook (*.xlsx)” and try again.`,
  encrypted: (d) => `Workbook “${d.path ?? ""}” is password-protected. Remove the password and try again.`,
  corrupt: (d) => `Workbook “${d.path ?? ""}” is damaged. Open it in Excel, save it again and retry.`,
  "empty-workbook": (d) => `Workbook “${d.path ?? ""}” has no data. Check that you chose the right file.`,
  "no-sheets-recognised": (d) =>
    `No monitoring sheet was found in “${d.path ?? ""}”. Create a template with the template command or rename the sheets.`,
  "sheet-protected": (d) =>
    d.workbook ? workbookStructureText("en") : `Sheet “${d.sheet ?? ""}” is protected. Unprotect it and try again.`,
  "cell-editing": () => "Excel is editing a cell. Press Enter or Esc and try again.",
  "api-not-supported": () => "This Excel version is too old for the add-in. Update Excel or use the command line.",
  "sheet-missing": (d) => `Sheet “${d.sheet ?? ""}” was not found. Check the sheet mapping.`,
  "output-is-input": () => "The output must not overwrite the input file. Choose another name for --out.",
  "output-not-writable": (d) =>
    d.exists
      ? `“${d.path ?? ""}” already exists. Choose another name or add --force to replace it.`
      : d.folder
        ? `“${d.path ?? ""}” is a folder. Give a file name after --out, e.g. “${d.path ?? ""}/result.xlsx”.`
        : `Could not write “${d.path ?? ""}”. Check that the folder exists and the file is not open elsewhere.`,
  "bad-argument": (d) => `Invalid value: ${d.what ?? d.address ?? d.sheet ?? ""}. Correct it and try again.`,
  "template-exists": () =>
    "This workbook already has monitoring sheets. Create the template in a new file: kvantorium-monitor template --out new.xlsx",
  "workbook-too-large": () =>
    "The sheet is too large for Excel to hand to the add-in. Delete the empty rows and columns at its end, or check the file with the check command.",
  "request-too-large": () =>
    "Excel on the web did not accept the write: one cell or note is too large for one request. Open the workbook in Excel for desktop or check the file with the check command.",
  "workbook-inactive": () => "The workbook is no longer active in Excel. Go back to its window and try again.",
  "merged-conflict": () => "Merged cells are in the way. Unmerge them and try again.",
  "name-taken": () => "The workbook already has a sheet or table with that name. Rename yours and try again.",
  "unsupported-sheet": () =>
    "The add-in does not work with chart or macro sheets. Choose an ordinary sheet and try again.",
  "access-denied": () =>
    "Excel did not let the add-in change the workbook: it is open for viewing only or without edit rights. Enable editing and try again.",
  "no-schools": () =>
    "No school was found in the registry, so there is nothing to send. Check the registry sheet (the “school” column).",
  "collect-nothing": () =>
    "None of the files was taken; the reasons are listed above. Give the copies the schools sent back.",
  unknown: () => "The command failed. Try again; if it keeps failing, tell the developers.",
};

export function errorText(e: MonitorError, lang: Lang): string {
  const t = (lang === "en" ? EN : RU)[e.code] ?? (lang === "en" ? EN : RU).unknown;
  return t(e.details);
}
