import { indicatorExceedsTotal } from "../../src/rules/indicator-exceeds-total";
import { SCHOOL_A, SCHOOL_B, testRule } from "../helpers/snapshot-builder";
import { indicatorsBook, type IndRow } from "../engine/indicators-fixture";

const row = (period: string, v: IndRow["v"], school = SCHOOL_A): IndRow => ({ school, period, v });

testRule(indicatorExceedsTotal, {
  valid: [
    { name: "every part is within П1", snapshot: indicatorsBook([row("2024-Q3", {})]) },
    { name: "a part equals П1", snapshot: indicatorsBook([row("2024-Q3", { П1: 150, П2: 150 })]) },
    {
      name: "П1 is empty, so there is nothing to compare with",
      snapshot: indicatorsBook([row("2024-Q3", { П1: null })]),
    },
    { name: "П1 is text", snapshot: indicatorsBook([row("2024-Q3", { П1: "пятьсот" })]) },
    {
      name: "another school's П1 is larger than this school's part",
      snapshot: indicatorsBook([
        row("2024-Q3", { П1: 100, П2: 90, П3: 90, П7: 90 }),
        row("2024-Q3", { П1: 1000, П2: 900 }, SCHOOL_B),
      ]),
    },
    {
      name: "the part is larger than П1 of another quarter only",
      snapshot: indicatorsBook([
        row("2024-Q2", { П1: 100, П2: 90, П3: 90, П7: 90 }),
        row("2024-Q3", { П1: 500, П2: 400 }),
      ]),
    },
    {
      name: "П1 = 12,5 is not a whole number (value-not-integer reports it), so the parts are not compared with it",
      snapshot: indicatorsBook([row("2024-Q3", { П1: 12.5 })]),
    },
  ],
  invalid: [
    {
      name: "П2 = 600 with П1 = 500 in the same row",
      snapshot: indicatorsBook([row("2024-Q3", { П2: 600 })]),
      errors: [{ messageId: "exceeds", sheet: "Показатели", cell: "E2", school: SCHOOL_A, measure: "П2" }],
    },
    {
      name: "П3 and П7 typed as text «1 200» and «501» over П1 = 500",
      snapshot: indicatorsBook([row("2024-Q3", {}), row("2024-Q3", { П3: "1 200", П7: "501" }, SCHOOL_B)]),
      errors: [
        { messageId: "exceeds", sheet: "Показатели", cell: "F3", school: SCHOOL_B, measure: "П3" },
        { messageId: "exceeds", sheet: "Показатели", cell: "J3", school: SCHOOL_B, measure: "П7" },
      ],
    },
  ],
});
