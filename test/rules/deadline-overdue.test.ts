import { deadlineOverdue } from "../../src/rules/deadline-overdue";
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

const item5 = (done: CellInput, deadline: CellInput = "не позднее 15 февраля 2024 года") =>
  monitoring([{ number: "5", deadline, done }]);
const item8 = (a: CellInput, b: CellInput) =>
  monitoring(
    [{ number: "8", deadline: "не позднее 25 августа 2024 года" }],
    [
      { name: SCHOOL_A, steps: { "8": a } },
      { name: SCHOOL_B, steps: { "8": b } },
    ],
    ["8"],
  );

testRule(deadlineOverdue, {
  valid: [
    { name: "item 5 was done on its due date", snapshot: item5(d("15.02.2024")) },
    { name: "item 5 was done late (done-late reports it)", snapshot: item5(d("20.02.2024")) },
    {
      name: "item 5 is empty but checked on its due date 2024-02-15",
      snapshot: item5(null),
      options: { asOf: "2024-02-15" },
    },
    { name: "item 5 is empty but not yet due on 2024-01-10", snapshot: item5(null), options: { asOf: "2024-01-10" } },
    {
      name: "the deadline follows a schedule (deadline-missing reports it)",
      snapshot: item5(null, "Согласно графику"),
    },
    { name: "every school did item 8 on time", snapshot: item8(d("20.08.2024"), "25.08.2024") },
    {
      name: "item 13 (quarterly from 1 October) is due today, not overdue",
      snapshot: monitoring([{ number: "13", deadline: "не позднее 1 октября 2024 года, далее ежеквартально" }]),
    },
  ],
  invalid: [
    {
      name: "item 5 overdue on 2024-02-16 with an empty cell",
      snapshot: item5(null),
      options: { asOf: "2024-02-16" },
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "item 5 overdue when its cell holds text, not a date",
      snapshot: item5("в феврале"),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "item 5 overdue when its cell holds an impossible date 31.02.2024",
      snapshot: item5("31.02.2024"),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "item 5 overdue when its only date is after the as-of date (not trusted)",
      snapshot: item5(d("15.12.2024")),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "item 3 «до 1 февраля 2024 года» overdue on 2024-02-01 (due the day before)",
      snapshot: monitoring([{ number: "3", deadline: "до 1 февраля 2024 года" }]),
      options: { asOf: "2024-02-01" },
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "3" }],
    },
    {
      name: "item 13 overdue the day after its first quarterly report was due",
      snapshot: monitoring([{ number: "13", deadline: "не позднее 1 октября 2024 года, далее ежеквартально" }]),
      options: { asOf: "2024-10-02" },
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "13" }],
    },
    {
      name: "only the school that has not done item 8, not the item's roadmap row",
      snapshot: item8(d("20.08.2024"), null),
      errors: [{ messageId: "school", sheet: REGISTRY, cell: "E3", school: SCHOOL_B, measure: "8" }],
    },
    {
      name: "a school whose item-8 cell holds «31.06.2024»",
      snapshot: item8("31.06.2024", d("20.08.2024")),
      errors: [{ messageId: "school", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "8" }],
    },
    {
      name: "the right cell under a merged two-row header",
      snapshot: workbook(
        mergedRoadmapSheet([
          { number: "1", deadline: "29 декабря 2023 года", done: d("28.12.2023"), document: "Распоряжение" },
          { number: "5", deadline: "не позднее 15 февраля 2024 года" },
        ]),
        registrySheet([{ name: SCHOOL_A }]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E6", measure: "5" }],
    },
  ],
});
