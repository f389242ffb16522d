import seed from "./data/roadmap-lo-2024.json";

/** One item of the roadmap order (PRODUCT.md §3); data, not code. */
export interface RoadmapItem {
  number: string;
  title: string;
  /** A short header for the item's column in the registry (per-school items): «Оборудование получено и налажено». */
  short?: string;
  responsible: string;
  result: string;
  /** The «Срок» text exactly as in the order. */
  deadline: string;
  /** Done by each school (tracked per school) rather than by the region. */
  perSchool: boolean;
}

export interface Roadmap {
  source: string;
  region: string;
  year: number;
  items: RoadmapItem[];
}

/** The seed's 13 items: used by «Создать шаблон» and when the workbook's roadmap lacks a deadline. */
export const BUILTIN_ROADMAP: Roadmap = seed as Roadmap;

export function builtinItem(number: string): RoadmapItem | undefined {
  return BUILTIN_ROADMAP.items.find((i) => i.number === number);
}

/** «5.», «п. 5», «5» → «5». */
export function normalizeItemNumber(raw: string | number | null | undefined): string {
  if (raw === null || raw === undefined) return "";
  const m = /(\d{1,3}(?:\.\d{1,3})?)/.exec(String(raw));
  if (!m) return "";
  return m[1].replace(/\.$/, "").replace(/^0+(?=\d)/, "");
}
