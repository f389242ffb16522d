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
/** A date a little before each per-school item's deadline: "done on time". */
const ON_TIME: Record<string, string> = {
  "4": "2024-02-20",
  "6": "2024-06-20",
  "7": "2024-08-20",
  "8": "2024-08-20",
  "9": "2024-08-20",
  "11": "2024-09-10",
  "12": "2024-09-10",
};
/** Full history up to the reporting quarter 2024-Q3, including a year's last quarter. */
const QUARTERS = ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"];

/**
 * How often cells are wrong. "typical" is a workbook mid-year (a few per cent of cells
 * with a finding); "error-heavy" makes most schools late or wrong somewhere, to see the
 * cost of tens of thousands of findings.
 */
export type Profile = "typical" | "error-heavy";

const RATES: Record<
  Profile,
  { late: number; blank: number; text: number; mark: number; impossible: number; bad: number }
> = {
  typical: { late: 0.03, blank: 0.03, text: 0.03, mark: 0.02, impossible: 0.01, bad: 0.01 },
  "error-heavy": { late: 0.25, blank: 0.2, text: 0.1, mark: 0.05, impossible: 0.02, bad: 0.1 },
};

/**
 * A monitoring workbook of n schools with full indicator history (4 quarters × 7 indicators),
 * as sheet models, so the benchmark writes it through the real .xlsx adapter. Deterministic.
 */
export function syntheticWorkbook(n: number, profile: Profile = "typical"): SheetModel[] {
  const rate = RATES[profile];
  let seed = n + (profile === "typical" ? 0 : 7);
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const DATE = { numberFormat: "DD.MM.YYYY" };

  const roadmap: ModelCell[] = [];
  ["№", "Наименование мероприятия", "Срок", "Дата исполнения", "Реквизиты документа"].forEach((v, col) =>
    roadmap.push({ row: 0, col, value: v }),
  );
  BUILTIN_ROADMAP.items.forEach((item, i) => {
    const row = i + 1;
    roadmap.push(
      { row, col: 0, value: item.number },
      { row, col: 1, value: item.title },
      { row, col: 2, value: item.deadline },
    );
    if (!item.perSchool) {
      roadmap.push({ row, col: 3, value: isoToSerial("2023-12-28"), style: DATE });
      roadmap.push({ row, col: 4, value: "Распоряжение № 1-р" });
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
    const district = DISTRICTS[s % DISTRICTS.length];
    const name = `МОУ «СОШ № ${s + 1}» ${district}`;
    registry.push(
      { row, col: 0, value: row },
      { row, col: 1, value: district },
      { row, col: 2, value: name },
      { row, col: 3, value: 2024 },
    );
    STEP_ITEMS.forEach((item, k) => {
      const r = rnd();
      let value: ModelCell["value"] = isoToSerial(ON_TIME[item.number]);
      let cut = rate.late;
      if (r < cut) value = isoToSerial("2024-09-20");
      else if (r < (cut += rate.blank)) value = null;
      else if (r < (cut += rate.text)) value = ON_TIME[item.number].split("-").reverse().join(".");
      else if (r < (cut += rate.mark)) value = "да";
      else if (r < (cut += rate.impossible)) value = "31.02.2024";
      registry.push({ row, col: 4 + k, value, style: typeof value === "number" ? DATE : undefined });
    });
    const total = 800 + Math.round(rnd() * 500);
    let teachers = 2;
    QUARTERS.forEach((q, qi) => {
      const quarterOfYear = Number(q.slice(-1));
      if (quarterOfYear === 1) teachers = 1;
      teachers += 1;
      const p3 = Math.round(total * (0.3 + rnd() * 0.1));
      const values: ModelCell["value"][] = [
        total,
        Math.round(total * 0.3),
        p3,
        Math.round((p3 / total) * 1000) / 1000,
        teachers,
        3 * quarterOfYear + Math.round(rnd()),
        Math.round(p3 / 2),
      ];
      if (rnd() < rate.bad) values[Math.floor(rnd() * 7)] = ["сто", -5, 12.5][qi % 3];
      indicators.push({ row: irow, col: 0, value: name }, { row: irow, col: 1, value: q });
      values.forEach((v, k) =>
        indicators.push({ row: irow, col: 2 + k, value: v, style: k === 3 ? { numberFormat: "0.0%" } : undefined }),
      );
      irow++;
    });
  }
  return [
    { name: "Дорожная карта", cells: roadmap },
    { name: "Реестр ОО", cells: registry },
    { name: "Показатели", cells: indicators },
  ];
}
