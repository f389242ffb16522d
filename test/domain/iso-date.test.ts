import {
  addDays,
  addMonths,
  compareIso,
  diffDays,
  endOfMonth,
  formatRu,
  isoFromParts,
  isoWeekday,
  isValidIso,
  oneYearAfter,
  todayIso,
} from "../../src/domain/iso-date";

describe("iso-date", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-04-31", false],
    ["2024-2-5", false],
    ["15.02.2024", false],
    ["", false],
  ])("isValidIso(%p) is %p", (s, expected) => {
    expect(isValidIso(s)).toBe(expected);
  });

  it.each([
    [2024, 2, 31, null],
    [2024, 2, 29, "2024-02-29"],
    [1900, 2, 29, null],
    [2000, 2, 29, "2000-02-29"],
    [2024, 0, 1, null],
    [2024, 12, 31, "2024-12-31"],
    [2024, 1.5, 1, null],
  ])("isoFromParts(%p, %p, %p) is %p", (y, m, d, expected) => {
    expect(isoFromParts(y, m, d)).toBe(expected);
  });

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-01-01", 366, "2025-01-01"],
    ["1900-03-01", -1, "1900-02-28"],
  ])("addDays(%p, %p) is %p", (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it("keeps an invalid date unchanged in addDays and gives NaN in diffDays", () => {
    expect(addDays("2024-02-31", 1)).toBe("2024-02-31");
    expect(diffDays("nope", "2024-01-01")).toBeNaN();
  });

  it("counts a − b in days across years and leap days", () => {
    expect(diffDays("2024-03-01", "2024-02-28")).toBe(2);
    expect(diffDays("2024-01-01", "2025-01-01")).toBe(-366);
    expect(diffDays("2024-02-15", "2024-02-15")).toBe(0);
  });

  it("orders ISO dates for sorting", () => {
    expect(["2024-10-01", "2023-12-29", "2024-02-15"].sort(compareIso)).toEqual([
      "2023-12-29",
      "2024-02-15",
      "2024-10-01",
    ]);
    expect(compareIso("2024-01-01", "2024-01-01")).toBe(0);
  });

  it.each([
    [2024, 2, "2024-02-29"],
    [2023, 2, "2023-02-28"],
    [2024, 6, "2024-06-30"],
    [2024, 12, "2024-12-31"],
  ])("endOfMonth(%p, %p) is %p", (y, m, expected) => {
    expect(endOfMonth(y, m)).toBe(expected);
  });

  it("clamps addMonths to the end of a shorter month", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", 3)).toBe("2025-02-15");
    expect(addMonths("2024-01-15", -1)).toBe("2023-12-15");
  });

  it("reads the local calendar date of a Date, not the UTC one", () => {
    expect(todayIso(new Date(2024, 1, 15, 23, 59))).toBe("2024-02-15");
    expect(todayIso(new Date(2024, 0, 1, 0, 1))).toBe("2024-01-01");
  });

  it("formats dates the Russian way", () => {
    expect(formatRu("2024-02-15")).toBe("15.02.2024");
    expect(formatRu("not a date")).toBe("not a date");
  });

  it.each([
    ["2024-02-15", 4],
    ["2024-04-27", 6],
    ["2024-04-28", 7],
    ["1970-01-01", 4],
    ["2024-01-01", 1],
  ])("isoWeekday(%p) is %p", (iso, expected) => {
    expect(isoWeekday(iso)).toBe(expected);
  });

  it.each([
    ["2024-02-15", "2025-02-15"],
    ["2024-12-31", "2025-12-31"],
    ["2024-01-01", "2025-01-01"],
    ["2024-02-29", "2025-02-28"],
    ["2023-02-28", "2024-02-28"],
    ["2023-03-01", "2024-03-01"],
    ["2099-12-31", "2100-12-31"],
  ])("oneYearAfter(%p) is %p", (iso, expected) => {
    expect(oneYearAfter(iso)).toBe(expected);
  });

  it.each(["15.02.2024", "2024-02-30", "", "9999-06-01"])("oneYearAfter(%p) gives the input back", (iso) => {
    expect(oneYearAfter(iso)).toBe(iso);
  });
});
