import { structureMissingSheet } from "../../src/rules/structure-missing-sheet";
import {
  findingsOf,
  indicatorsSheet,
  monitoring,
  REGISTRY,
  registrySheet,
  ROADMAP,
  roadmapSheet,
  SCHOOL_A,
  sheet,
  testRule,
  workbook,
} from "../helpers/snapshot-builder";

const roadmap = roadmapSheet([{ number: "1", deadline: "29 декабря 2023 года" }]);
const missing = { messageId: "missing", cell: "A1" };

testRule(structureMissingSheet, {
  valid: [
    {
      name: "every role is found and the registry doubles as the steps sheet",
      snapshot: monitoring([{ number: "8" }], [{ name: SCHOOL_A }], ["8"]),
    },
    {
      name: "sheets are found by their headers alone",
      snapshot: workbook(
        sheet("Лист1", [[...roadmap.rows[0]], ...roadmap.rows.slice(1)]),
        sheet("Лист2", [
          ["№", "Образовательная организация", "п. 8 Оборудование"],
          [1, SCHOOL_A, null],
        ]),
        sheet("Лист3", [
          ["Образовательная организация", "Отчётный период", "П1"],
          [SCHOOL_A, "3 кв. 2024", 1],
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: "the registry and indicators sheets missing, at A1 of the first sheet",
      snapshot: workbook(roadmap),
      errors: [
        { ...missing, sheet: ROADMAP },
        { ...missing, sheet: ROADMAP },
        { ...missing, sheet: ROADMAP },
      ],
    },
    {
      name: "the steps role missing when the registry has no step columns",
      snapshot: workbook(roadmap, registrySheet([{ name: SCHOOL_A }]), indicatorsSheet()),
      errors: [{ ...missing, sheet: ROADMAP }],
    },
    {
      name: "a missing roadmap at A1 of the first visible sheet when the first one is hidden",
      snapshot: workbook(
        sheet("Скрытый", [["служебный"]], { visibility: "hidden" }),
        registrySheet([{ name: SCHOOL_A, steps: { "8": null } }], ["8"]),
        indicatorsSheet(),
      ),
      errors: [{ ...missing, sheet: REGISTRY }],
    },
  ],
});

describe("structure-missing-sheet: data", () => {
  it("names each missing role once, in Russian", () => {
    const roles = findingsOf(structureMissingSheet, workbook(roadmap)).map((f) => f.data?.role);
    expect(roles.sort()).toEqual(["Мониторинг по ОО", "Показатели", "Реестр ОО"]);
  });

  it("names the roles in English when the language is English", () => {
    const roles = findingsOf(structureMissingSheet, workbook(roadmap), { lang: "en" }).map((f) => f.data?.role);
    expect(roles.sort()).toEqual(["Indicators", "School registry", "School steps"]);
  });
});
