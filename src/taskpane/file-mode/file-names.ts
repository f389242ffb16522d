import { format, type Strings } from "../../i18n";

/** «Мониторинг.xlsx» → «Мониторинг — проверено.xlsx»; the extension goes whatever its case. */
export function checkedFileName(original: string, t: Strings): string {
  const base = original.replace(/\.xlsx$/i, "").trim();
  return format(t.fileMode.checkedName, { name: base === "" ? "book" : base });
}

/** «Мониторинг Кванториумов 2024.xlsx». */
export function templateFileName(year: number, t: Strings): string {
  return format(t.fileMode.templateName, { year });
}
