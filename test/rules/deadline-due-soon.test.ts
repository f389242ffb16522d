import { deadlineDueSoon } from "../../src/rules/deadline-due-soon";
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

// Item 12 is due 2024-09-15; the default warning window is 14 days.
const item10 = (done: CellInput, deadline: CellInput = "не позднее 15 сентября 2024 года") =>
  monitoring([{ number: "10", deadline, done }]);
const item12 = (a: CellInput, b: CellInput) =>
  monitoring(
    [{ number: "12", deadline: "не позднее 15 сентября 2024года" }],
    [
      { name: SCHOOL_A, steps: { "12": a } },
      { name: SCHOOL_B, steps: { "12": b } },
    ],
    ["12"],
  );

testRule(deadlineDueSoon, {
  valid: [
    { name: "item 10 is 15 days away, outside the window", snapshot: item10(null), options: { asOf: "2024-08-31" } },
    {
      name: "item 10 is 9 days away but a 5-day window is set",
      snapshot: item10(null),
      options: { asOf: "2024-09-06", dueSoonDays: 5 },
    },
    { name: "item 10 is already done", snapshot: item10(d("01.09.2024")), options: { asOf: "2024-09-06" } },
    { name: "item 10 is past due (overdue instead)", snapshot: item10(null), options: { asOf: "2024-09-16" } },
    {
      name: "every school has done item 12",
      snapshot: item12(d("02.09.2024"), "03.09.2024"),
      options: { asOf: "2024-09-06" },
    },
  ],
  invalid: [
    {
      name: "item 10 due in 14 days, the edge of the window",
      snapshot: item10(null),
      options: { asOf: "2024-09-01" },
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "10" }],
    },
    {
      name: "item 10 due today",
      snapshot: item10(null),
      options: { asOf: "2024-09-15" },
      errors: [{ messageId: "today", sheet: ROADMAP, cell: "E2", measure: "10" }],
    },
    {
      name: "item 10 whose cell holds text, not a date",
      snapshot: item10("на согласовании"),
      options: { asOf: "2024-09-10" },
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "10" }],
    },
    {
      name: "only the school that has not done item 12 yet, not the item's roadmap row",
      snapshot: item12(null, d("02.09.2024")),
      options: { asOf: "2024-09-06" },
      errors: [{ messageId: "school", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "12" }],
    },
    {
      name: "item 13's next quarterly report due soon after the first was filed",
      snapshot: monitoring([
        { number: "13", deadline: "не позднее 1 октября 2024 года, далее ежеквартально", done: d("30.09.2024") },
      ]),
      options: { asOf: "2024-12-20" },
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "13" }],
    },
  ],
});
