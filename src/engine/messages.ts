import { a1 } from "../domain/cell-address";
import type { Lang, Report } from "../domain/finding";
import { formatRu } from "../domain/iso-date";
import { countText, isCountedWord } from "../i18n/plural";
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

/** `{days}` is the value; `{days:day}` is the number with its word in the right plural form. */
type Part = string | { key: string; word?: string };

// Templates are split once: rendering tens of thousands of findings is then concatenation.
const compiled = new WeakMap<MessageTemplate, Record<Lang, Part[]>>();

function compile(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)(?::(\w+))?\}/g)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(m[2] ? { key: m[1], word: m[2] } : { key: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function partsOf(template: MessageTemplate, lang: Lang): Part[] {
  let c = compiled.get(template);
  if (!c) compiled.set(template, (c = { ru: compile(template.ru), en: compile(template.en) }));
  return c[lang];
}

function valueOf(key: string, r: Report, lang: Lang): string | number | undefined {
  if (r.data && key in r.data) return r.data[key];
  switch (key) {
    case "place":
      return placeOf(r, lang);
    case "sheet":
      return r.sheet;
    case "cell":
      return a1(r.row, r.col);
    case "school":
      return r.school ?? "";
    case "item":
      return r.measure ?? "";
    default:
      return undefined;
  }
}

/** Fills {placeholders}; unknown ones stay visible so a template typo shows in tests. */
export function renderMessage(template: MessageTemplate, r: Report, lang: Lang): string {
  let out = "";
  for (const p of partsOf(template, lang)) {
    if (typeof p === "string") out += p;
    else {
      const v = valueOf(p.key, r, lang);
      if (v === undefined) out += `{${p.key}}`;
      else if (p.word && isCountedWord(p.word) && typeof v === "number") out += countText(lang, v, p.word);
      else out += show(v, lang);
    }
  }
  return out;
}

/**
 * The message without its leading place, for lists already grouped by sheet and school
 * that show the cell separately (the task pane).
 */
export function messageWithoutPlace(
  f: Pick<Report, "sheet" | "row" | "col" | "school"> & { message: string },
  lang: Lang,
): string {
  const prefix = `${placeOf(f, lang)}: `;
  if (!f.message.startsWith(prefix)) return f.message;
  const rest = f.message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
