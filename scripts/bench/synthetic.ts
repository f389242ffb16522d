import { isoToSerial } from "../../src/domain/excel-serial";
import { BUILTIN_ROADMAP } from "../../src/domain/roadmap";
import type { ModelCell, SheetModel } from "../../src/domain/sheet-model";

const DISTRICTS = [
  "Бокситогорский",
  "Волосовский",
  "Волховский",
  "Всеволожский",
  "Выборгский",
  "Гатчинский",
  "Кингисеппский",
  "Киришский",
  "Кировский",
  "Лужский",
];
const STEP_ITEMS = BUILTIN_ROADMAP.items.filter((i) => i.perSchool);
const QUARTERS = ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"];

/**
 * A monitoring workbook of n schools with full indicator history (4 quarters), as sheet
 * models, so the benchmark writes it through the real .xlsx adapter. Deterministic.
 */
export function syntheticWorkbook(n: number): SheetModel[] {
  let seed = n;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const roadmap: ModelCell[] = [];
  ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"].forEach((v, col) =>
    roadmap.push({ row: 0, col, value: v }),
  );
  BUILTIN_ROADMAP.items.forEach((item, i) => {
    roadmap.push(
      { row: i + 1, col: 0, value: item.number },
      { row: i + 1, col: 1, value: item.title },
      { row: i + 1, col: 2, value: item.deadline },
    );
    if (!item.perSchool && rnd() < 0.7) {
      roadmap.push({ row: i + 1, col: 3, value: isoToSerial("2024-02-10"), style: { numberFormat: "DD.MM.YYYY" } });
      roadmap.push({ row: i + 1, col: 4, value: "Распоряжение № 1-р" });
    }
  });
  const registry: ModelCell[] = [];
  [
    "№",
    "Муниципальный район",
    "Образовательная организация",
    "Год создания",
    ...STEP_ITEMS.map((i) => `п. ${i.number}`),
  ].forEach((v, col) => registry.push({ row: 0, col, value: v }));
  const indicators: ModelCell[] = [];
  ["Образовательная организация", "Отчётный период", "П1", "П2", "П3", "П4", "П5", "П6", "П7"].forEach((v, col) =>
    indicators.push({ row: 0, col, value: v }),
  );
  let irow = 1;
  for (let s = 0; s < n; s++) {
    const row = s + 1;
    const name = `МОУ «СОШ № ${s + 1}» ${DISTRICTS[s % DISTRICTS.length]}`;
    registry.push(
      { row, col: 0, value: row },
      { row, col: 1, value: DISTRICTS[s % DISTRICTS.length] },
      { row, col: 2, value: name },
      { row, col: 3, value: 2024 },
    );
    STEP_ITEMS.forEach((_, k) => {
      const r = rnd();
      const value =
        r < 0.6 ? isoToSerial("2024-08-20") : r < 0.7 ? "20.08.2024" : r < 0.75 ? "да" : r < 0.77 ? "31.02.2024" : null;
      registry.push({
        row,
        col: 4 + k,
        value,
        style: typeof value === "number" ? { numberFormat: "DD.MM.YYYY" } : undefined,
      });
    });
    let teachers = 1;
    for (const q of QUARTERS) {
      const total = 500 + Math.round(rnd() * 500);
      teachers += rnd() < 0.9 ? 1 : -1;
      const p3 = 20 + Math.round(rnd() * 150);
      const values = [
        total,
        Math.round(total * 0.3),
        p3,
        Math.round((p3 / total) * 1000) / 1000,
        teachers,
        4,
        Math.round(p3 / 2),
      ];
      indicators.push({ row: irow, col: 0, value: name }, { row: irow, col: 1, value: q });
      values.forEach((v, k) =>
        indicators.push({ row: irow, col: 2 + k, value: v, style: k === 3 ? { numberFormat: "0.0%" } : undefined }),
      );
      irow++;
    }
  }
  return [
    { name: "Дорожная карта", cells: roadmap },
    { name: "Реестр ОО", cells: registry },
    { name: "Показатели", cells: indicators },
  ];
}
