import { structureMissingColumn } from "../../src/rules/structure-missing-column";
import {
  type CellInput,
  findingsOf,
  indicatorsSheet,
  mergedRoadmapSheet,
  monitoring,
  REGISTRY,
  registrySheet,
  ROADMAP,
  SCHOOL_A,
  sheet,
  testRule,
  workbook,
} from "../helpers/snapshot-builder";

const withRoadmap = (rows: CellInput[][], merges?: string[]) =>
  workbook(sheet(ROADMAP, rows, { merges }), registrySheet([{ name: SCHOOL_A }], ["8"]), indicatorsSheet());
const item = ["1", "Мероприятие", "29 декабря 2023 года", null, null];

testRule(structureMissingColumn, {
  valid: [
    { name: "every required column is there", snapshot: monitoring([{ number: "1" }], [{ name: SCHOOL_A }], ["8"]) },
    {
      name: "the columns are named by synonyms «Мероприятие», «Срок исполнения», «Факт», «Подтверждающий документ»",
      snapshot: withRoadmap([["№ п/п", "Мероприятие", "Срок исполнения", "Факт", "Подтверждающий документ"], item]),
    },
    {
      name: "headers are merged over two rows with a numbering row",
      snapshot: workbook(
        mergedRoadmapSheet([{ number: "1" }]),
        registrySheet([{ name: SCHOOL_A }], ["8"]),
        indicatorsSheet(),
      ),
    },
  ],
  invalid: [
    {
      name: "a roadmap without «Реквизиты документа», at the header row",
      snapshot: withRoadmap([["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Примечание"], item]),
      errors: [{ messageId: "missing", sheet: ROADMAP, cell: "A1" }],
    },
    {
      name: "a roadmap without «Дата исполнения» under two title rows",
      snapshot: withRoadmap([
        ["Комплекс мер на 2024 год"],
        [],
        ["№", "Наименование мероприятия", "Срок", "Реквизиты документа"],
        ["1", "Мероприятие", "29 декабря 2023 года", null],
      ]),
      errors: [{ messageId: "missing", sheet: ROADMAP, cell: "A3" }],
    },
    {
      name: "a registry found by name whose school column has an unknown header",
      snapshot: workbook(
        mergedRoadmapSheet([{ number: "1" }]),
        sheet(REGISTRY, [
          ["№", "Учреждение", "п. 8 Оборудование"],
          [1, SCHOOL_A, null],
        ]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "missing", sheet: REGISTRY, cell: "A1" }],
    },
  ],
});

describe("structure-missing-column: data", () => {
  it("names the missing column by its label", () => {
    const found = findingsOf(
      structureMissingColumn,
      withRoadmap([["№", "Наименование мероприятия", "Срок", "Дата исполнения"], item]),
    );
    expect(found.map((f) => f.data?.column)).toEqual(["Реквизиты документа"]);
  });
});
