import { schoolUnknown } from "../../src/rules/school-unknown";
import {
  d,
  INDICATORS,
  indicatorsSheet,
  registrySheet,
  roadmapSheet,
  SCHOOL_A,
  SCHOOL_B,
  sheet,
  testRule,
  workbook,
} from "../helpers/snapshot-builder";

const STEPS = "Мониторинг по ОО";
const roadmap = roadmapSheet([{ number: "8", deadline: "не позднее 25 августа 2024 года" }]);
/** A separate school-steps sheet: A № , B school, C item 8, D item 9. */
const steps = (...names: (string | null)[]) =>
  sheet(STEPS, [
    ["№", "Образовательная организация", "п. 8 Оборудование", "п. 9 Фотомониторинг"],
    ...names.map((n, i) => [i + 1, n, d("20.08.2024"), null]),
  ]);
const registry = registrySheet([{ name: SCHOOL_A }, { name: SCHOOL_B }]);

testRule(schoolUnknown, {
  valid: [
    {
      name: "every school on the steps sheet is in the registry",
      snapshot: workbook(roadmap, registry, steps(SCHOOL_A, SCHOOL_B), indicatorsSheet()),
    },
    {
      name: "a name differs only in quotes, spaces and case",
      snapshot: workbook(roadmap, registry, steps('моу "СОШ №1"', "МОУ  «СОШ № 2»"), indicatorsSheet()),
    },
    {
      name: "a steps row has an empty school cell",
      snapshot: workbook(roadmap, registry, steps(SCHOOL_A, null), indicatorsSheet()),
    },
    {
      name: "the registry lists no school at all (nothing to compare with)",
      snapshot: workbook(roadmap, registrySheet([]), steps("МОУ «Неизвестная школа»"), indicatorsSheet()),
    },
    {
      name: "the registry doubles as the steps sheet",
      snapshot: workbook(roadmap, registrySheet([{ name: SCHOOL_A, steps: { "8": null } }], ["8"]), indicatorsSheet()),
    },
    {
      name: "every school on the indicators sheet is in the registry",
      snapshot: workbook(
        roadmap,
        registry,
        indicatorsSheet([{ school: SCHOOL_A, period: "III квартал 2024", values: [100] }]),
      ),
    },
  ],
  invalid: [
    {
      name: "a school on the steps sheet that is not in the registry, once per row",
      snapshot: workbook(roadmap, registry, steps(SCHOOL_A, "МОУ «СОШ № 100»"), indicatorsSheet()),
      errors: [{ messageId: "unknown", sheet: STEPS, cell: "B3", school: "МОУ «СОШ № 100»" }],
    },
    {
      name: "a school on the indicators sheet that is not in the registry",
      snapshot: workbook(
        roadmap,
        registry,
        indicatorsSheet([
          { school: SCHOOL_A, period: "III квартал 2024", values: [100] },
          { school: "МОУ «Новая школа № 100»", period: "III квартал 2024", values: [120] },
        ]),
      ),
      errors: [{ messageId: "unknown", sheet: INDICATORS, cell: "A3", school: "МОУ «Новая школа № 100»" }],
    },
    {
      name: "unknown schools on both sheets, in sheet order",
      snapshot: workbook(
        roadmap,
        registry,
        steps("МОУ «СОШ № 7»"),
        indicatorsSheet([{ school: "МОУ «СОШ № 8»", period: "3 кв. 2024", values: [1] }]),
      ),
      errors: [
        { messageId: "unknown", sheet: STEPS, cell: "B2", school: "МОУ «СОШ № 7»" },
        { messageId: "unknown", sheet: INDICATORS, cell: "A2", school: "МОУ «СОШ № 8»" },
      ],
    },
  ],
});
