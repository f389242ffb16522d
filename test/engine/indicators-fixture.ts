/**
 * A monitoring workbook with a full «Показатели» sheet for indicator tests. Columns:
 * A Муниципальный район, B Образовательная организация, C Отчётный период, D…J П1…П7,
 * data from row 2. Values not given are a plausible valid school (so a test only spells
 * out the cells it is about); `null` leaves a cell empty.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import {
  type CellInput,
  registrySheet,
  roadmapSheet,
  SCHOOL_A,
  SCHOOL_B,
  sheet,
  workbook,
} from "../helpers/snapshot-builder";

export const CODES = ["П1", "П2", "П3", "П4", "П5", "П6", "П7"] as const;
export type Code = (typeof CODES)[number];

/** Column letter of each indicator on the fixture sheet. */
export const COL: Record<Code, string> = { П1: "D", П2: "E", П3: "F", П4: "G", П5: "H", П6: "I", П7: "J" };

export const HEADERS = [
  "Муниципальный район",
  "Образовательная организация",
  "Отчётный период",
  "П1. Общая численность обучающихся общеобразовательной организации",
  "П2",
  "П3. Численность обучающихся по дополнительным общеобразовательным программам на базе Школьного Кванториума",
  "Доля обучающихся, охваченных программами Школьного Кванториума",
  "П5",
  "П6 (ед.)",
  "П7:",
];

export const VALID: Record<Code, CellInput> = { П1: 500, П2: 150, П3: 100, П4: 0.25, П5: 2, П6: 5, П7: 80 };

export interface IndRow {
  school: CellInput;
  period: CellInput;
  municipality?: string;
  v?: Partial<Record<Code, CellInput>>;
  /** Number formats by code, e.g. { П4: "0%" }. П4 gets "0%" unless given. */
  formats?: Partial<Record<Code, string | null>>;
}

export function indicatorsSheet(rows: IndRow[], headers: string[] = HEADERS, name = "Показатели"): SheetSnapshot {
  const s = sheet(name, [
    headers,
    ...rows.map((r): CellInput[] => [
      r.municipality ?? "Лужский муниципальный район",
      r.school,
      r.period,
      ...CODES.map((c) => (r.v && c in r.v ? r.v[c] : VALID[c])),
    ]),
  ]);
  rows.forEach((r, i) => {
    const f = s.formats?.[i + 1] as (string | null)[];
    CODES.forEach((c, k) => {
      const fmt = r.formats && c in r.formats ? r.formats[c] : c === "П4" ? "0%" : null;
      if (fmt) f[3 + k] = fmt;
    });
  });
  return s;
}

export interface BookOptions {
  schools?: string[];
  extra?: SheetSnapshot[];
  headers?: string[];
}

/** Roadmap (one regional item) + registry + «Показатели» (+ extra sheets such as «Правила показателей»). */
export function indicatorsBook(rows: IndRow[], opts: BookOptions = {}): WorkbookSnapshot {
  const schools = (opts.schools ?? [SCHOOL_A, SCHOOL_B]).map((name) => ({ name }));
  return workbook(
    roadmapSheet([{ number: "1", deadline: "до 1 февраля 2024 года" }]),
    registrySheet(schools),
    indicatorsSheet(rows, opts.headers),
    ...(opts.extra ?? []),
  );
}

/** Both registry schools reporting valid values for a quarter. */
export function bothSchools(period: CellInput, v: Partial<Record<Code, CellInput>> = {}): IndRow[] {
  return [
    { school: SCHOOL_A, period, v },
    { school: SCHOOL_B, period, v },
  ];
}
