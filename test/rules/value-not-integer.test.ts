import { valueNotInteger } from "../../src/rules/value-not-integer";
import { SCHOOL_A, sheet, testRule } from "../helpers/snapshot-builder";
import { indicatorsBook, type IndRow } from "../engine/indicators-fixture";

const one = (v: IndRow["v"], extra = {}) => indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3", v }], extra);

/** The workbook says П3 is a plain number (fractions allowed). */
const rules = sheet("Правила показателей", [
  ["Код", "Показатель", "Ед. изм.", "Тип"],
  ["П3", "Средняя наполняемость групп", "чел.", "число"],
]);

testRule(valueNotInteger, {
  valid: [
    { name: "every whole-number indicator is whole", snapshot: one({}) },
    { name: "П1 is «1 234» as text", snapshot: one({ П1: "1 234" }) },
    { name: "П1 carries binary noise 500.0000000001", snapshot: one({ П1: 500.0000000001 }) },
    { name: "П1 is empty", snapshot: one({ П1: null }) },
    { name: "П1 is text (value-not-number reports it)", snapshot: one({ П1: "пятьсот" }) },
    { name: "the share П4 is 0.255 (shares are fractions)", snapshot: one({ П4: 0.255 }) },
    {
      name: "the rules sheet makes П3 a plain number and it is 12,5",
      snapshot: one({ П3: "12,5" }, { extra: [rules] }),
    },
  ],
  invalid: [
    {
      name: "П3 = 12.5 people",
      snapshot: one({ П3: 12.5 }),
      errors: [{ messageId: "fraction", sheet: "Показатели", cell: "F2", school: SCHOOL_A, measure: "П3" }],
    },
    {
      name: "П6 typed as text «2,5» events",
      snapshot: one({ П6: "2,5" }),
      errors: [{ messageId: "fraction", sheet: "Показатели", cell: "I2", school: SCHOOL_A, measure: "П6" }],
    },
  ],
});
