import { checkWorkbook } from "../../src/engine/check";
import { toJsonContract } from "../../src/engine/json-contract";
import {
  busyWorkbook,
  d,
  indicatorsSheet,
  options,
  registrySheet,
  ROADMAP,
  roadmapRow,
  ROADMAP_HEADER,
  SCHOOL_A,
  sheet,
  workbook,
} from "../helpers/snapshot-builder";

interface Contract {
  asOf: string;
  measures: {
    sheet: string;
    row: number;
    number: string;
    deadline: { text: string; kind: string; due: string | null; occurrences: string[] };
    status: string;
  }[];
  findings: Record<string, unknown>[];
  summary: Record<string, number>;
}

const contract = (asOf = "2024-10-01") => toJsonContract(checkWorkbook(busyWorkbook(), options({ asOf }))) as Contract;

describe("toJsonContract (PRODUCT.md §5)", () => {
  it("has exactly asOf, measures, findings and summary", () => {
    expect(Object.keys(contract()).sort()).toEqual(["asOf", "findings", "measures", "summary"]);
    expect(contract().asOf).toBe("2024-10-01");
  });

  it("gives each measure exactly sheet, row, number, deadline{text,kind,due,occurrences} and status", () => {
    for (const m of contract().measures) {
      expect(Object.keys(m).sort()).toEqual(["deadline", "number", "row", "sheet", "status"]);
      expect(Object.keys(m.deadline).sort()).toEqual(["due", "kind", "occurrences", "text"]);
    }
  });

  it("gives each finding exactly rule, severity, sheet, cell, school, measure (null when none) and message", () => {
    const allowed = ["cell", "measure", "message", "rule", "school", "severity", "sheet"];
    const { findings } = contract();
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const k of Object.keys(f)) expect(allowed).toContain(k);
      for (const k of ["rule", "severity", "sheet", "cell", "message"]) expect(typeof f[k]).toBe("string");
    }
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(allowed);
    expect(findings.some((f) => typeof f.school === "string")).toBe(true);
    expect(findings.some((f) => f.school === null)).toBe(true);
  });

  it("has exactly errors, warnings, info and cellsChecked in the summary", () => {
    expect(Object.keys(contract().summary).sort()).toEqual(["cellsChecked", "errors", "info", "warnings"]);
  });

  it("survives JSON unchanged (no undefined, Map or Date inside)", () => {
    const c = contract();
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("describes item 5 on row 7 exactly as the spec's example", () => {
    const items = [
      { number: "1", deadline: "29 декабря 2023 года", done: d("28.12.2023"), document: "Распоряжение" },
      {
        number: "2",
        deadline: "Согласно графику",
        deadlineDate: d("15.03.2024"),
        done: d("14.03.2024"),
        document: "Письмо",
      },
      { number: "3", deadline: "до 1 февраля 2024 года", done: d("31.01.2024"), document: "Распоряжение" },
      { number: "4", deadline: "1 марта 2024 года", done: d("01.03.2024"), document: "Письмо" },
      { number: "5", deadline: "не позднее 15 февраля 2024 года", done: d("15.02.2024"), document: "Реестр извещений" },
    ];
    const w = workbook(
      sheet(ROADMAP, [["Комплекс мер на 2024 год"], [...ROADMAP_HEADER], ...items.map(roadmapRow)]),
      registrySheet([{ name: SCHOOL_A }]),
      indicatorsSheet(),
    );
    const c = toJsonContract(checkWorkbook(w, options())) as Contract;
    expect(c.measures.find((m) => m.number === "5")).toEqual({
      sheet: "Дорожная карта",
      row: 7,
      number: "5",
      deadline: {
        text: "не позднее 15 февраля 2024 года",
        kind: "not-later-than",
        due: "2024-02-15",
        occurrences: ["2024-02-15"],
      },
      status: "done-on-time",
    });
  });

  it("lists a finding with its school and item number", () => {
    const f = contract().findings.find((x) => x.rule === "deadline-overdue" && x.cell === "E4");
    expect(f).toEqual({
      rule: "deadline-overdue",
      severity: "error",
      sheet: "Реестр ОО",
      cell: "E4",
      school: "МОУ «СОШ № 3»",
      measure: "8",
      message: expect.stringContaining("ячейка E4") as unknown as string,
    });
  });

  it("gives due null for an unresolved deadline and lists a series' occurrences", () => {
    const { measures } = contract();
    expect(measures.find((m) => m.number === "2")?.deadline).toMatchObject({
      kind: "schedule",
      due: null,
      occurrences: [],
    });
    const m13 = measures.find((m) => m.number === "13");
    expect(m13?.deadline.kind).toBe("recurring");
    expect(m13?.deadline.due).toBe("2024-10-01");
    expect(m13?.deadline.occurrences[0]).toBe("2024-10-01");
    expect(m13?.deadline.occurrences.every((x) => x <= "2025-10-02")).toBe(true);
  });
});
