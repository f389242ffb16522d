import { dateInvalid } from "../../src/rules/date-invalid";
import {
  type CellInput,
  d,
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

const item5 = (done: CellInput) => monitoring([{ number: "5", deadline: "не позднее 15 февраля 2024 года", done }]);
const school8 = (cell: CellInput) =>
  monitoring(
    [{ number: "8", deadline: "не позднее 25 августа 2024 года" }],
    [{ name: SCHOOL_A, steps: { "8": cell } }],
    ["8"],
  );

testRule(dateInvalid, {
  valid: [
    { name: "the done-date cell is empty", snapshot: item5(null) },
    { name: "the done date is a real date", snapshot: item5(d("14.02.2024")) },
    { name: "the done date is typed as text «15.02.2024»", snapshot: item5("15.02.2024") },
    { name: "the date is written in words «15 февраля 2024 г.»", snapshot: item5("15 февраля 2024 г.") },
    { name: "the cell holds two dates «28.09.2024; 27.12.2024»", snapshot: item5("28.09.2024; 27.12.2024") },
    { name: "the cell holds a mark «да» (done-without-date reports it)", snapshot: item5("да") },
    { name: "the cell holds «-» meaning not done yet", snapshot: item5("-") },
    { name: "a school's step cell holds a real date", snapshot: school8(d("20.08.2024")) },
    { name: "a school's step cell is empty", snapshot: school8(null) },
    {
      name: "a per-school item's roadmap row says «по ОО — см. реестр» (its schools are judged instead)",
      snapshot: monitoring(
        [{ number: "8", deadline: "не позднее 25 августа 2024 года", done: "по ОО — см. «Реестр ОО»" }],
        [{ name: SCHOOL_A, steps: { "8": d("20.08.2024") } }],
        ["8"],
      ),
    },
  ],
  invalid: [
    {
      name: "an impossible date 31.02.2024 in the roadmap's done-date cell",
      snapshot: item5("31.02.2024"),
      errors: [{ messageId: "impossible", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "text that is not a date «в феврале»",
      snapshot: item5("в феврале"),
      errors: [{ messageId: "unparsed", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "one impossible date among two «15.02.2024; 31.02.2024»",
      snapshot: item5("15.02.2024; 31.02.2024"),
      errors: [{ messageId: "impossible", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "a plain number 45 that is no plausible date",
      snapshot: item5(45),
      errors: [{ messageId: "not-a-date-number", sheet: ROADMAP, cell: "E2", measure: "5" }],
    },
    {
      name: "«31.06.2024» in a school's step cell, naming the school",
      snapshot: school8("31.06.2024"),
      errors: [{ messageId: "impossible", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "8" }],
    },
    {
      name: "«сентябрь» in a school's step cell",
      snapshot: school8("сентябрь"),
      errors: [{ messageId: "unparsed", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "8" }],
    },
    {
      name: "the right cell under a merged two-row header with a numbering row",
      snapshot: workbook(
        mergedRoadmapSheet([
          { number: "1", deadline: "29 декабря 2023 года", done: d("28.12.2023"), document: "Распоряжение" },
          { number: "5", deadline: "не позднее 15 февраля 2024 года", done: "31.02.2024" },
        ]),
        registrySheet([{ name: SCHOOL_A }]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "impossible", sheet: ROADMAP, cell: "E6", measure: "5" }],
    },
    {
      name: "each bad school cell once, in row order",
      snapshot: monitoring(
        [{ number: "8", deadline: "не позднее 25 августа 2024 года" }],
        [
          { name: SCHOOL_A, steps: { "8": "31.02.2024" } },
          { name: SCHOOL_B, steps: { "8": "скоро" } },
        ],
        ["8"],
      ),
      errors: [
        { messageId: "impossible", sheet: REGISTRY, cell: "E2", school: SCHOOL_A, measure: "8" },
        { messageId: "unparsed", sheet: REGISTRY, cell: "E3", school: SCHOOL_B, measure: "8" },
      ],
    },
  ],
});
