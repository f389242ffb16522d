import type { MonitorErrorCode } from "../app/workbook-gateway";

/**
 * Russian UI strings — the reference dictionary: en.ts must have exactly the same keys
 * (the Strings type and a test enforce it). Placeholders are {name}, filled by format().
 */
export const ru = {
  appTitle: "Мониторинг Школьных Кванториумов",
  loading: "Загрузка…",
  actions: {
    groupLabel: "Действия",
    check: "Проверить",
    report: "Сформировать отчёт",
    clear: "Снять выделение",
    template: "Создать шаблон",
  },
  settings: {
    title: "Параметры проверки",
    asOf: "Дата проверки",
    asOfHint: "По умолчанию — сегодня",
    quarter: "Отчётный квартал",
    quarterAuto: "Авто (последний начавшийся)",
    dueSoonDays: "Предупреждать о сроке за, дней",
    creationYear: "Год создания Кванториума",
    creationYearHint: "Пусто — взять из реестра",
  },
  quarterLabel: "{q} кв. {year}",
  mapping: {
    title: "Сопоставление листов и столбцов",
    load: "Определить листы",
    hint: "Если лист не найден автоматически, введите его имя. Сопоставление сохраняется в книге.",
    sheetFor: "Лист «{role}»",
    notFound: "не найден",
    auto: "найден автоматически",
    manual: "указан вручную",
    columns: "Столбцы: {list}",
    save: "Сохранить сопоставление",
    saved: "Сопоставление сохранено в книге.",
    roles: {
      roadmap: "Дорожная карта",
      registry: "Реестр ОО",
      steps: "Мониторинг по ОО",
      indicators: "Показатели",
      indicatorRules: "Правила показателей",
    },
  },
  progress: {
    read: "Чтение книги…",
    check: "Проверка…",
    paint: "Раскраска ячеек…",
    write: "Запись листов…",
    done: "Готово",
    working: "Выполняется…",
  },
  results: {
    title: "Замечания",
    none: "Замечаний нет. Всё заполнено верно.",
    notRun: "Нажмите «Проверить», чтобы увидеть замечания.",
    summary: "Ошибок: {errors}, предупреждений: {warnings}, сведений: {info}. Проверено ячеек: {cells}.",
    errors: "Ошибки: {n}",
    warnings: "Предупреждения: {n}",
    info: "Сведения: {n}",
    filterSeverity: "Показывать",
    filterAll: "Все",
    filterErrors: "Только ошибки",
    filterWarnings: "Только предупреждения",
    filterInfo: "Только сведения",
    search: "Поиск по замечаниям",
    noSchool: "Общие замечания",
    shown: "Показано {shown} из {total}.",
    showMore: "Показать ещё",
    nothingMatches: "Под фильтр ничего не подходит.",
    goToCell: "Перейти к ячейке {cell} на листе «{sheet}»",
    reportDone: "Отчёт сформирован на листе «{sheet}».",
    cleared: "Выделение снято, исходное оформление ячеек восстановлено.",
    templateDone: "Шаблон книги мониторинга создан.",
  },
  legend: {
    title: "Условные обозначения",
    noFill: "без цвета",
  },
  fileMode: {
    title: "Книга мониторинга",
    intro:
      "Выберите файл .xlsx на компьютере или перетащите его сюда. Файл проверяется прямо на этой странице и никуда не отправляется.",
    open: "Открыть файл .xlsx",
    openAnother: "Открыть другой файл",
    dropHere: "или перетащите файл сюда",
    dropNow: "Отпустите, чтобы открыть файл",
    opening: "Открываю файл…",
    current: "Открыт файл: {name}",
    download: "Скачать проверенную книгу",
    downloadHint: "Книга с раскраской, листом «Замечания» и отчётом, если он сформирован.",
    checkedName: "{name} — проверено.xlsx",
    templateName: "Мониторинг Кванториумов {year}.xlsx",
  },
  close: "Закрыть",
  errorTitle: "Не получилось",
  errorSheet: "Лист: «{sheet}».",
  errors: {
    "file-not-found": "Файл не найден. Проверьте имя и папку файла и попробуйте ещё раз.",
    "not-xlsx": "Это не книга Excel в формате .xlsx. Сохраните файл как «Книга Excel (.xlsx)» и откройте снова.",
    encrypted: "Книга защищена паролем. Снимите пароль (Файл → Сведения → Защита книги), сохраните и попробуйте снова.",
    corrupt: "Файл повреждён и не читается. Откройте его в Excel, сохраните заново как .xlsx и попробуйте снова.",
    "empty-workbook": "В книге нет данных. Откройте книгу мониторинга или нажмите «Создать шаблон».",
    "no-sheets-recognised":
      "Не найден ни один лист мониторинга. Укажите листы вручную в разделе «Сопоставление листов и столбцов».",
    "sheet-protected":
      "Лист защищён, поэтому надстройка не может раскрасить ячейки. Снимите защиту (Рецензирование → Снять защиту листа) и нажмите «Проверить» ещё раз.",
    "cell-editing": "Excel ждёт, пока вы закончите ввод в ячейку. Нажмите Enter или Esc и повторите действие.",
    "api-not-supported":
      "Эта версия Excel не поддерживает нужную функцию. Обновите Office или откройте книгу в Excel в браузере.",
    "sheet-missing":
      "Нужный лист не найден — возможно, его переименовали или удалили. Проверьте сопоставление листов и повторите.",
    "output-is-input": "Нельзя записать результат поверх исходного файла. Укажите другое имя файла.",
    "output-not-writable":
      "Не удалось записать файл. Проверьте, что папка доступна для записи и файл не открыт в другой программе.",
    "bad-argument": "Неверное значение параметра. Проверьте дату, квартал и год в параметрах проверки.",
    unknown: "Что-то пошло не так. Повторите действие; если ошибка повторяется, закройте и снова откройте книгу.",
  } satisfies Record<MonitorErrorCode, string>,
};

/** The shape every dictionary must have (string leaves, same keys as ru). */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Strings = Widen<typeof ru>;
