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
