import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/snapshot";
import { a1 } from "../../src/domain/cell-address";
import { checkWorkbook } from "../../src/engine/check";
import { hiddenMergeCells, withMergedValues } from "../../src/engine/merged-values";
import { bothSchools, indicatorsSheet } from "./indicators-fixture";
import {
  d,
  options,
  registrySheet,
  roadmapSheet,
  SCHOOL_A,
  SCHOOL_B,
  sheet,
  workbook,
  type CellInput,
} from "../helpers/snapshot-builder";

/** A workbook with every sheet role: roadmap, registry doubling as steps, indicators, indicator rules. */
function base(): WorkbookSnapshot {
  return workbook(
    roadmapSheet([
      { number: "1", deadline: "до 1 февраля 2024 года", done: d("25.01.2024"), document: "Приказ № 1" },
      { number: "5", deadline: "не позднее 15 февраля 2024 года" },
      { number: "8", deadline: "не позднее 25 августа 2024 года" },
      { number: "12", deadline: "не позднее 15 сентября 2024 года" },
    ]),
    registrySheet(
      [
        { name: SCHOOL_A, steps: { "8": d("20.08.2024"), "12": d("16.09.2024") } },
        { name: SCHOOL_B, steps: { "8": null, "12": d("02.09.2024") } },
      ],
      ["8", "12"],
    ),
    indicatorsSheet(bothSchools("2024-Q3")),
    sheet("Правила показателей", [
      ["Код", "Показатель", "Ед. изм.", "Тип", "Мин.", "Целевое значение"],
      ["П1", "Общая численность обучающихся", "чел.", "целое", 100, null],
    ]),
  );
}

type Where = "under" | "inside" | "above";

/** Puts a note row on one sheet, merged across every column of the table. */
function withNote(w: WorkbookSnapshot, sheetName: string, where: Where, text: string): WorkbookSnapshot {
  return {
    sheets: w.sheets.map((s) => (s.name === sheetName ? noted(s, where, text) : s)),
  };
}

function noted(s: SheetSnapshot, where: Where, text: string): SheetSnapshot {
  const width = Math.max(...s.rows.map((r) => r.length));
  const at = where === "above" ? 0 : where === "inside" ? 2 : s.rows.length;
  const noteRow: (string | null)[] = [text, ...Array.from({ length: width - 1 }, () => null)];
  const rows = [...s.rows.slice(0, at), noteRow, ...s.rows.slice(at)];
  const formats = s.formats ? [...s.formats.slice(0, at), noteRow.map(() => null), ...s.formats.slice(at)] : undefined;
  const merges = [{ top: at, left: 0, bottom: at, right: width - 1 }];
  return { ...s, rows, formats, merges };
}

/** What a check says, without cell addresses (a row put above or inside shifts them). */
function gist(w: WorkbookSnapshot) {
  const r = checkWorkbook(w, options());
  return {
    findings: r.findings.map((f) => `${f.rule}/${f.messageId}/${f.sheet}/${f.school ?? ""}/${f.measure ?? ""}`).sort(),
    schools: r.context.schools.map((s) => s.name),
    items: r.context.roadmap.map((e) => `${e.number}:${e.judged.status}`),
    painted: r.paint.length,
    result: r,
  };
}

const NOTES = [
  "* По п. 12 срок перенесён приказом от 01.09.2024 № 12",
  "Примечание: даты указаны по данным ОО на 01.10.2024",
  "Сроки по п. 8 перенесены на 2025 год распоряжением комитета",
];
const SHEETS = ["Дорожная карта", "Реестр ОО", "Показатели", "Правила показателей"];
const CASES = SHEETS.flatMap((s) =>
  (["under", "inside", "above"] as Where[]).flatMap((w) => NOTES.map((n) => [s, w, n])),
);

describe("notes merged across a table are not data (PRODUCT.md §3)", () => {
  const clean = gist(base());

  it.each(CASES)(
    "on «%s», a note %s the table changes no finding, school, item or colour: «%s»",
    (name, where, text) => {
      const w = withNote(base(), name, where as Where, text);
      const g = gist(w);
      expect(g.findings).toEqual(clean.findings);
      expect(g.schools).toEqual(clean.schools);
      expect(g.items).toEqual(clean.items);
      expect(g.painted).toBe(clean.painted);
      const noteRow =
        where === "above" ? 0 : where === "inside" ? 2 : w.sheets.find((s) => s.name === name)!.rows.length - 1;
      expect(g.result.findings.filter((f) => f.sheet === name && f.row === noteRow)).toEqual([]);
      expect(g.result.paint.filter((p) => p.sheet === name && p.row === noteRow)).toEqual([]);
    },
  );

  it("reads the steps sheet of issue 12 (a note merged A18:K18 under 16 schools) as 16 schools", () => {
    const schools = Array.from({ length: 16 }, (_, i) => ({
      name: `МОУ «СОШ № ${i + 1}»`,
      steps: { "8": d("20.08.2024"), "12": i % 2 ? d("10.09.2024") : null } as Record<string, CellInput>,
    }));
    const reg = registrySheet(schools, ["8", "12", "4", "6", "7", "9", "11"]);
    const note = "* По п. 12 срок перенесён на 01.11.2024 приказом комитета";
    const rows = [...reg.rows, [note, ...Array.from({ length: 10 }, () => null)]];
    const steps: SheetSnapshot = {
      ...reg,
      rows,
      formats: [...(reg.formats ?? []), []],
      merges: [{ top: 17, left: 0, bottom: 17, right: 10 }],
    };
    const w = workbook(
      roadmapSheet([
        { number: "8", deadline: "не позднее 25 августа 2024 года" },
        { number: "12", deadline: "не позднее 15 сентября 2024 года" },
      ]),
      steps,
    );
    const r = checkWorkbook(w, options());
    expect(r.context.schools).toHaveLength(16);
    const onNote = r.findings.filter((f) => f.sheet === "Реестр ОО" && f.row === 17);
    expect(onNote).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "school-unknown")).toEqual([]);
    expect(r.paint.filter((p) => p.row === 17)).toEqual([]);
  });
});

describe("merged values", () => {
  it("copies a value merged down rows to each row of its first column, never across columns", () => {
    const s = sheet(
      "Реестр ОО",
      [
        ["№", "Район", "ОО", "Прим."],
        [1, "Лужский", SCHOOL_A, "общая заметка"],
        [2, null, SCHOOL_B, null],
      ],
      {
        merges: ["B2:B3", "D2:E2"],
      },
    );
    const out = withMergedValues(workbook(s)).sheets[0];
    expect(out.rows[2][1]).toBe("Лужский");
    expect(out.rows[1][4]).toBeUndefined();
    expect(s.rows[2][1]).toBeNull();
  });

  it("leaves a workbook with only merges across columns as it is", () => {
    const w = workbook(sheet("Лист", [["Заголовок", null, null]], { merges: ["A1:C1"] }));
    expect(withMergedValues(w)).toBe(w);
  });

  it("tells the hidden cells of a merge from its top-left cell", () => {
    const hidden = hiddenMergeCells(workbook(sheet("Лист", [["x"]], { merges: ["B2:C3"] })));
    expect([
      hidden("Лист", 1, 1),
      hidden("Лист", 1, 2),
      hidden("Лист", 2, 1),
      hidden("Лист", 0, 0),
      hidden("Другой", 1, 2),
    ]).toEqual([false, true, true, false, false]);
  });

  it("never paints or notes a hidden cell of a merge", () => {
    // Two schools share one «п. 8» date merged E2:E3; a «Дата исполнения» is merged E2:E3 on the roadmap.
    const reg = registrySheet(
      [
        { name: SCHOOL_A, steps: { "8": "31.06.2024" } },
        { name: SCHOOL_B, steps: { "8": null } },
      ],
      ["8"],
    );
    const road = roadmapSheet([
      { number: "1", deadline: "до 1 февраля 2024 года", done: d("05.02.2024") },
      { number: "5", deadline: "не позднее 15 февраля 2024 года" },
      { number: "8", deadline: "не позднее 25 августа 2024 года" },
    ]);
    const w = workbook(
      { ...road, merges: [{ top: 1, left: 4, bottom: 2, right: 4 }] },
      { ...reg, merges: [{ top: 1, left: 4, bottom: 2, right: 4 }] },
    );
    const r = checkWorkbook(w, options());
    const cells = r.paint.map((p) => `${p.sheet}!${a1(p.row, p.col)}`);
    expect(cells).toContain("Реестр ОО!E2");
    expect(cells).toContain("Дорожная карта!E2");
    expect(cells).not.toContain("Реестр ОО!E3");
    expect(cells).not.toContain("Дорожная карта!E3");
  });
});
