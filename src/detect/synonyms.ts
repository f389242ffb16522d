import type { Role } from "./layout-types";

/**
 * Header synonyms per role and column key, written as people write them (PRODUCT.md §2).
 * They are compared after `headerForms` normalisation, so case, ё, brackets and colons
 * do not matter here.
 */
export interface ColumnSpec {
  key: string;
  synonyms: string[];
  required?: boolean;
  /** Human name for «structure-missing-column» messages. */
  label: { ru: string; en: string };
}

export const COLUMN_SPECS: Readonly<Record<Role, ColumnSpec[]>> = {
  roadmap: [
    { key: "number", synonyms: ["№", "№ п/п", "n п/п", "номер", "№ пп", "n"], label: { ru: "№", en: "No." } },
    {
      key: "title",
      synonyms: ["наименование мероприятия", "мероприятие", "наименование", "мероприятия"],
      required: true,
      label: { ru: "Наименование мероприятия", en: "Activity" },
    },
    {
      key: "responsible",
      synonyms: ["ответственный", "ответственный исполнитель", "исполнитель", "ответственные"],
      label: { ru: "Ответственный", en: "Responsible" },
    },
    { key: "result", synonyms: ["результат", "ожидаемый результат"], label: { ru: "Результат", en: "Result" } },
    {
      key: "deadline",
      synonyms: ["срок", "срок исполнения", "срок выполнения", "срок реализации", "сроки", "срок исполнения текст"],
      required: true,
      label: { ru: "Срок", en: "Deadline" },
    },
    {
      key: "deadlineDate",
      synonyms: ["срок дата", "плановая дата", "срок исполнения дата", "плановый срок дата", "дата срока"],
      label: { ru: "Срок (дата)", en: "Deadline (date)" },
    },
    {
      key: "doneDate",
      synonyms: [
        "дата исполнения",
        "факт",
        "фактическая дата",
        "дата выполнения",
        "фактический срок",
        "фактическое исполнение",
        "дата фактического исполнения",
        "исполнено дата",
      ],
      required: true,
      label: { ru: "Дата исполнения", en: "Date done" },
    },
    {
      key: "document",
      synonyms: [
        "реквизиты документа",
        "подтверждающий документ",
        "реквизиты",
        "документ",
        "реквизиты подтверждающего документа",
      ],
      required: true,
      label: { ru: "Реквизиты документа", en: "Document reference" },
    },
    { key: "status", synonyms: ["статус", "состояние"], label: { ru: "Статус", en: "Status" } },
    { key: "note", synonyms: ["примечание", "примечания", "комментарий"], label: { ru: "Примечание", en: "Note" } },
    { key: "level", synonyms: ["уровень", "уровень исполнения"], label: { ru: "Уровень", en: "Level" } },
  ],
  registry: [
    { key: "number", synonyms: ["№", "№ п/п", "n п/п", "номер"], label: { ru: "№", en: "No." } },
    {
      key: "municipality",
      synonyms: [
        "муниципальный район",
        "муниципальное образование",
        "район",
        "мо",
        "муниципалитет",
        "муниципальный район городской округ",
      ],
      label: { ru: "Муниципальный район", en: "Municipality" },
    },
    {
      key: "school",
      synonyms: [
        "образовательная организация",
        "наименование оо",
        "полное наименование",
        "наименование образовательной организации",
        "общеобразовательная организация",
        "наименование общеобразовательной организации",
        "оо",
        "школа",
        "организация",
      ],
      required: true,
      label: { ru: "Образовательная организация", en: "School" },
    },
    { key: "inn", synonyms: ["инн"], label: { ru: "ИНН", en: "INN" } },
    { key: "address", synonyms: ["адрес", "адрес оо", "юридический адрес"], label: { ru: "Адрес", en: "Address" } },
    {
      key: "responsible",
      synonyms: ["ответственный", "ответственное лицо", "руководитель кванториума"],
      label: { ru: "Ответственный", en: "Responsible" },
    },
    {
      key: "creationYear",
      synonyms: ["год создания", "год создания кванториума", "год открытия"],
      label: { ru: "Год создания", en: "Year created" },
    },
  ],
  steps: [
    {
      key: "school",
      synonyms: [
        "образовательная организация",
        "наименование оо",
        "полное наименование",
        "наименование образовательной организации",
        "общеобразовательная организация",
        "оо",
        "школа",
      ],
      required: true,
      label: { ru: "Образовательная организация", en: "School" },
    },
    {
      key: "municipality",
      synonyms: ["муниципальный район", "муниципальное образование", "район", "мо"],
      label: { ru: "Муниципальный район", en: "Municipality" },
    },
  ],
  indicators: [
    {
      key: "school",
      synonyms: [
        "образовательная организация",
        "наименование оо",
        "полное наименование",
        "общеобразовательная организация",
        "оо",
        "школа",
      ],
      required: true,
      label: { ru: "Образовательная организация", en: "School" },
    },
    {
      key: "municipality",
      synonyms: ["муниципальный район", "муниципальное образование", "район", "мо"],
      label: { ru: "Муниципальный район", en: "Municipality" },
    },
    {
      key: "period",
      synonyms: ["отчетный период", "период", "квартал", "отчетный квартал"],
      required: true,
      label: { ru: "Отчётный период", en: "Reporting period" },
    },
  ],
  indicatorRules: [
    { key: "code", synonyms: ["код", "код показателя"], required: true, label: { ru: "Код", en: "Code" } },
    {
      key: "name",
      synonyms: ["показатель", "наименование показателя", "наименование"],
      required: true,
      label: { ru: "Показатель", en: "Indicator" },
    },
    {
      key: "unit",
      synonyms: ["ед. изм.", "ед изм", "единица измерения", "ед. изм"],
      label: { ru: "Ед. изм.", en: "Unit" },
    },
    { key: "type", synonyms: ["тип", "тип значения"], label: { ru: "Тип", en: "Type" } },
    { key: "min", synonyms: ["мин.", "мин", "минимум", "минимальное значение"], label: { ru: "Мин.", en: "Min" } },
    { key: "max", synonyms: ["макс.", "макс", "максимум", "максимальное значение"], label: { ru: "Макс.", en: "Max" } },
    {
      key: "plan",
      synonyms: ["целевое значение", "план", "плановое значение", "годовой план", "целевое значение на год"],
      label: { ru: "Целевое значение", en: "Annual plan" },
    },
    { key: "notAbove", synonyms: ["не больше", "не более"], label: { ru: "Не больше", en: "Not above" } },
    {
      key: "cumulative",
      synonyms: ["накопительный", "накопительный итог", "нарастающим итогом"],
      label: { ru: "Накопительный", en: "Cumulative" },
    },
  ],
};

/** Sheet-name synonyms per role; compared as substrings of the normalised sheet name. */
export const SHEET_NAME_SYNONYMS: Readonly<Record<Role, string[]>> = {
  roadmap: ["дорожная карта", "комплекс мер", "дк", "план мероприятий"],
  registry: ["реестр оо", "реестр", "школы", "перечень оо"],
  steps: ["мониторинг по оо", "мониторинг оо", "исполнение по оо", "этапы по оо"],
  indicators: ["показатели", "индикаторы"],
  indicatorRules: ["правила показателей", "перечень показателей", "справочник показателей"],
};

export const ROLE_LABEL: Readonly<Record<Role, { ru: string; en: string }>> = {
  roadmap: { ru: "Дорожная карта", en: "Roadmap" },
  registry: { ru: "Реестр ОО", en: "School registry" },
  steps: { ru: "Мониторинг по ОО", en: "School steps" },
  indicators: { ru: "Показатели", en: "Indicators" },
  indicatorRules: { ru: "Правила показателей", en: "Indicator rules" },
};
