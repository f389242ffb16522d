import { percentOutOfRange } from "../../src/rules/percent-out-of-range";
import { SCHOOL_A, testRule } from "../helpers/snapshot-builder";
import { indicatorsBook, type IndRow } from "../engine/indicators-fixture";

/** П4 with the given value and number format (default "0%"). */
const p4 = (value: unknown, format: string | null = "0%") =>
  indicatorsBook([
    { school: SCHOOL_A, period: "2024-Q3", v: { П4: value as never }, formats: { П4: format } as IndRow["formats"] },
  ]);

const at = { sheet: "Показатели", cell: "G2", school: SCHOOL_A, measure: "П4" };

testRule(percentOutOfRange, {
  valid: [
    { name: "0.85 with a % format (85 %)", snapshot: p4(0.85) },
    { name: "«85%» typed as text", snapshot: p4("85%", null) },
    { name: "«85» without a % mark, read as 85 %", snapshot: p4(85, null) },
    { name: "0.3 without a % mark, read as 30 %", snapshot: p4(0.3, null) },
    { name: "exactly 100 % (1 with a % format)", snapshot: p4(1) },
    { name: "exactly 0 %", snapshot: p4(0) },
    { name: "«100%» typed as text", snapshot: p4("100%", null) },
    { name: "the cell is empty", snapshot: p4(null) },
    { name: "the cell holds text (value-not-number reports it)", snapshot: p4("треть", null) },
  ],
  invalid: [
    { name: "1.2 with a % format (120 %)", snapshot: p4(1.2), errors: [{ messageId: "range", ...at }] },
    { name: "«120%» typed as text", snapshot: p4("120%", null), errors: [{ messageId: "range", ...at }] },
    {
      name: "«150» without a % mark (read as 150 %)",
      snapshot: p4(150, null),
      errors: [{ messageId: "points", ...at }],
    },
    { name: "a negative share -5 %", snapshot: p4(-0.05), errors: [{ messageId: "range", ...at }] },
  ],
});
