import type { CellStyle, ModelCell, ModelValue, SheetModel } from "../../src/domain/sheet-model";
import { SCHOOLS } from "./schools";

const HEAD: CellStyle = { bold: true, wrap: true, border: true, hAlign: "center", vAlign: "middle", fill: "#F2F2F2" };
const BODY: CellStyle = { wrap: true, border: true, vAlign: "top" };
const NUM: CellStyle = { border: true, hAlign: "right" };

/** Indicator columns as coordinators head them: code first, then a short name. */
const COLUMNS = [
  "П1. Всего обучающихся в ОО",
  "П2. Обучающиеся на оборудовании Кванториума",
  "П3. Обучающиеся по программам доп. образования",
  "П4. Доля охваченных программами, %",
  "П5. Педагоги, прошедшие ПК (нарастающим итогом)",
  "П6. Мероприятия (нарастающим итогом)",
  "П7. Участники мероприятий",
];

/** Deterministic "random" numbers so the sample is the same on every machine. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

type Row = { school: string; district: string; period: ModelValue; values: (ModelValue | { pct: number })[] };

function rows(): Row[] {
  const rnd = seeded(20241001);
  const out: Row[] = [];
  const periods: ModelValue[][] = [
    ["II квартал 2024", "2 кв. 2024", "2024-Q2"],
    ["III квартал 2024", "3 кв. 2024", "2024-Q3"],
  ];
  SCHOOLS.forEach((s, i) => {
    const total = 400 + Math.round(rnd() * 900);
    let teachers = 1 + Math.round(rnd() * 2);
    let events = 2 + Math.round(rnd() * 3);
    [0, 1].forEach((q) => {
      const p2 = Math.round(total * (0.25 + rnd() * 0.2));
      const p3 = q === 0 ? 40 + Math.round(rnd() * 80) : 80 + Math.round(rnd() * 120);
      teachers += q;
      events += q * (2 + Math.round(rnd() * 3));
      out.push({
        school: s.name,
        district: s.district,
        period: periods[q][i % 3],
        values: [
          total,
          p2,
          p3,
          { pct: Math.round((p3 / total) * 1000) / 1000 },
          teachers,
          events,
          Math.round(p3 * 0.6),
        ],
      });
    });
  });
  // Typical slips, each on a different school in the reporting quarter (Q3 rows are odd indexes).
  const q3 = (i: number) => out[i * 2 + 1];
  q3(1).values[2] = "сто двадцать"; // text in a number column
  q3(2).values[4] = 1; // cumulative teachers dropped from 2+ to 1
  q3(3).values[1] = 2500; // part above the whole (П2 > П1)
  q3(4).values[3] = "85%"; // percent typed as text: valid
  q3(5).values[3] = { pct: 1.3 }; // 130 %: out of range
  q3(6).values[0] = 12.5; // not an integer
  q3(7).values[5] = -3; // negative
  q3(8).values[2] = 12; // below the minimum of 20
  q3(9).values[6] = "1 234"; // a number typed with a space: valid
  out.splice(10 * 2 + 1, 1); // the 11th school sent nothing for Q3
  out.push({
    school: "МОУ «Новая школа № 100»",
    district: "Ломоносовский муниципальный район",
    period: "2024-Q3",
    values: [500, 200, 90, { pct: 0.18 }, 2, 6, 50],
  });
  return out;
}

export function indicatorSheets(): SheetModel[] {
  const cells: ModelCell[] = [];
  const put = (row: number, col: number, value: ModelValue, style?: CellStyle) =>
    cells.push({ row, col, value, style });
  put(0, 0, "Показатели деятельности Школьных Кванториумов (ежеквартальный мониторинг)", { bold: true, fontSize: 13 });
  const headers = ["Муниципальный район", "Образовательная организация", "Отчётный период", ...COLUMNS];
  headers.forEach((h, col) => put(2, col, h, HEAD));
  rows().forEach((r, i) => {
    const row = 3 + i;
    put(row, 0, r.district, BODY);
    put(row, 1, r.school, BODY);
    put(row, 2, r.period, { ...BODY, hAlign: "center" });
    r.values.forEach((v, k) => {
      if (v !== null && typeof v === "object") put(row, 3 + k, v.pct, { ...NUM, numberFormat: "0.0%" });
      else put(row, 3 + k, v, NUM);
    });
  });
  return [
    {
      name: "Показатели",
      cells,
      merges: [{ top: 0, left: 0, bottom: 0, right: 9 }],
      columnWidths: [30, 46, 17, 14, 16, 16, 14, 16, 16, 14],
      rowHeights: { 2: 75 },
      freeze: { rows: 3, cols: 3 },
      print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 2, last: 2 } },
    },
  ];
}
