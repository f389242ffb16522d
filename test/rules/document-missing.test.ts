import { documentMissing } from "../../src/rules/document-missing";
import {
  type CellInput,
  d,
  mergedRoadmapSheet,
  monitoring,
  registrySheet,
  indicatorsSheet,
  ROADMAP,
  SCHOOL_A,
  testRule,
  workbook,
} from "../helpers/snapshot-builder";

const item10 = (done: CellInput, document: CellInput) =>
  monitoring([{ number: "10", deadline: "не позднее 25 августа 2024 года", done, document }]);

testRule(documentMissing, {
  valid: [
    {
      name: "item 10 is done with its document given",
      snapshot: item10(d("20.08.2024"), "Распоряжение от 20.08.2024 № 1"),
    },
    { name: "item 10 is not done and has no document", snapshot: item10(null, null) },
    { name: "item 10's done cell holds «нет»", snapshot: item10("нет", null) },
    { name: "item 10's done cell holds text that is not a date", snapshot: item10("в работе", null) },
    { name: "item 10's done cell holds an impossible date 31.02.2024", snapshot: item10("31.02.2024", null) },
    {
      name: "a per-school item done at every school (schools keep their own documents)",
      snapshot: monitoring(
        [{ number: "8", deadline: "не позднее 25 августа 2024 года", done: d("25.08.2024") }],
        [{ name: SCHOOL_A, steps: { "8": d("20.08.2024") } }],
        ["8"],
      ),
    },
  ],
  invalid: [
    {
      name: "item 10 done 20.08.2024 with an empty «Реквизиты документа» cell",
      snapshot: item10(d("20.08.2024"), null),
      errors: [{ messageId: "missing", sheet: ROADMAP, cell: "F2", measure: "10" }],
    },
    {
      name: "item 10 marked «да» without a document",
      snapshot: item10("да", null),
      errors: [{ messageId: "missing", sheet: ROADMAP, cell: "F2", measure: "10" }],
    },
    {
      name: "item 10 done with only spaces in the document cell",
      snapshot: item10("20.08.2024", "   "),
      errors: [{ messageId: "missing", sheet: ROADMAP, cell: "F2", measure: "10" }],
    },
    {
      name: "the right cell under a merged two-row header",
      snapshot: workbook(
        mergedRoadmapSheet([
          { number: "1", deadline: "29 декабря 2023 года", done: d("28.12.2023"), document: "Распоряжение" },
          { number: "10", deadline: "не позднее 25 августа 2024 года", done: d("20.08.2024") },
        ]),
        registrySheet([{ name: SCHOOL_A }]),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "missing", sheet: ROADMAP, cell: "F6", measure: "10" }],
    },
  ],
});
