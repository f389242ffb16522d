import { indicatorBelowTarget } from "../../src/rules/indicator-below-target";
import { SCHOOL_A, SCHOOL_B, sheet, testRule } from "../helpers/snapshot-builder";
import { indicatorsBook, type IndRow } from "../engine/indicators-fixture";

const row = (period: string, v: IndRow["v"], school = SCHOOL_A): IndRow => ({ school, period, v });
/** A Q4 row meeting every annual plan of the built-in catalogue. */
const Q4_OK: IndRow["v"] = { П2: 200, П3: 150, П4: 0.3, П5: 3, П6: 12, П7: 100 };

const rules = sheet("Правила показателей", [
  ["Код", "Показатель", "Ед. изм.", "Тип", "Мин.", "Целевое значение"],
  ["П1", "Общая численность обучающихся", "чел.", "целое", 100, null],
]);

testRule(indicatorBelowTarget, {
  valid: [
    {
      name: "Q3 values are below the annual plan (the plan is judged in Q4 only)",
      snapshot: indicatorsBook([row("2024-Q3", { П2: 10 })]),
    },
    { name: "Q4 meets every plan", snapshot: indicatorsBook([row("2024-Q4", Q4_OK)]) },
    { name: "Q4 exceeds the plans", snapshot: indicatorsBook([row("2024-Q4", { ...Q4_OK, П2: 250, П4: "45%" })]) },
    { name: "П3 equals its minimum 20", snapshot: indicatorsBook([row("2024-Q2", { П3: 20 })]) },
    { name: "П3 is empty (indicator-missing reports it)", snapshot: indicatorsBook([row("2024-Q2", { П3: null })]) },
    { name: "П3 is text (value-not-number reports it)", snapshot: indicatorsBook([row("2024-Q2", { П3: "мало" })]) },
    {
      name: "the period cannot be read, so no quarter is known",
      snapshot: indicatorsBook([row("когда-нибудь", { П3: 5 })]),
    },
    {
      name: "П6 = -3 is negative (value-negative reports it, not also this rule)",
      snapshot: indicatorsBook([row("2024-Q2", { П6: -3 })]),
    },
    {
      name: "the share П4 = -10 % in Q4 is out of range (percent-out-of-range reports it)",
      snapshot: indicatorsBook([row("2024-Q4", { ...Q4_OK, П4: -0.1 })]),
    },
  ],
  invalid: [
    {
      name: "П3 = 12 in Q2, below the minimum 20",
      snapshot: indicatorsBook([row("2024-Q2", { П3: 12 })]),
      errors: [{ messageId: "min", sheet: "Показатели", cell: "F2", school: SCHOOL_A, measure: "П3" }],
    },
    {
      name: "П6 = 0 events in Q1 (minimum 1) for the second school",
      snapshot: indicatorsBook([row("2024-Q1", {}), row("2024-Q1", { П6: 0 }, SCHOOL_B)]),
      errors: [{ messageId: "min", sheet: "Показатели", cell: "I3", school: SCHOOL_B, measure: "П6" }],
    },
    {
      name: "Q4: П2 = 180 of plan 200 and the share П4 = 25 % of plan 30 %",
      snapshot: indicatorsBook([row("IV квартал 2024", { ...Q4_OK, П2: 180, П4: 0.25 })]),
      errors: [
        { messageId: "plan", sheet: "Показатели", cell: "E2", school: SCHOOL_A, measure: "П2" },
        { messageId: "plan", sheet: "Показатели", cell: "G2", school: SCHOOL_A, measure: "П4" },
      ],
    },
    {
      name: "Q4: П3 = 10 is below the minimum, reported once as «min» not also as «plan»",
      snapshot: indicatorsBook([row("2024-Q4", { ...Q4_OK, П3: 10 })]),
      errors: [{ messageId: "min", sheet: "Показатели", cell: "F2", school: SCHOOL_A, measure: "П3" }],
    },
    {
      name: "a minimum from the workbook's rules sheet (П1 ≥ 100)",
      snapshot: indicatorsBook([row("2024-Q3", { П1: 90, П2: 50, П3: 40, П7: 30 })], { extra: [rules] }),
      errors: [{ messageId: "min", sheet: "Показатели", cell: "D2", school: SCHOOL_A, measure: "П1" }],
    },
  ],
});
