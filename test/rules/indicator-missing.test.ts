import { indicatorMissing } from "../../src/rules/indicator-missing";
import { REGISTRY, SCHOOL_A, SCHOOL_B, testRule } from "../helpers/snapshot-builder";
import { bothSchools, indicatorsBook } from "../engine/indicators-fixture";

testRule(indicatorMissing, {
  valid: [
    {
      name: "both schools report every indicator for Q3",
      snapshot: indicatorsBook(bothSchools("2024-Q3")),
      options: { asOf: "2024-09-30" },
    },
    {
      name: "both schools report the latest begun quarter, Q4, and older ones",
      snapshot: indicatorsBook([...bothSchools("2024-Q3"), ...bothSchools("2024-Q4")]),
    },
    {
      name: 'the school\'s name is written with other quotes and spacing «МОУ "СОШ №1"»',
      snapshot: indicatorsBook([
        { school: 'МОУ "СОШ №1"', period: "2024-Q3" },
        { school: SCHOOL_B, period: "2024-Q3" },
      ]),
    },
    { name: "nothing is on the sheet, so no quarter is chosen by default", snapshot: indicatorsBook([]) },
  ],
  invalid: [
    {
      name: "school B has no row for the reporting quarter Q3 (pointing at its registry cell)",
      snapshot: indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3" }]),
      errors: [{ messageId: "no-row", sheet: REGISTRY, cell: "C3", school: SCHOOL_B }],
    },
    {
      name: "school A left П3 empty and wrote «-» in П6",
      snapshot: indicatorsBook([
        { school: SCHOOL_A, period: "2024-Q3", v: { П3: null, П6: "-" } },
        { school: SCHOOL_B, period: "2024-Q3" },
      ]),
      errors: [
        { messageId: "empty", sheet: "Показатели", cell: "F2", school: SCHOOL_A, measure: "П3" },
        { messageId: "empty", sheet: "Показатели", cell: "I2", school: SCHOOL_A, measure: "П6" },
      ],
    },
    {
      name: "the chosen quarter 2024-Q4 has no rows at all",
      snapshot: indicatorsBook(bothSchools("2024-Q3")),
      options: { quarter: "2024-Q4" },
      errors: [
        { messageId: "no-row", sheet: REGISTRY, cell: "C2", school: SCHOOL_A },
        { messageId: "no-row", sheet: REGISTRY, cell: "C3", school: SCHOOL_B },
      ],
    },
    {
      name: "a row whose period «третий» is not a quarter (and school A is missing for Q3)",
      snapshot: indicatorsBook([
        { school: SCHOOL_A, period: "третий" },
        { school: SCHOOL_B, period: "2024-Q3" },
      ]),
      errors: [
        { messageId: "no-row", sheet: REGISTRY, cell: "C2", school: SCHOOL_A },
        { messageId: "period", sheet: "Показатели", cell: "C2", school: SCHOOL_A },
      ],
    },
  ],
});
