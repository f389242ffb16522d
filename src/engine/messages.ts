import { a1 } from "../domain/cell-address";
import type { Lang, Report } from "../domain/finding";
import { formatRu } from "../domain/iso-date";
import type { MessageTemplate } from "../rules/rule-types";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function show(v: string | number, lang: Lang): string {
  if (typeof v === "string" && ISO.test(v)) return lang === "ru" ? formatRu(v) : v;
  return String(v);
}

/**
 * «Лист «Реестр ОО», ячейка H12 (МБОУ «СОШ № 10»)» — the place every message starts
 * with, naming sheet, cell and school, so a finding reads on its own.
 */
export function placeOf(r: Pick<Report, "sheet" | "row" | "col" | "school">, lang: Lang): string {
  const where =
    lang === "ru" ? `Лист «${r.sheet}», ячейка ${a1(r.row, r.col)}` : `Sheet “${r.sheet}”, cell ${a1(r.row, r.col)}`;
  return r.school ? `${where} (${r.school})` : where;
}

/** Fills {placeholders}; unknown ones stay visible so a template typo shows in tests. */
export function renderMessage(template: MessageTemplate, r: Report, lang: Lang): string {
  const values: Record<string, string | number> = {
    place: placeOf(r, lang),
    sheet: r.sheet,
    cell: a1(r.row, r.col),
    school: r.school ?? "",
    item: r.measure ?? "",
    ...(r.data ?? {}),
  };
  return template[lang].replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? show(values[key], lang) : m));
}
