import { en, ru } from "make-plural/cardinals";
import type { Lang } from "../domain/finding";

/** Word forms per CLDR plural category: Russian uses one/few/many, English one/other. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * CLDR's cardinal rules compiled to functions (make-plural), not Intl.PluralRules: the same
 * data, but also in Safari 12 and other webviews without it (PRODUCT.md §7), and the same
 * answer in every browser whatever its Intl data.
 */
const RULES: Record<Lang, (n: number) => string> = { ru, en };

/** The form of a word for a count: «1 день», «2 дня», «5 дней»; "1 day", "2 days". */
export function pluralForm(lang: Lang, n: number, forms: PluralForms): string {
  const category = RULES[lang](n) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

const WORDS = {
  error: {
    ru: { one: "ошибка", few: "ошибки", many: "ошибок", other: "ошибки" },
    en: { one: "error", other: "errors" },
  },
  warning: {
    ru: { one: "предупреждение", few: "предупреждения", many: "предупреждений", other: "предупреждения" },
    en: { one: "warning", other: "warnings" },
  },
  info: {
    ru: { one: "сведение", few: "сведения", many: "сведений", other: "сведения" },
    en: { one: "note", other: "notes" },
  },
  finding: {
    ru: { one: "замечание", few: "замечания", many: "замечаний", other: "замечания" },
    en: { one: "finding", other: "findings" },
  },
  day: { ru: { one: "день", few: "дня", many: "дней", other: "дня" }, en: { one: "day", other: "days" } },
  school: { ru: { one: "школа", few: "школы", many: "школ", other: "школы" }, en: { one: "school", other: "schools" } },
  cell: { ru: { one: "ячейка", few: "ячейки", many: "ячеек", other: "ячейки" }, en: { one: "cell", other: "cells" } },
  step: {
    ru: { one: "пункт", few: "пункта", many: "пунктов", other: "пункта" },
    en: { one: "item", other: "items" },
  },
  overdueItem: {
    ru: {
      one: "просроченный пункт",
      few: "просроченных пункта",
      many: "просроченных пунктов",
      other: "просроченного пункта",
    },
    en: { one: "overdue item", other: "overdue items" },
  },
  dataError: {
    ru: { one: "ошибка в данных", few: "ошибки в данных", many: "ошибок в данных", other: "ошибки в данных" },
    en: { one: "data error", other: "data errors" },
  },
  overdueSchool: {
    ru: { one: "школа просрочила", few: "школы просрочили", many: "школ просрочили", other: "школы просрочили" },
    en: { one: "school overdue", other: "schools overdue" },
  },
} satisfies Record<string, Record<Lang, PluralForms>>;

export type CountedWord = keyof typeof WORDS;

export function isCountedWord(word: string): word is CountedWord {
  return Object.prototype.hasOwnProperty.call(WORDS, word);
}

/** "3 ошибки", "1 warning": the number and the word in its form. */
export function countText(lang: Lang, n: number, word: CountedWord): string {
  return `${n} ${pluralForm(lang, n, WORDS[word][lang])}`;
}
