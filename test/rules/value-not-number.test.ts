import { valueNotNumber } from "../../src/rules/value-not-number";
import { SCHOOL_A, SCHOOL_B, sheet, testRule, workbook } from "../helpers/snapshot-builder";
import { HEADERS, indicatorsBook, type IndRow } from "../engine/indicators-fixture";

const one = (v: IndRow["v"], formats?: IndRow["formats"]) =>
  indicatorsBook([{ school: SCHOOL_A, period: "2024-Q3", v, formats }]);

const rulesSheet = (min: unknown) =>
  sheet("Правила показателей", [
    ["Код", "Показатель", "Ед. изм.", "Тип", "Мин.", "Макс.", "Целевое значение"],
    ["П3", "Численность по доп. программам", "чел.", "целое", min as never, null, 150],
  ]);

/** Headers merged over two rows under a title row: data starts on row 4. */
function mergedHeaderBook(p1: unknown) {
  const base = indicatorsBook([]);
  const s = sheet(
    "Показатели",
    [
      ["Показатели Школьных Кванториумов"],
      HEADERS,
      [],
      ["Лужский", SCHOOL_A, "2024-Q3", p1 as never, 150, 100, 0.25, 2, 5, 80],
    ],
    { merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:J3"] },
  );
  return workbook(base.sheets[0], base.sheets[1], s);
}

testRule(valueNotNumber, {
  valid: [
    { name: "every value is a real number", snapshot: one({}) },
    { name: "П1 is typed as text with a thousands space «1 234»", snapshot: one({ П1: "1 234" }) },
    { name: "П1 is typed with a no-break space «1\u00a0234»", snapshot: one({ П1: "1\u00a0234" }) },
    { name: "П4 is typed as «85%»", snapshot: one({ П4: "85%" }, { П4: null }) },
    { name: "П4 is typed as «30,5 %»", snapshot: one({ П4: "30,5 %" }, { П4: null }) },
    { name: "П1 is empty (indicator-missing reports it)", snapshot: one({ П1: null }) },
    { name: "П1 holds a dash «—» meaning nothing to report", snapshot: one({ П1: "—" }) },
    { name: "a rule's «Мин.» is a dash", snapshot: indicatorsBook([], { extra: [rulesSheet("-")] }) },
    { name: "the headers are merged over two rows and П1 is a number", snapshot: mergedHeaderBook(500) },
  ],
  invalid: [
    {
      name: "text «много» in П1",
      snapshot: one({ П1: "много" }),
      errors: [{ messageId: "value", sheet: "Показатели", cell: "D2", school: SCHOOL_A, measure: "П1" }],
    },
    {
      name: "a number with a unit «12 чел.» in П3",
      snapshot: one({ П3: "12 чел." }),
      errors: [{ messageId: "value", sheet: "Показатели", cell: "F2", school: SCHOOL_A, measure: "П3" }],
    },
    {
      name: "TRUE in П5 and words in П4 of another school",
      snapshot: indicatorsBook([
        { school: SCHOOL_A, period: "2024-Q3", v: { П5: true } },
        { school: SCHOOL_B, period: "2024-Q3", v: { П4: "треть" }, formats: { П4: null } },
      ]),
      errors: [
        { messageId: "value", sheet: "Показатели", cell: "H2", school: SCHOOL_A, measure: "П5" },
        { messageId: "value", sheet: "Показатели", cell: "G3", school: SCHOOL_B, measure: "П4" },
      ],
    },
    {
      name: "text in П1 under headers merged over two rows",
      snapshot: mergedHeaderBook("н/д"),
      errors: [{ messageId: "value", sheet: "Показатели", cell: "D4", school: SCHOOL_A, measure: "П1" }],
    },
    {
      name: "text «двадцать» in a rule's «Мин.» on «Правила показателей»",
      snapshot: indicatorsBook([], { extra: [rulesSheet("двадцать")] }),
      errors: [{ messageId: "rule", sheet: "Правила показателей", cell: "E2", measure: "П3" }],
    },
  ],
});
