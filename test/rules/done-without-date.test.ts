import { doneWithoutDate } from "../../src/rules/done-without-date";
import {
  type CellInput,
  d,
  mergedRoadmapSheet,
  monitoring,
  REGISTRY,
  registrySheet,
  indicatorsSheet,
  ROADMAP,
  SCHOOL_A,
  SCHOOL_B,
  testRule,
  workbook,
} from "../helpers/snapshot-builder";

const item10 = (done: CellInput) =>
  monitoring([{ number: "10", deadline: "не позднее 25 августа 2024 года", done, document: "Распоряжение" }]);
const item7 = (a: CellInput, b: CellInput = d("20.08.2024")) =>
  monitoring(
    [{ number: "7", deadline: "не позднее 25 августа 2024 года" }],
    [
      { name: SCHOOL_A, steps: { "7": a } },
      { name: SCHOOL_B, steps: { "7": b } },
    ],
    ["7"],
  );

testRule(doneWithoutDate, {
  valid: [
    { name: "the done cell holds a real date", snapshot: item10(d("20.08.2024")) },
    { name: "the done cell is empty", snapshot: item10(null) },
    { name: "the done cell says «нет»", snapshot: item10("нет") },
    { name: "the done cell holds «-»", snapshot: item10("-") },
    { name: "the mark comes with a date «выполнено 20.08.2024»", snapshot: item10("выполнено 20.08.2024") },
    { name: "the done cell holds text that is not a date (date-invalid reports it)", snapshot: item10("в августе") },
    { name: "the done cell holds an impossible date 31.02.2024", snapshot: item10("31.02.2024") },
    { name: "FALSE in the done cell means not done", snapshot: item10(false) },
    { name: "every school gave a date", snapshot: item7(d("19.08.2024")) },
  ],
  invalid: [
    {
      name: "item 10 marked «да»",
      snapshot: item10("да"),
      errors: [{ messageId: "mark", sheet: ROADMAP, cell: "E2", measure: "10" }],
    },
    {
      name: "item 10 marked «Выполнено.»",
      snapshot: item10("Выполнено."),
      errors: [{ messageId: "mark", sheet: ROADMAP, cell: "E2", measure: "10" }],
    },
    {
      name: "item 10 marked TRUE",
      snapshot: item10(true),
      errors: [{ messageId: "mark", sheet: ROADMAP, cell: "E2", measure: "10" }],
    },
    {
      name: "a school that marked item 7 «+», naming the school",
      snapshot: item7("+"),
      errors: [{ messageId: "mark", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "7" }],
    },
    {
      name: "the right cell under a merged two-row header",
      snapshot: workbook(
        mergedRoadmapSheet([
          { number: "10", deadline: "не позднее 25 августа 2024 года", done: "да", document: "Акт" },
        ]),
        registrySheet([{ name: SCHOOL_A }]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "mark", sheet: ROADMAP, cell: "E5", measure: "10" }],
    },
  ],
});
