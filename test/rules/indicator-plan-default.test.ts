import { indicatorPlanDefault } from "../../src/rules/indicator-plan-default";
import { sheet, testRule } from "../helpers/snapshot-builder";
import { bothSchools, CODES, indicatorsBook } from "../engine/indicators-fixture";

const RULES_HEADER = ["Код", "Показатель", "Ед. изм.", "Тип", "Мин.", "Целевое значение"];
/** «Правила показателей» stating every indicator of the fixture, with the workbook's own plans. */
const allRules = sheet("Правила показателей", [
  RULES_HEADER,
  ...CODES.map((code) => [code, `Показатель ${code}`, "", code === "П4" ? "процент" : "целое", null, null]),
]);
const onlyП1 = sheet("Правила показателей", [
  RULES_HEADER,
  ["П1", "Общая численность обучающихся", "чел.", "целое", 100, null],
]);

testRule(indicatorPlanDefault, {
  valid: [
    {
      name: "«Правила показателей» states every indicator (even with no plan)",
      snapshot: indicatorsBook(bothSchools("2024-Q3"), { extra: [allRules] }),
    },
    { name: "no indicators sheet at all", snapshot: { sheets: [] } },
  ],
  invalid: [
    {
      name: "no «Правила показателей»: the catalogue's plans are used, one finding on the first such header",
      snapshot: indicatorsBook(bothSchools("2024-Q3")),
      errors: [{ messageId: "builtin", sheet: "Показатели", cell: "E1" }],
    },
    {
      name: "«Правила показателей» states П1 only: the others still come from the catalogue",
      snapshot: indicatorsBook(bothSchools("2024-Q3"), { extra: [onlyП1] }),
      errors: [{ messageId: "builtin", sheet: "Показатели", cell: "E1" }],
    },
  ],
});
