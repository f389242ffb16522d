import type { DateCell } from "../../src/domain/date-cell";
import { judgeStatus } from "../../src/domain/judge-status";
import type { Judgement } from "../../src/domain/judge-status";

const EMPTY: DateCell = { kind: "empty" };
const dates = (...d: string[]): DateCell => ({ kind: "dates", dates: d });
const MARK: DateCell = { kind: "mark", text: "да" };
const W = 14;

function judge(occurrences: string[], done: DateCell, asOf: string, resolvable = true): Judgement {
  return judgeStatus({ occurrences, done, asOf, windowDays: W, resolvable });
}

describe("judgeStatus: one deadline (item 5, due 2024-02-15)", () => {
  const D = ["2024-02-15"];
  it.each<[string, DateCell, string, Judgement]>([
    [
      "done on the due date",
      dates("2024-02-15"),
      "2024-03-01",
      { status: "done-on-time", due: "2024-02-15", doneDate: "2024-02-15" },
    ],
    [
      "done early",
      dates("2024-02-01"),
      "2024-02-10",
      { status: "done-on-time", due: "2024-02-15", doneDate: "2024-02-01" },
    ],
    [
      "done 5 days late",
      dates("2024-02-20"),
      "2024-03-01",
      { status: "done-late", due: "2024-02-15", lateDays: 5, doneDate: "2024-02-20" },
    ],
    [
      "done twice, the latest date is late",
      dates("2024-02-10", "2024-02-16"),
      "2024-03-01",
      { status: "done-late", due: "2024-02-15", lateDays: 1, doneDate: "2024-02-16" },
    ],
    [
      "not done on 2024-02-16",
      EMPTY,
      "2024-02-16",
      { status: "overdue", due: "2024-02-15", missed: "2024-02-15", lateDays: 1 },
    ],
    ["not done on the due date (A = D)", EMPTY, "2024-02-15", { status: "due-soon", due: "2024-02-15" }],
    ["not done at the window's start (A = D − W)", EMPTY, "2024-02-01", { status: "due-soon", due: "2024-02-15" }],
    ["not done a day before the window (A = D − W − 1)", EMPTY, "2024-01-31", { status: "not-due", due: "2024-02-15" }],
    [
      "an invalid cell counts as not done",
      { kind: "invalid", text: "31.02.2024", reason: "impossible" },
      "2024-02-16",
      { status: "overdue", due: "2024-02-15", missed: "2024-02-15", lateDays: 1 },
    ],
    ["marked «да» before the due date passed", MARK, "2024-02-15", { status: "done-undated", due: "2024-02-15" }],
    ["marked «да» after the due date passed", MARK, "2024-02-16", { status: "done-undated", due: "2024-02-15" }],
  ])("%s", (_name, done, asOf, expected) => {
    expect(judge(D, done, asOf)).toEqual(expected);
  });

  it("marks item 5 overdue on 2024-02-16", () => {
    expect(judge(D, EMPTY, "2024-02-16").status).toBe("overdue");
  });

  it("honours another warning window", () => {
    const input = { occurrences: D, done: EMPTY, asOf: "2024-02-08", resolvable: true };
    expect(judgeStatus({ ...input, windowDays: 7 }).status).toBe("due-soon");
    expect(judgeStatus({ ...input, windowDays: 6 }).status).toBe("not-due");
  });
});

describe("judgeStatus: no deadline", () => {
  it("says no-deadline when the deadline cannot be resolved, even if done", () => {
    expect(judge([], dates("2024-02-15"), "2024-03-01", false)).toEqual({
      status: "no-deadline",
      due: null,
      doneDate: "2024-02-15",
    });
    expect(judge(["2024-02-15"], EMPTY, "2024-03-01", false)).toEqual({ status: "no-deadline", due: null });
    expect(judge([], EMPTY, "2024-03-01", true)).toEqual({ status: "no-deadline", due: null });
  });
});

describe("judgeStatus: quarterly series (item 13: 2024-10-01, 2025-01-01, 2025-04-01)", () => {
  const Q = ["2024-10-01", "2025-01-01", "2025-04-01"];
  it.each<[string, DateCell, string, Judgement]>([
    ["before anything is due", EMPTY, "2024-09-01", { status: "not-due", due: "2024-10-01" }],
    ["first report due soon", EMPTY, "2024-09-20", { status: "due-soon", due: "2024-10-01" }],
    ["first report due today (A = D)", EMPTY, "2024-10-01", { status: "due-soon", due: "2024-10-01" }],
    [
      "first report sent early",
      dates("2024-09-25"),
      "2024-09-26",
      { status: "done-on-time", due: "2024-10-01", doneDate: "2024-09-25" },
    ],
    [
      "first report missing the day after",
      EMPTY,
      "2024-10-02",
      { status: "overdue", due: "2024-10-01", missed: "2024-10-01", lateDays: 1 },
    ],
    [
      "first report on time, second not yet due",
      dates("2024-09-28"),
      "2024-11-01",
      { status: "done-on-time", due: "2025-01-01", doneDate: "2024-09-28" },
    ],
    [
      "first report on time, second due soon",
      dates("2024-09-28"),
      "2024-12-18",
      { status: "due-soon", due: "2025-01-01", doneDate: "2024-09-28" },
    ],
    [
      "second report already sent inside the window",
      dates("2024-09-28", "2024-12-27"),
      "2024-12-28",
      { status: "done-on-time", due: "2025-01-01", doneDate: "2024-12-27" },
    ],
    [
      "second report missing",
      dates("2024-09-28"),
      "2025-01-02",
      { status: "overdue", due: "2025-01-01", missed: "2025-01-01", lateDays: 1, doneDate: "2024-09-28" },
    ],
    [
      "first report late, before the second due date",
      dates("2024-10-05"),
      "2024-11-01",
      { status: "done-late", due: "2025-01-01", lateDays: 4, doneDate: "2024-10-05" },
    ],
    [
      "one late date cannot also cover the second report",
      dates("2024-10-05"),
      "2025-01-10",
      { status: "overdue", due: "2025-01-01", missed: "2025-01-01", lateDays: 9, doneDate: "2024-10-05" },
    ],
    [
      "both reports sent, the first late",
      dates("2024-10-05", "2024-12-20"),
      "2025-01-10",
      { status: "done-late", due: "2025-04-01", lateDays: 4, doneDate: "2024-12-20" },
    ],
    [
      "one date between the first two due dates is the late first report; the second is missing",
      dates("2024-12-20"),
      "2025-01-10",
      { status: "overdue", due: "2025-01-01", missed: "2025-01-01", lateDays: 9, doneDate: "2024-12-20" },
    ],
    [
      "a date after the second due date cannot fulfil the first report",
      dates("2025-01-05"),
      "2025-01-10",
      { status: "overdue", due: "2024-10-01", missed: "2024-10-01", lateDays: 101, doneDate: "2025-01-05" },
    ],
    [
      "all three on time, nothing upcoming",
      dates("2024-09-30", "2024-12-28", "2025-03-31"),
      "2025-06-01",
      { status: "done-on-time", due: "2025-04-01", doneDate: "2025-03-31" },
    ],
    ["marked «да» after reports fell due", MARK, "2024-11-01", { status: "done-undated", due: "2025-01-01" }],
    ["marked «да» before the first due date", MARK, "2024-09-01", { status: "done-undated", due: "2024-10-01" }],
  ])("%s", (_name, done, asOf, expected) => {
    expect(judge(Q, done, asOf)).toEqual(expected);
  });

  it("puts the warning window boundary of the next report at A = D − W", () => {
    expect(judge(Q, dates("2024-09-28"), "2024-12-18").status).toBe("due-soon");
    expect(judge(Q, dates("2024-09-28"), "2024-12-17").status).toBe("done-on-time");
  });
});
