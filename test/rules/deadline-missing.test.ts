import { deadlineMissing } from "../../src/rules/deadline-missing";
import {
  type CellInput,
  d,
  monitoring,
  REGISTRY,
  ROADMAP,
  SCHOOL_A,
  SCHOOL_B,
  testRule,
} from "../helpers/snapshot-builder";

const item = (number: string, deadline: CellInput, deadlineDate: CellInput = null) =>
  monitoring([{ number, deadline, deadlineDate }]);
/** Schools without «Год создания»: X in «X - 1 года» stays unknown. */
const noYear = [
  { name: SCHOOL_A, year: null },
  { name: SCHOOL_B, year: null },
];

testRule(deadlineMissing, {
  valid: [
    { name: "the deadline is a date «29 декабря 2023 года»", snapshot: item("1", "29 декабря 2023 года") },
    {
      name: "the deadline is «не позднее 15 февраля 2024 года»",
      snapshot: item("5", "не позднее 15 февраля 2024 года"),
    },
    {
      name: "a schedule deadline has its «Срок (дата)» filled",
      snapshot: item("2", "Согласно графику, направляемому федеральным оператором", d("15.03.2024")),
    },
    {
      name: "a schedule deadline has its «Срок (дата)» typed as text",
      snapshot: item("2", "Согласно графику, направляемому федеральным оператором", "15.03.2024"),
    },
    { name: "the roadmap's «Срок» is empty for a built-in item (the seed's text is used)", snapshot: item("5", null) },
    {
      name: "a template deadline and the registry gives «Год создания»",
      snapshot: monitoring([{ number: "5", deadline: "25 августа X - 1 года" }], [{ name: SCHOOL_A, year: 2025 }]),
    },
    {
      name: "a per-school template deadline and the schools' «Год создания»",
      snapshot: monitoring(
        [{ number: "8", deadline: "25 августа X - 1 года" }],
        [{ name: SCHOOL_A, year: 2025, steps: { "8": null } }],
        ["8"],
      ),
    },
  ],
  invalid: [
    {
      name: "a deadline «Согласно графику…» with no «Срок (дата)»",
      snapshot: item("2", "Согласно графику, направляемому федеральным оператором"),
      errors: [{ messageId: "schedule", sheet: ROADMAP, cell: "C2", measure: "2" }],
    },
    {
      name: "a conditional deadline «не позднее 15 рабочих дней со дня получения субсидии»",
      snapshot: item("3", "не позднее 15 рабочих дней со дня получения субсидии"),
      errors: [{ messageId: "conditional", sheet: ROADMAP, cell: "C2", measure: "3" }],
    },
    {
      name: "a template deadline «25 августа X - 1 года» and no «Год создания» anywhere",
      snapshot: monitoring([{ number: "5", deadline: "25 августа X - 1 года" }], noYear),
      errors: [{ messageId: "template-year", sheet: ROADMAP, cell: "C2", measure: "5" }],
    },
    {
      name: "unknown deadline text",
      snapshot: item("10", "когда-нибудь потом"),
      errors: [{ messageId: "unknown", sheet: ROADMAP, cell: "C2", measure: "10" }],
    },
    {
      name: "a start date «С 1 августа» instead of a deadline",
      snapshot: item("13", "С 1 августа"),
      errors: [{ messageId: "start", sheet: ROADMAP, cell: "C2", measure: "13" }],
    },
    {
      name: "an empty «Срок» cell on an item the built-in roadmap does not have",
      snapshot: item("20", null),
      errors: [{ messageId: "empty", sheet: ROADMAP, cell: "C2", measure: "20" }],
    },
    {
      name: "an impossible «Срок (дата)» 31.02.2024 next to a schedule text",
      snapshot: item("2", "Согласно графику, направляемому федеральным оператором", "31.02.2024"),
      errors: [{ messageId: "schedule", sheet: ROADMAP, cell: "C2", measure: "2" }],
    },
    {
      name: "each school's cell of a per-school template item when no school has «Год создания»",
      snapshot: monitoring(
        [{ number: "8", deadline: "25 августа X - 1 года" }],
        noYear.map((s) => ({ ...s, steps: { "8": null } })),
        ["8"],
      ),
      errors: [
        { messageId: "schoolTemplateYear", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "8" },
        { messageId: "schoolTemplateYear", sheet: REGISTRY, cell: "E3", school: SCHOOL_B, measure: "8" },
      ],
    },
  ],
});
