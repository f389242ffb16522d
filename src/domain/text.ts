import { startsWithWordChar } from "./letters";

/**
 * Text normalisation for matching what people type against what we look for.
 * Headers: case, ё/е, repeated spaces, line breaks, a trailing colon and quotes do not
 * matter; text in brackets is optional (PRODUCT.md §2).
 */
export function normalizeText(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u00a0\u2007\u202f\r\n\t]+/g, " ")
    .replace(/[«»"“”„'’`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Two forms of a header: brackets' content kept (without the brackets) and brackets dropped. */
export function headerForms(raw: string): { full: string; bare: string } {
  const t = normalizeText(raw)
    .replace(/[:：]+$/g, "")
    .trim();
  const full = t
    .replace(/[()[\]]/g, " ")
    .replace(/[:：]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const bare = t
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[:：]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return { full, bare };
}

/**
 * School names as a key: quotes of any kind, spaces, case, ё/е and the «№10»/«№ 10»
 * difference are ignored, so «МБОУ "СОШ №10"» and «мбоу «сош № 10»» are one school.
 */
export function schoolKey(name: string): string {
  return normalizeText(name)
    .replace(/№\s*/g, "№")
    .replace(/\s*-\s*/g, "-")
    .replace(/[.,;]+$/g, "")
    .trim();
}

/** A display form of any cell value, for messages and for matching. */
export function cellText(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "ИСТИНА" : "ЛОЖЬ";
  return String(v).trim();
}

/** «Итого», «Всего» rows are totals, not data. */
export function isTotalsText(s: string): boolean {
  // Cheap first-letter test: this runs on every row of every sheet.
  const first = s.trimStart().charAt(0);
  if (first !== "И" && first !== "и" && first !== "В" && first !== "в") return false;
  // \b knows only Latin letters; «Итого:» needs a Unicode-aware boundary (isLetter, not \p{L},
  // which old webviews reject).
  const norm = normalizeText(s);
  return /^(итого|всего)/.test(norm) && !startsWithWordChar(norm.slice(5));
}

/** A long text cut to at most `max` characters at a word boundary, with «…»; never inside a word. */
export function cutAtWord(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  const head = (space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.–—-]+$/, "");
  return `${head}…`;
}
