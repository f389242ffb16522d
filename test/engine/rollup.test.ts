import type { Judgement } from "../../src/domain/judge-status";
import type { Status } from "../../src/domain/status";
import { checkWorkbook } from "../../src/engine/check";
import { rollUp, trustedDone } from "../../src/engine/rollup";
import { type CellInput, d, monitoring, options, ROADMAP, SCHOOL_A, SCHOOL_B } from "../helpers/snapshot-builder";

const j = (status: Status, due: string | null = "2024-08-25"): Judgement => ({ status, due });

describe("rollUp", () => {
  it.each<[string, Status[], Status]>([
    ["overdue if any school is overdue", ["done-on-time", "overdue", "due-soon"], "overdue"],
    ["due-soon if any is due soon and none overdue", ["done-on-time", "due-soon", "not-due"], "due-soon"],
    ["done-on-time when all are done on time", ["done-on-time", "done-on-time"], "done-on-time"],
    ["done-late when all are done and some late", ["done-on-time", "done-late"], "done-late"],
    [
      "done-undated when all are done, none late, some without a date",
      ["done-on-time", "done-undated"],
      "done-undated",
    ],
    ["done-late over done-undated when some are late", ["done-undated", "done-late"], "done-late"],
    ["not-due when some are done and the rest not yet due", ["done-on-time", "not-due"], "not-due"],
    ["not-due when a late school sits next to a not-due one", ["done-late", "not-due"], "not-due"],
    ["no-deadline when no school's deadline resolves", ["no-deadline", "no-deadline"], "no-deadline"],
  ])("is %s", (_name, statuses, expected) => {
    expect(
      rollUp(
        statuses.map((s) => j(s)),
        "2024-08-25",
      ).status,
    ).toBe(expected);
  });

  it("keeps the earliest missed due date of the overdue schools", () => {
    const r = rollUp([j("overdue", "2024-09-15"), j("overdue", "2024-08-25"), j("done-on-time")], null);
    expect(r).toEqual({ status: "overdue", due: "2024-08-25" });
  });

  it("is not-due with the item's own due date when no school has the item", () => {
    expect(rollUp([], "2024-08-25")).toEqual({ status: "not-due", due: "2024-08-25" });
    expect(rollUp([], null)).toEqual({ status: "no-deadline", due: null });
  });
});

describe("trustedDone", () => {
  it("drops dates after the as-of date and invalid text, keeps the rest", () => {
    expect(trustedDone({ kind: "dates", dates: ["2024-09-01", "2024-10-02"] }, "2024-10-01")).toEqual({
      kind: "dates",
      dates: ["2024-09-01"],
    });
    expect(trustedDone({ kind: "dates", dates: ["2024-10-02"] }, "2024-10-01")).toEqual({ kind: "empty" });
    expect(trustedDone({ kind: "invalid", text: "31.02.2024", reason: "impossible" }, "2024-10-01")).toEqual({
      kind: "empty",
    });
    expect(trustedDone({ kind: "mark", text: "да" }, "2024-10-01")).toEqual({ kind: "mark", text: "да" });
  });
});

describe("a per-school item's roadmap row (item 8, due 2024-08-25)", () => {
  const item8 = (a: CellInput, b: CellInput) =>
    monitoring(
      [{ number: "8", deadline: "не позднее 25 августа 2024 года", done: "по ОО — см. реестр" }],
      [
        { name: SCHOOL_A, steps: { "8": a } },
        { name: SCHOOL_B, steps: { "8": b } },
      ],
      ["8"],
    );

  it.each<[string, CellInput, CellInput, string, Status]>([
    ["overdue when one school is overdue", d("20.08.2024"), null, "2024-10-01", "overdue"],
    ["overdue when one school's cell holds 31.06.2024", "31.06.2024", d("20.08.2024"), "2024-10-01", "overdue"],
    ["due-soon when one school has not done it 10 days before", d("10.08.2024"), null, "2024-08-15", "due-soon"],
    ["done-on-time when both did it in time", d("20.08.2024"), "25.08.2024", "2024-10-01", "done-on-time"],
    ["done-late when both did it and one late", d("20.08.2024"), d("30.08.2024"), "2024-10-01", "done-late"],
    ["not-due when one did it and the other has time", d("01.08.2024"), null, "2024-07-01", "not-due"],
  ])("is %s", (_name, a, b, asOf, status) => {
    const r = checkWorkbook(item8(a, b), options({ asOf }));
    expect(r.measures.find((m) => m.number === "8")?.status).toBe(status);
  });

  it("carries no finding of its own even when overdue", () => {
    const r = checkWorkbook(item8(null, "текст"), options());
    expect(r.measures.find((m) => m.number === "8")?.status).toBe("overdue");
    expect(r.findings.filter((f) => f.sheet === ROADMAP)).toEqual([]);
    expect(r.findings.filter((f) => f.measure === "8").length).toBeGreaterThan(0);
  });
});
