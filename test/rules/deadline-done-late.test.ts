import { deadlineDoneLate } from "../../src/rules/deadline-done-late";
import {
  type CellInput,
  d,
  findingsOf,
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
  monitoring([{ number: "5", deadline, done, document: "Реестр извещений" }]);
const item6 = (a: CellInput, b: CellInput) =>
  monitoring(
    [{ number: "6", deadline: "не позднее 30 июня 2024 года" }],
    [
      { name: SCHOOL_A, steps: { "6": a } },
      { name: SCHOOL_B, steps: { "6": b } },
    ],
    ["6"],
  );

testRule(deadlineDoneLate, {
  valid: [
    { name: "item 5 was done on its due date 15.02.2024", snapshot: item5(d("15.02.2024")) },
    { name: "item 5 was done early", snapshot: item5("01.02.2024") },
    { name: "item 5 is not done (overdue instead)", snapshot: item5(null) },
    { name: "item 5 is marked «да» after its due date (no date to measure lateness)", snapshot: item5("да") },
    { name: "item 5's cell holds an impossible date 31.02.2024", snapshot: item5("31.02.2024") },
    {
      name: "item 5 has an explicit «Срок (дата)» it was done by",
      snapshot: monitoring([
        {
          number: "5",
          deadline: "не позднее 15 февраля 2024 года",
          deadlineDate: d("01.03.2024"),
          done: d("28.02.2024"),
        },
      ]),
    },
    { name: "both schools did item 6 in time", snapshot: item6(d("30.06.2024"), "27.06.2024") },
  ],
  invalid: [
    {
      name: "item 5 done 5 days late",
      snapshot: item5(d("20.02.2024")),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "item 5 done late with the date typed as text «16.02.24»",
      snapshot: item5("16.02.24"),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "item 3 «до 1 февраля 2024 года» done on 1 February (due the day before)",
      snapshot: monitoring([{ number: "3", deadline: "до 1 февраля 2024 года", done: d("01.02.2024") }]),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E2", measure: "3" }],
    },
    {
      name: "a school that did item 6 on 05.07.2024, not the item's roadmap row",
      snapshot: item6(d("28.06.2024"), d("05.07.2024")),
      errors: [{ messageId: "school", sheet: REGISTRY, cell: "E3", school: SCHOOL_B, measure: "6" }],
    },
    {
      name: "the right cell under a merged two-row header",
      snapshot: workbook(
        mergedRoadmapSheet([{ number: "5", deadline: "не позднее 15 февраля 2024 года", done: d("20.02.2024") }]),
        registrySheet([{ name: SCHOOL_A }]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "regional", sheet: ROADMAP, cell: "E5", measure: "5" }],
    },
  ],
});

describe("deadline-done-late: data", () => {
  it("says item 5 was done 5 days late against 15.02.2024", () => {
    const [f] = findingsOf(deadlineDoneLate, item5(d("20.02.2024")));
    expect(f.data).toMatchObject({ days: 5, due: "2024-02-15" });
  });
});
