import { DATA_ERROR_FILL, STATUS_FILL } from "../../src/domain/palette";
import type { PaintCell } from "../../src/domain/paint-plan";
import { checkWorkbook } from "../../src/engine/check";
import {
  busyWorkbook,
  type CellInput,
  d,
  monitoring,
  options,
  REGISTRY,
  ROADMAP,
  SCHOOL_A,
  SCHOOL_B,
} from "../helpers/snapshot-builder";

const cells = (plan: PaintCell[]) =>
  plan
    .map((c) => `${c.sheet}!${String.fromCharCode(65 + c.col)}${c.row + 1} ${c.fill}`)
    .sort((a, b) => a.localeCompare(b));

describe("paint plan", () => {
  it.each<[string, CellInput, string, string | null]>([
    ["green for item 5 done on time", d("14.02.2024"), "2024-10-01", STATUS_FILL["done-on-time"]],
    ["orange for item 5 done late", d("20.02.2024"), "2024-10-01", STATUS_FILL["done-late"]],
    ["red for item 5 overdue", null, "2024-10-01", STATUS_FILL.overdue],
    ["yellow for item 5 due soon", null, "2024-02-05", STATUS_FILL["due-soon"]],
    ["red for an impossible date 31.02.2024", "31.02.2024", "2024-01-10", DATA_ERROR_FILL],
    ["red for a date after the as-of date", d("15.12.2024"), "2024-10-01", DATA_ERROR_FILL],
    ["nothing when item 5 is not yet due", null, "2024-01-10", null],
  ])("paints %s on exactly its done-date cell", (_name, done, asOf, fill) => {
    const r = checkWorkbook(
      monitoring([{ number: "5", deadline: "не позднее 15 февраля 2024 года", done, document: "Реестр извещений" }]),
      options({ asOf }),
    );
    expect(cells(r.paint)).toEqual(fill ? [`${ROADMAP}!E2 ${fill}`] : []);
  });

  it("paints a schedule deadline's done cell blue (no deadline)", () => {
    const r = checkWorkbook(
      monitoring([{ number: "2", deadline: "Согласно графику", done: null, document: null }]),
      options(),
    );
    expect(cells(r.paint)).toEqual([`${ROADMAP}!E2 ${STATUS_FILL["no-deadline"]}`]);
  });

  it("paints a missing document yellow beside the done date", () => {
    const r = checkWorkbook(
      monitoring([{ number: "10", deadline: "не позднее 25 августа 2024 года", done: d("20.08.2024") }]),
      options(),
    );
    expect(cells(r.paint)).toEqual([
      `${ROADMAP}!E2 ${STATUS_FILL["done-on-time"]}`,
      `${ROADMAP}!F2 ${STATUS_FILL["due-soon"]}`,
    ]);
  });

  it("paints each school's cell by its own status and the roadmap row by the roll-up", () => {
    const r = checkWorkbook(
      monitoring(
        [{ number: "8", deadline: "не позднее 25 августа 2024 года", done: "по ОО" }],
        [
          { name: SCHOOL_A, steps: { "8": d("20.08.2024") } },
          { name: SCHOOL_B, steps: { "8": d("30.08.2024") } },
          { name: "МОУ «СОШ № 3»", steps: { "8": "сентябрь" } },
        ],
        ["8"],
      ),
      options(),
    );
    expect(cells(r.paint)).toEqual(
      [
        `${ROADMAP}!E2 ${STATUS_FILL.overdue}`,
        `${REGISTRY}!E2 ${STATUS_FILL["done-on-time"]}`,
        `${REGISTRY}!E3 ${STATUS_FILL["done-late"]}`,
        `${REGISTRY}!E4 ${DATA_ERROR_FILL}`,
      ].sort((a, b) => a.localeCompare(b)),
    );
  });

  it("leaves not-due school cells and not-due items unpainted", () => {
    const r = checkWorkbook(
      monitoring(
        [
          { number: "11", deadline: "В течение 2024 года" },
          { number: "12", deadline: "не позднее 15 сентября 2024года" },
        ],
        [{ name: SCHOOL_A, steps: { "12": null } }],
        ["12"],
      ),
      options({ asOf: "2024-06-01" }),
    );
    expect(r.paint).toEqual([]);
  });

  it("uses only palette colours, one entry per cell, each on an existing sheet", () => {
    const snapshot = busyWorkbook();
    const r = checkWorkbook(snapshot, options());
    const palette = new Set([...Object.values(STATUS_FILL).filter((f): f is string => f !== null), DATA_ERROR_FILL]);
    const seen = new Set<string>();
    for (const c of r.paint) {
      expect(palette.has(c.fill)).toBe(true);
      expect(snapshot.sheets.some((s) => s.name === c.sheet)).toBe(true);
      const key = `${c.sheet}|${c.row}|${c.col}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it("notes a painted cell with its most severe finding's message", () => {
    const r = checkWorkbook(busyWorkbook(), options());
    const e8 = r.paint.find((c) => c.sheet === ROADMAP && c.row === 7 && c.col === 4);
    const invalid = r.findings.find((f) => f.rule === "date-invalid" && f.sheet === ROADMAP);
    expect(e8?.note).toBe(invalid?.message);
  });

  it("colours a status-only cell without a note", () => {
    const r = checkWorkbook(
      monitoring([{ number: "1", deadline: "29 декабря 2023 года", done: d("28.12.2023"), document: "Распоряжение" }]),
      options(),
    );
    expect(r.paint).toEqual([
      {
        sheet: ROADMAP,
        row: 1,
        col: 4,
        fill: STATUS_FILL["done-on-time"],
        status: "done-on-time",
      },
    ]);
  });

  it("paints a school's «да» without a date yellow as done-undated, with the done-without-date note", () => {
    const r = checkWorkbook(
      monitoring(
        [{ number: "8", deadline: "не позднее 1 сентября 2024 года", done: null, document: null }],
        [{ name: SCHOOL_A, steps: { "8": "да" } }],
        ["8"],
      ),
      options(),
    );
    const cell = r.paint.find((c) => c.sheet !== ROADMAP);
    expect(cell).toMatchObject({ fill: STATUS_FILL["done-undated"], status: "done-undated" });
    expect(cell?.note).toContain("да");
    // The roadmap row shows the roll-up (done-undated too) with a colour and no note.
    expect(r.paint.find((c) => c.sheet === ROADMAP)).toMatchObject({ status: "done-undated" });
    expect(r.paint.find((c) => c.sheet === ROADMAP)?.note).toBeUndefined();
  });
});
