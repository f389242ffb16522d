import { valueNegative } from "../../src/rules/value-negative";
import { SCHOOL_A, testRule } from "../helpers/snapshot-builder";
import { indicatorsBook, type IndRow } from "../engine/indicators-fixture";

const one = (v: IndRow["v"], formats?: IndRow["formats"]) =>
  indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3", v, formats }]);

testRule(valueNegative, {
  valid: [
    { name: "every value is zero or more", snapshot: one({ П5: 0, П6: 0 }) },
    { name: "П1 is empty", snapshot: one({ П1: null }) },
    { name: "П1 is text (value-not-number reports it)", snapshot: one({ П1: "минус пять" }) },
    { name: "a dash «-» stands for nothing to report", snapshot: one({ П2: "-" }) },
    { name: "the share П4 is negative (percent-out-of-range reports it)", snapshot: one({ П4: -0.1 }) },
  ],
  invalid: [
    {
      name: "П5 = -1",
      snapshot: one({ П5: -1 }),
      errors: [{ messageId: "negative", sheet: "Показатели", cell: "H2", school: SCHOOL_A, measure: "П5" }],
    },
    {
      name: "П2 typed as text «-150» and П7 as «−3» with a Unicode minus",
      snapshot: one({ П2: "-150", П7: "\u22123" }),
      errors: [
        { messageId: "negative", sheet: "Показатели", cell: "E2", school: SCHOOL_A, measure: "П2" },
        { messageId: "negative", sheet: "Показатели", cell: "J2", school: SCHOOL_A, measure: "П7" },
      ],
    },
  ],
});
