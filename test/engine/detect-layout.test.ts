import { detectLayout, isOwnSheet } from "../../src/detect/detect-layout";
import type { LayoutOverrides } from "../../src/detect/layout-types";
import type { WorkbookSnapshot } from "../../src/domain/snapshot";
import {
  type CellInput,
  context,
  d,
  indicatorsSheet,
  mergedRoadmapSheet,
  REGISTRY,
  registrySheet,
  ROADMAP,
  roadmapSheet,
  SCHOOL_A,
  SCHOOL_B,
  sheet,
  workbook,
} from "../helpers/snapshot-builder";

const ITEMS = new Set(Array.from({ length: 40 }, (_, i) => String(i + 1)));
const detect = (w: WorkbookSnapshot, overrides?: LayoutOverrides) => detectLayout(w, ITEMS, overrides);
const roadmapOnly = (rows: CellInput[][], merges?: string[]) => detect(workbook(sheet(ROADMAP, rows, { merges })));
const ITEM_ROW = ["1", "Мероприятие", "29 декабря 2023 года", null, null, null];

describe("layout detection: header row", () => {
  it("finds the header under two title rows and an empty row", () => {
    const l = roadmapOnly([
      ["Комплекс мер (дорожная карта) на 2024 год"],
      ["Распоряжение от 28.12.2023 № 3537-р"],
      [],
      ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"],
      ITEM_ROW,
    ]).roadmap;
    expect(l).toMatchObject({ sheet: ROADMAP, headerRow: 3, firstDataRow: 4, lastDataRow: 4 });
    expect(l?.columns).toEqual({ number: 0, title: 1, deadline: 2, doneDate: 3, document: 4 });
  });

  it("leaves extra columns in any order alone", () => {
    const l = roadmapOnly([
      ["Реквизиты документа", "Куратор", "Дата исполнения", "Срок", "Наименование мероприятия", "№"],
      [null, "Иванов", null, "29 декабря 2023 года", "Мероприятие", "1"],
    ]).roadmap;
    expect(l?.columns).toEqual({ document: 0, doneDate: 2, deadline: 3, title: 4, number: 5 });
  });
});

describe("layout detection: header synonyms", () => {
  // Each header variant must land on its key; the other required columns are plain.
  it.each<[string, string, string]>([
    ["upper case and repeated spaces", "НАИМЕНОВАНИЕ   МЕРОПРИЯТИЯ", "title"],
    ["a line break inside", "Дата\nисполнения", "doneDate"],
    ["a trailing colon", "Реквизиты документа:", "document"],
    ["ё written as е", "Ответственный (исполнитель)", "responsible"],
    ["text in brackets", "Срок исполнения (по распоряжению)", "deadline"],
    ["a synonym «Факт»", "Факт", "doneDate"],
    ["a synonym «Фактическая дата»", "Фактическая дата", "doneDate"],
    ["a synonym «Подтверждающий документ»", "Подтверждающий документ", "document"],
    ["a synonym «Мероприятие»", "Мероприятие", "title"],
    ["a synonym «№ п/п» over a line break", "№\nп/п", "number"],
    ["a synonym «Плановая дата»", "Плановая дата", "deadlineDate"],
    ["a non-breaking space", "Дата\u00a0исполнения", "doneDate"],
  ])("matches a header with %s: «%s» → %s", (_why, header, key) => {
    const base: Record<string, string> = {
      number: "№",
      title: "Наименование мероприятия",
      deadline: "Срок",
      doneDate: "Дата исполнения",
      document: "Реквизиты документа",
    };
    const headers = { ...base, [key]: header };
    const keys = Object.keys(headers);
    const l = roadmapOnly([keys.map((k) => headers[k]), ITEM_ROW]).roadmap;
    expect(l?.columns[key]).toBe(keys.indexOf(key));
  });

  it("matches «Отчётный период» written with е on the indicators sheet", () => {
    const l = detect(
      workbook(
        sheet("Показатели", [
          ["Школа", "Отчетный период:", "П1"],
          [SCHOOL_A, "3 кв. 2024", 1],
        ]),
      ),
    );
    expect(l.indicators?.columns).toMatchObject({ school: 0, period: 1 });
    expect(l.indicators?.indicatorColumns).toEqual({ П1: 2 });
  });
});

describe("layout detection: «Срок» and «Срок (дата)»", () => {
  it.each<[string, string[], Record<string, number>]>([
    [
      "«Срок» before «Срок (дата)»",
      ["№", "Мероприятие", "Срок", "Срок (дата)", "Факт", "Реквизиты"],
      { deadline: 2, deadlineDate: 3 },
    ],
    [
      "«Срок (дата)» before «Срок»",
      ["№", "Мероприятие", "Срок (дата)", "Срок", "Факт", "Реквизиты"],
      { deadlineDate: 2, deadline: 3 },
    ],
    [
      "«Срок исполнения» and «Срок исполнения (дата)»",
      ["№", "Мероприятие", "Срок исполнения (дата)", "Срок исполнения", "Факт", "Реквизиты"],
      { deadlineDate: 2, deadline: 3 },
    ],
  ])("puts the text and the date on different keys: %s", (_name, headers, expected) => {
    const l = roadmapOnly([headers, ITEM_ROW]).roadmap;
    expect(l?.columns).toMatchObject({ ...expected, doneDate: 4, document: 5 });
  });
});

describe("layout detection: merged headers and the numbering row", () => {
  it("reads a header merged over two rows and skips the «1 2 3 …» row under it", () => {
    const l = detect(workbook(mergedRoadmapSheet([{ number: "1" }]))).roadmap;
    expect(l).toMatchObject({ headerRow: 2, firstDataRow: 4 });
    expect(l?.columns).toEqual({ number: 0, title: 1, deadline: 2, deadlineDate: 3, doneDate: 4, document: 5 });
  });

  it("reads a group header «Срок» merged over «текст» and «дата» below it", () => {
    const l = roadmapOnly(
      [
        ["№ п/п", "Наименование мероприятия", "Срок", null, "Дата исполнения", "Реквизиты документа"],
        [null, null, "текст", "дата", null, null],
        ITEM_ROW,
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"],
    ).roadmap;
    expect(l).toMatchObject({ headerRow: 1, firstDataRow: 2 });
    expect(l?.columns).toEqual({ number: 0, title: 1, deadline: 2, deadlineDate: 3, doneDate: 4, document: 5 });
  });

  it.each<[string, CellInput[]]>([
    ["numbers", [1, 2, 3, 4, 5]],
    ["text with dots", ["1.", "2.", "3.", "4.", "5."]],
    ["text", ["1", "2", "3", "4", "5"]],
  ])("skips a numbering row written as %s", (_name, numbering) => {
    const l = roadmapOnly([
      ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"],
      numbering,
      ITEM_ROW,
    ]).roadmap;
    expect(l?.firstDataRow).toBe(2);
  });

  it("keeps a first item row that merely starts with a number", () => {
    const l = roadmapOnly([
      ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"],
      ITEM_ROW,
    ]).roadmap;
    expect(l?.firstDataRow).toBe(1);
  });
});

describe("layout detection: roles", () => {
  it.each<[string, string]>([
    ["Дорожная карта", "roadmap"],
    ["Комплекс мер", "roadmap"],
    ["Реестр ОО", "registry"],
    ["Школы", "registry"],
    ["Реестр", "registry"],
    ["Мониторинг по ОО", "steps"],
    ["Показатели", "indicators"],
    ["Индикаторы", "indicators"],
    ["Правила показателей", "indicatorRules"],
    ["Перечень показателей", "indicatorRules"],
  ])("gives the sheet «%s» the role %s by its name", (name, role) => {
    const l = detect(workbook(sheet(name, [["что-то"], ["ещё"]])));
    expect(Object.keys(l)).toEqual([role]);
    expect(l[role as keyof typeof l]?.sheet).toBe(name);
  });

  it("tells «Правила показателей» from «Показатели» in one workbook", () => {
    const l = detect(workbook(sheet("Показатели", [["x"]]), sheet("Правила показателей", [["x"]])));
    expect(l.indicators?.sheet).toBe("Показатели");
    expect(l.indicatorRules?.sheet).toBe("Правила показателей");
  });

  it("recognises unnamed sheets by their headers alone", () => {
    const l = detect(
      workbook(
        sheet("Лист1", [
          ["Образовательная организация", "Муниципальный район", "ИНН"],
          [SCHOOL_A, "Лужский", "47"],
        ]),
        sheet("Лист2", [["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"], ITEM_ROW]),
        sheet("Лист3", [
          ["ОО", "Отчётный период", "П1"],
          [SCHOOL_A, "3 кв. 2024", 1],
        ]),
      ),
    );
    expect(l.registry?.sheet).toBe("Лист1");
    expect(l.roadmap?.sheet).toBe("Лист2");
    expect(l.indicators?.sheet).toBe("Лист3");
  });

  it("leaves a sheet of unrelated text without a role", () => {
    const l = detect(workbook(sheet("Лист1", [["Контакты"], ["Иванов", "+7 900 000-00-00"]])));
    expect(l).toEqual({});
  });

  it("never reads its own sheets or hidden ones", () => {
    const rows = [["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"], ITEM_ROW];
    const l = detect(
      workbook(
        sheet("Замечания", rows),
        sheet("Отчёт 3 кв. 2024", rows),
        sheet("Дорожная карта (архив)", rows, { visibility: "hidden" }),
        sheet("_kvantorium_state", rows, { visibility: "veryHidden" }),
      ),
    );
    expect(l).toEqual({});
    expect(["Замечания", "Отчёт 3 кв. 2024", "_kvantorium_state", "Issues"].every(isOwnSheet)).toBe(true);
  });
});

describe("layout detection: the registry doubling as the steps sheet", () => {
  it.each<[string, string]>([
    ["п. 8 Оборудование получено", "8"],
    ["8. Оборудование получено", "8"],
    ["Пункт 8", "8"],
    ["Оборудование получено (п.8)", "8"],
    ["п.12 Начало работы", "12"],
  ])("finds the step column «%s» as item %s", (header, item) => {
    const l = detect(
      workbook(
        sheet(REGISTRY, [
          ["№", "Образовательная организация", "Год создания", header],
          [1, SCHOOL_A, 2024, null],
        ]),
      ),
    );
    expect(l.registry?.stepColumns).toEqual({ [item]: 3 });
    expect(l.steps).toMatchObject({ role: "steps", sheet: REGISTRY, stepColumns: { [item]: 3 } });
    expect(l.steps?.columns.school).toBe(1);
  });

  it("reads step columns under a merged group header on a «Мониторинг по ОО» sheet", () => {
    const l = detect(
      workbook(
        registrySheet([{ name: SCHOOL_A }]),
        sheet(
          "Мониторинг по ОО",
          [
            ["№", "Образовательная организация", "Исполнение дорожной карты", null],
            [null, null, "п. 8 Оборудование", "п. 9 Фотомониторинг"],
            [1, SCHOOL_A, null, null],
          ],
          { merges: ["A1:A2", "B1:B2", "C1:D1"] },
        ),
      ),
    );
    expect(l.steps).toMatchObject({
      sheet: "Мониторинг по ОО",
      headerRow: 1,
      firstDataRow: 2,
      columns: { school: 1 },
      stepColumns: { "8": 2, "9": 3 },
    });
  });

  it("prefers a separate «Мониторинг по ОО» sheet for the steps", () => {
    const l = detect(
      workbook(
        registrySheet([{ name: SCHOOL_A }]),
        sheet("Мониторинг по ОО", [
          ["Образовательная организация", "п. 8 Оборудование"],
          [SCHOOL_A, null],
        ]),
      ),
    );
    expect(l.registry?.sheet).toBe(REGISTRY);
    expect(l.steps).toMatchObject({ sheet: "Мониторинг по ОО", stepColumns: { "8": 1 } });
  });
});

describe("layout detection: the mapping set by hand", () => {
  const rows = [["Пункт", "Что сделать", "Когда", "Сделано", "Основание", "Отметка"], ITEM_ROW];

  it("uses a sheet chosen by hand whatever its name", () => {
    const l = detect(workbook(sheet("Данные", rows), sheet("Дорожная карта", [["x"]])), {
      sheets: { roadmap: "Данные" },
    });
    expect(l.roadmap?.sheet).toBe("Данные");
  });

  it("puts columns chosen by hand (letters) over what the headers say", () => {
    const l = detect(workbook(sheet("Дорожная карта", [...rows])), {
      columns: { roadmap: { title: "B", deadline: "C", doneDate: "F", document: "E" } },
    });
    expect(l.roadmap?.columns).toMatchObject({ title: 1, deadline: 2, doneDate: 5, document: 4 });
  });

  it("overrides a detected column", () => {
    const l = detect(workbook(roadmapSheet([{ number: "1" }])), { columns: { roadmap: { doneDate: "F" } } });
    expect(l.roadmap?.columns.doneDate).toBe(5);
  });

  it("ignores a mapping to a sheet that does not exist and falls back to detection", () => {
    const l = detect(workbook(roadmapSheet([{ number: "1" }])), { sheets: { roadmap: "Нет такого" } });
    expect(l.roadmap?.sheet).toBe(ROADMAP);
  });

  it("checks the hand-mapped done-date column", () => {
    const w = workbook(
      sheet("Данные", [
        ["Пункт", "Что сделать", "Когда", "Отметка", "Сделано"],
        ["5", "Закупки", "не позднее 15 февраля 2024 года", "в работе", d("14.02.2024")],
      ]),
      registrySheet([{ name: SCHOOL_A }]),
      indicatorsSheet(),
    );
    const ctx = context(w, {
      mapping: {
        sheets: { roadmap: "Данные" },
        columns: { roadmap: { number: "A", title: "B", deadline: "C", doneDate: "E" } },
      },
    });
    expect(ctx.roadmap.map((e) => [e.number, e.judged.status])).toEqual([["5", "done-on-time"]]);
  });
});

describe("data rows", () => {
  it("skips notes under the roadmap table", () => {
    const w = workbook(
      sheet(ROADMAP, [
        ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"],
        ["1", "Мероприятие", "29 декабря 2023 года", d("28.12.2023"), "Распоряжение"],
        [],
        ["* Сроки указаны в соответствии с распоряжением."],
        ["Примечание: даты по графику вносятся в «Срок (дата)»."],
      ]),
      registrySheet([{ name: SCHOOL_A }]),
      indicatorsSheet(),
    );
    expect(context(w).roadmap.map((e) => e.number)).toEqual(["1"]);
  });

  it("skips empty rows between schools", () => {
    const w = workbook(
      roadmapSheet([{ number: "1" }]),
      sheet(REGISTRY, [["№", "Образовательная организация"], [1, SCHOOL_A], [], [null, "  "], [2, SCHOOL_B]]),
      indicatorsSheet(),
    );
    expect(context(w).schools.map((s) => [s.name, s.row])).toEqual([
      [SCHOOL_A, 1],
      [SCHOOL_B, 4],
    ]);
  });

  it("skips an «Итого» row that has only a count in the № column", () => {
    const w = workbook(
      roadmapSheet([{ number: "1" }]),
      sheet(REGISTRY, [
        ["№", "Образовательная организация"],
        [1, SCHOOL_A],
        ["Итого: 1 ОО", null],
      ]),
      indicatorsSheet(),
    );
    expect(context(w).schools.map((s) => s.name)).toEqual([SCHOOL_A]);
  });

  it("reads the roadmap's items from «1.» in the № column", () => {
    const w = workbook(roadmapSheet([{ number: "1." }, { number: "5." }]), registrySheet([]), indicatorsSheet());
    expect(context(w).roadmap.map((e) => e.number)).toEqual(["1", "5"]);
  });
});
