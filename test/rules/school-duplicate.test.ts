import { schoolDuplicate } from "../../src/rules/school-duplicate";
import {
  type CellInput,
  findingsOf,
  indicatorsSheet,
  REGISTRY,
  roadmapSheet,
  sheet,
  testRule,
  workbook,
} from "../helpers/snapshot-builder";

const registry = (...names: CellInput[]) =>
  workbook(
    roadmapSheet([{ number: "1", deadline: "29 декабря 2023 года" }]),
    sheet(REGISTRY, [
      ["№", "Муниципальный район", "Образовательная организация"],
      ...names.map((n, i) => [i + 1, "Лужский", n]),
    ]),
    indicatorsSheet(),
  );

testRule(schoolDuplicate, {
  valid: [
    { name: "every school is listed once", snapshot: registry("МОУ «СОШ № 1»", "МОУ «СОШ № 2»", "МОУ «Гимназия № 1»") },
    { name: "two rows have an empty school cell", snapshot: registry("МОУ «СОШ № 1»", null, "", "МОУ «СОШ № 2»") },
    { name: "names differ only in the number «№ 1» vs «№ 11»", snapshot: registry("МОУ «СОШ № 1»", "МОУ «СОШ № 11»") },
    { name: "the registry is empty", snapshot: registry() },
  ],
  invalid: [
    {
      name: "the same school twice, on the second row",
      snapshot: registry("МОУ «СОШ № 1»", "МОУ «СОШ № 1»"),
      errors: [{ messageId: "duplicate", sheet: REGISTRY, cell: "C3", school: "МОУ «СОШ № 1»" }],
    },
    {
      name: "a repeat written with other quotes, spacing and case",
      snapshot: registry("МОУ «СОШ № 5»", "МОУ «СОШ № 2»", 'моу  "СОШ №5"'),
      errors: [{ messageId: "duplicate", sheet: REGISTRY, cell: "C4", school: 'моу  "СОШ №5"' }],
    },
    {
      name: "a school three times: every repeat",
      snapshot: registry("МОУ «СОШ № 1»", "МОУ «СОШ № 1»", "МОУ «СОШ № 2»", "МОУ «сош № 1»"),
      errors: [
        { messageId: "duplicate", sheet: REGISTRY, cell: "C3", school: "МОУ «СОШ № 1»" },
        { messageId: "duplicate", sheet: REGISTRY, cell: "C5", school: "МОУ «сош № 1»" },
      ],
    },
    {
      name: "a repeat under a title row and a merged two-row header",
      snapshot: workbook(
        roadmapSheet([{ number: "1", deadline: "29 декабря 2023 года" }]),
        sheet(
          REGISTRY,
          [
            ["Реестр ОО на 2024 год"],
            ["№", "Сведения об ОО", null],
            [null, "Муниципальный район", "Образовательная организация"],
            [1, "Лужский", "МОУ «СОШ № 3»"],
            [2, "Лужский", "МОУ «СОШ № 3»"],
          ],
          { merges: ["A1:C1", "A2:A3", "B2:C2"] },
        ),
        indicatorsSheet(),
      ),
      errors: [{ messageId: "duplicate", sheet: REGISTRY, cell: "C5", school: "МОУ «СОШ № 3»" }],
    },
  ],
});

describe("school-duplicate: data", () => {
  it("points back at the first entry's row and cell", () => {
    const [f] = findingsOf(schoolDuplicate, registry("МОУ «СОШ № 1»", "МОУ «СОШ № 2»", "МОУ «СОШ № 1»"));
    expect(f.data).toEqual({ firstRow: 2, firstCell: "C2" });
  });
});
