import type { Lang } from "../domain/finding";
import { en } from "./en";
import { ru, type Strings } from "./ru";

export type { Strings };
export { ru, en };

export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : ru;
}

/** Russian unless Office's display language is known and is not Russian (PRODUCT.md §1). */
export function langFromDisplayLanguage(code: string | null | undefined): Lang {
  if (!code) return "ru";
  return code.toLowerCase().startsWith("ru") ? "ru" : "en";
}

/** Fills {name} placeholders; unknown placeholders are left visible so a missing value is noticed. */
export function format(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
