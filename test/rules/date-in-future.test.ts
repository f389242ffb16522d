import { dateInFuture } from "../../src/rules/date-in-future";
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

// Checked as of 2024-10-01 unless a case says otherwise.
const item13 = (done: CellInput) =>
  monitoring([{ number: "13", deadline: "не позднее 1 октября 2024 года, далее ежеквартально", done }]);
const school11 = (cell: CellInput, name = SCHOOL_A) =>
  monitoring([{ number: "11", deadline: "В течение 2024 года" }], [{ name, steps: { "11": cell } }], ["11"]);

testRule(dateInFuture, {
  valid: [
    { name: "the done date is the as-of date itself", snapshot: item13(d("01.10.2024")) },
    { name: "the done date is in the past", snapshot: item13(d("28.09.2024")) },
    { name: "the done-date cell is empty", snapshot: item13(null) },
    { name: "the cell holds text that is not a date (date-invalid reports it)", snapshot: item13("в октябре") },
    { name: "the cell holds an impossible date 31.02.2024", snapshot: item13("31.02.2024") },
    { name: "the cell holds a mark «выполнено»", snapshot: item13("выполнено") },
    { name: "a school's date is in the past", snapshot: school11(d("30.09.2024")) },
    {
      name: "the same date is checked as of a later day",
      snapshot: item13(d("15.12.2024")),
      options: { asOf: "2025-01-10" },
    },
  ],
  invalid: [
    {
      name: "a regional done date one day after the as-of date",
      snapshot: item13(d("02.10.2024")),
      errors: [{ messageId: "future", sheet: ROADMAP, cell: "E2", measure: "13" }],
    },
    {
      name: "a future date typed as text among past ones «28.09.2024; 27.12.2024»",
      snapshot: item13("28.09.2024; 27.12.2024"),
      errors: [{ messageId: "future", sheet: ROADMAP, cell: "E2", measure: "13" }],
    },
    {
      name: "a school's future date 14.10.2024, naming the school",
      snapshot: school11(d("14.10.2024")),
      errors: [{ messageId: "future", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "11" }],
    },
    {
      name: "a school's future date typed as text «15.12.2024»",
      snapshot: school11("15.12.2024", SCHOOL_B),
      errors: [{ messageId: "future", sheet: REGISTRY, cell: "E2", school: SCHOOL_B, measure: "11" }],
    },
    {
      name: "the right cell under a merged two-row header",
      snapshot: workbook(
        mergedRoadmapSheet([{ number: "13", deadline: "не позднее 1 октября 2024 года", done: d("05.10.2024") }]),
        registrySheet([{ name: SCHOOL_A }]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "future", sheet: ROADMAP, cell: "E5", measure: "13" }],
    },
  ],
});
