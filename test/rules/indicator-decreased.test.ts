import { indicatorDecreased } from "../../src/rules/indicator-decreased";
import { SCHOOL_A, SCHOOL_B, testRule } from "../helpers/snapshot-builder";
import { indicatorsBook, type IndRow } from "../engine/indicators-fixture";

const row = (period: string, v: IndRow["v"], school = SCHOOL_A): IndRow => ({ school, period, v });

testRule(indicatorDecreased, {
  valid: [
    {
      name: "П5 and П6 grow quarter by quarter",
      snapshot: indicatorsBook([row("2024-Q1", { П5: 1, П6: 2 }), row("2024-Q2", { П5: 2, П6: 5 })]),
    },
    { name: "П6 stays the same", snapshot: indicatorsBook([row("2024-Q2", { П6: 5 }), row("2024-Q3", { П6: 5 })]) },
    {
      name: "П6 starts again in January (Q4 2023 → Q1 2024)",
      snapshot: indicatorsBook([row("2023-Q4", { П6: 12 }), row("2024-Q1", { П6: 2 })]),
    },
    {
      name: "a non-cumulative П2 goes down",
      snapshot: indicatorsBook([row("2024-Q2", { П2: 200 }), row("2024-Q3", { П2: 150 })]),
    },
    {
      name: "two schools: the second school's lower П6 is not compared with the first's",
      snapshot: indicatorsBook([row("2024-Q2", { П6: 9 }), row("2024-Q3", { П6: 3 }, SCHOOL_B)]),
    },
    {
      name: "the earlier quarter's П6 is text",
      snapshot: indicatorsBook([row("2024-Q2", { П6: "много" }), row("2024-Q3", { П6: 3 })]),
    },
    {
      name: "П6 = -3 in Q3 is negative (value-negative reports it), so it is not compared with Q2",
      snapshot: indicatorsBook([row("2024-Q2", { П6: 3 }), row("2024-Q3", { П6: -3 })]),
    },
  ],
  invalid: [
    {
      name: "П6 falls from 5 in Q2 to 3 in Q3 (rows in any order)",
      snapshot: indicatorsBook([row("III квартал 2024", { П6: 3 }), row("2 кв. 2024", { П6: 5 })]),
      errors: [{ messageId: "decreased", sheet: "Показатели", cell: "I2", school: SCHOOL_A, measure: "П6" }],
    },
    {
      name: "П5 falls from Q1 to Q3 with Q2 not reported",
      snapshot: indicatorsBook([row("2024-Q1", { П5: 3 }), row("2024-Q3", { П5: 1 })]),
      errors: [{ messageId: "decreased", sheet: "Показатели", cell: "H3", school: SCHOOL_A, measure: "П5" }],
    },
  ],
});
