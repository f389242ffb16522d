import { detectLayout } from "../../src/detect/detect-layout";
import { checkWorkbook } from "../../src/engine/check";
import { dateInvalid } from "../../src/rules/date-invalid";
import { documentMissing } from "../../src/rules/document-missing";
import {
  brief,
  busyWorkbook,
  context,
  d,
  findingsOf,
  indicatorsSheet,
  monitoring,
  options,
  REGISTRY,
  registrySheet,
  roadmapSheet,
  SCHOOL_A,
  SCHOOL_B,
  sheet,
  workbook,
} from "../helpers/snapshot-builder";

const ITEMS = new Set(Array.from({ length: 40 }, (_, i) => String(i + 1)));

describe("engine regressions found while writing the rule tests", () => {
  it("skips an «Итого» row whose school column holds the total", () => {
    const w = workbook(
      roadmapSheet([{ number: "1" }]),
      sheet(REGISTRY, [
        ["№", "Образовательная организация"],
        [1, SCHOOL_A],
        [2, SCHOOL_B],
        [null, "Итого: 2 ОО"],
      ]),
      indicatorsSheet(),
    );
    expect(context(w).schools.map((s) => s.name)).toEqual([SCHOOL_A, SCHOOL_B]);
  });

  it("gives no finding to an «Итого» row under the per-school steps", () => {
    const w = workbook(
      roadmapSheet([{ number: "8", deadline: "не позднее 25 августа 2024 года" }]),
      sheet(REGISTRY, [
        ["№", "Образовательная организация", "п. 8 Оборудование"],
        [1, SCHOOL_A, "20.08.2024"],
        [null, "Итого", 1],
      ]),
      indicatorsSheet(),
    );
    expect(checkWorkbook(w, options()).findings.filter((f) => f.row === 2)).toEqual([]);
  });

  it("skips a «Всего» row at the bottom of the roadmap", () => {
    const w = workbook(
      roadmapSheet([
        { number: "1", deadline: "29 декабря 2023 года" },
        { number: "", title: "Всего мероприятий: 1" },
      ]),
      registrySheet([]),
      indicatorsSheet(),
    );
    expect(context(w).roadmap.map((e) => e.number)).toEqual(["1"]);
  });

  it("reads step columns under a merged group header on the registry", () => {
    const l = detectLayout(
      workbook(
        sheet(
          REGISTRY,
          [
            ["№", "Образовательная организация", "Исполнение дорожной карты", null],
            [null, null, "п. 8 Оборудование", "п. 9 Фотомониторинг"],
            [1, SCHOOL_A, null, null],
          ],
          { merges: ["A1:A2", "B1:B2", "C1:D1"] },
        ),
      ),
      ITEMS,
    );
    expect(l.steps).toMatchObject({ sheet: REGISTRY, headerRow: 1, firstDataRow: 2, stepColumns: { "8": 2, "9": 3 } });
  });

  it.each(["ru", "en"] as const)("names the school in every %s message about a school's cell", (lang) => {
    const withSchool = checkWorkbook(busyWorkbook(), options({ lang })).findings.filter((f) => f.school);
    expect(withSchool.length).toBeGreaterThan(0);
    expect(withSchool.filter((f) => !f.message.includes(f.school as string)).map((f) => `${f.rule} ${f.cell}`)).toEqual(
      [],
    );
  });

  it("does not call item 13 done without a document when its only date is after the as-of date", () => {
    const w = monitoring([
      { number: "13", deadline: "не позднее 1 октября 2024 года, далее ежеквартально", done: d("02.10.2024") },
    ]);
    expect(findingsOf(documentMissing, w).map(brief)).toEqual([]);
  });

  it("reports an impossible «Срок (дата)» 31.02.2024 instead of silently using the «Срок» text", () => {
    const w = monitoring([{ number: "5", deadline: "не позднее 15 февраля 2024 года", deadlineDate: "31.02.2024" }]);
    expect(findingsOf(dateInvalid, w).map(brief)).toEqual([
      { rule: "date-invalid", messageId: "deadlineImpossible", sheet: "Дорожная карта", cell: "D2", measure: "5" },
    ]);
  });

  it("judges a per-school item with no school columns like a regional one (overdue after its date)", () => {
    const w = monitoring([{ number: "8", deadline: "не позднее 25 августа 2024 года" }]);
    const item = checkWorkbook(w, options()).measures.find((m) => m.number === "8");
    expect(item?.status).toBe("overdue");
  });
});

describe("two-row indicator headers", () => {
  it("reads the indicator codes under a merged «Показатели» group title", () => {
    const l = detectLayout(
      workbook(
        sheet(
          "Показатели",
          [
            ["Образовательная организация", "Отчётный период", "Показатели", null],
            [null, null, "П1", "П3"],
            [SCHOOL_A, "2024-Q3", 500, 40],
          ],
          { merges: ["A1:A2", "B1:B2", "C1:D1"] },
        ),
      ),
      ITEMS,
    );
    expect(l.indicators).toMatchObject({ headerRow: 1, firstDataRow: 2, indicatorColumns: { П1: 2, П3: 3 } });
  });
});

describe("engine review findings", () => {
  const ROAD = "Дорожная карта";
  const header = ["№", "Наименование мероприятия", "Ответственный", "Срок", "Дата исполнения", "Реквизиты документа"];

  it("treats a section heading and page-break continuation rows as part of items, never as items", () => {
    const w = workbook(
      sheet(ROAD, [
        header,
        [null, "Раздел I. Создание Школьных Кванториумов", null, null, null, null],
        [
          "1",
          "Утверждены документы",
          "Региональный координатор",
          "29 декабря 2023 года",
          d("28.12.2023"),
          "Распоряжение",
        ],
        ["2", "Сформирован и утвержден", "Региональный координатор", "не позднее", null, null],
        [null, "инфраструктурный лист", "Федеральный оператор", "25 августа 2024 года", null, null],
        [...header],
        ["3", "Сформирован проект", "Региональный координатор", "до 1 февраля 2024 года", d("30.01.2024"), "Письмо"],
      ]),
      registrySheet([]),
      indicatorsSheet(),
    );
    const ctx = context(w);
    expect(ctx.roadmap.map((e) => [e.number, e.deadline.kind, e.judged.status])).toEqual([
      ["1", "date", "done-on-time"],
      ["2", "not-later-than", "overdue"],
      ["3", "before", "done-on-time"],
    ]);
    expect(ctx.roadmap[1].title).toBe("Сформирован и утвержден инфраструктурный лист");
    expect(checkWorkbook(w, options()).findings.filter((f) => f.row === 1 || f.row === 5)).toEqual([]);
  });

  it("reads a «Срок» typed as a real Excel date", () => {
    const w = monitoring([{ number: "5", deadline: d("15.02.2024") }]);
    const e = context(w).roadmap[0];
    expect([e.deadline.kind, e.occurrences, e.deadlineText]).toEqual(["date", ["2024-02-15"], "15.02.2024"]);
  });

  it("gives every item under a merged «Срок» that deadline, and every school under a merged district its name", () => {
    const w = workbook(
      sheet(
        ROAD,
        [
          ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"],
          ["14", "Первое", "не позднее 1 марта 2024 года", null, null],
          ["15", "Второе", null, null, null],
        ],
        { merges: ["C2:C3"] },
      ),
      sheet(
        REGISTRY,
        [
          ["№", "Муниципальный район", "Образовательная организация"],
          [1, "Лужский район", SCHOOL_A],
          [2, null, SCHOOL_B],
        ],
        { merges: ["B2:B3"] },
      ),
      indicatorsSheet(),
    );
    const ctx = context(w);
    expect(ctx.roadmap.map((e) => e.occurrences)).toEqual([["2024-03-01"], ["2024-03-01"]]);
    expect(ctx.schools.map((s) => s.municipality)).toEqual(["Лужский район", "Лужский район"]);
  });

  it("reports a per-school item missing from the steps sheet once, not as an overdue roadmap row", () => {
    const w = monitoring(
      [
        { number: "6", deadline: "не позднее 30 июня 2024 года" },
        { number: "8", deadline: "не позднее 25 августа 2024 года" },
      ],
      [{ name: SCHOOL_A }],
      ["8"],
    );
    const found = checkWorkbook(w, options()).findings.map((f) => [f.rule, f.sheet, f.measure ?? null]);
    expect(found).toContainEqual(["structure-missing-column", REGISTRY, "6"]);
    expect(found.filter(([rule, sheetName]) => rule === "deadline-overdue" && sheetName === ROAD)).toEqual([]);
  });

  it("judges several dates in «Срок (дата)» as several due dates", () => {
    const w = monitoring([
      {
        number: "2",
        deadline: "Согласно графику, направляемому федеральным оператором",
        deadlineDate: "15.03.2024; 15.06.2024",
        done: "14.03.2024; 14.06.2024",
      },
    ]);
    const e = context(w).roadmap[0];
    expect([e.occurrences, e.judged.status]).toEqual([["2024-03-15", "2024-06-15"], "done-on-time"]);
  });

  it("reads «Год создания» typed as a date", () => {
    const w = workbook(
      roadmapSheet([{ number: "1" }]),
      sheet(REGISTRY, [
        ["№", "Образовательная организация", "Год создания"],
        [1, SCHOOL_A, d("01.09.2025")],
      ]),
      indicatorsSheet(),
    );
    expect(context(w).schools[0].creationYear).toBe(2025);
  });

  it("does not take «#N/A» or TRUE in the school column for schools", () => {
    const w = workbook(
      roadmapSheet([{ number: "1" }]),
      sheet(REGISTRY, [
        ["№", "Образовательная организация"],
        [1, SCHOOL_A],
        [2, "#N/A"],
        [3, true],
      ]),
      indicatorsSheet(),
    );
    expect(context(w).schools.map((s) => s.name)).toEqual([SCHOOL_A]);
  });
});

describe("working days outside the production calendar", () => {
  it("says a due date counted in working days beyond the calendar data is approximate", () => {
    const w = monitoring([
      {
        number: "20",
        title: "Отчёт за квартал",
        deadline: "не позднее 5 рабочего дня месяца, следующего за отчетным кварталом",
      },
    ]);
    const inside = checkWorkbook(w, options({ asOf: "2024-05-20", roadmapYear: 2024 }));
    const outside = checkWorkbook(w, options({ asOf: "2031-05-20", roadmapYear: 2031 }));
    const overdue = (r: typeof inside) => r.findings.filter((f) => f.rule === "deadline-overdue");
    expect(overdue(inside).length).toBeGreaterThan(0);
    expect(overdue(inside).every((f) => !f.message.includes("приблизительный"))).toBe(true);
    expect(overdue(outside).length).toBeGreaterThan(0);
    expect(overdue(outside).every((f) => f.message.includes("Срок приблизительный"))).toBe(true);
  });
});
