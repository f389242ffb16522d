import {
  addWorkingDays,
  calendarCovers,
  coveredYears,
  isWorkingDay,
  nthWorkingDayOfMonth,
  publishedWorkingDays,
  workingDaysInYear,
} from "../../src/domain/production-calendar";

describe("production calendar", () => {
  it.each([
    ["2024-04-27", true],
    ["2024-11-02", true],
    ["2024-12-28", true],
    ["2024-05-10", false],
    ["2024-04-29", false],
    ["2024-12-31", false],
    ["2024-01-08", false],
    ["2024-01-09", true],
    ["2024-02-23", false],
    ["2024-06-12", false],
    ["2024-11-04", false],
    ["2024-02-15", true],
    ["2024-02-17", false],
    ["2023-02-24", false],
    ["2023-11-06", false],
    ["2025-05-08", false],
    ["2025-06-13", false],
    ["2025-11-01", true],
    ["2025-11-03", false],
    ["2025-12-31", false],
    ["2022-03-05", true],
    ["2021-02-20", true],
    ["2026-01-09", false],
    ["2026-03-09", false],
    ["2030-01-01", true],
    ["2030-01-05", false],
  ])("isWorkingDay(%p) is %p", (iso, expected) => {
    expect(isWorkingDay(iso)).toBe(expected);
  });

  it.each(coveredYears())("counts the published number of working days in %p", (year) => {
    expect(workingDaysInYear(year)).toBe(publishedWorkingDays(year));
  });

  it("covers the official years 2019–2026 and marks 2027 as not official", () => {
    expect(coveredYears()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(calendarCovers(2027)).toBe(false);
    expect(calendarCovers(2018)).toBe(false);
  });

  it.each([
    ["2024-04-26", 1, "2024-04-27", false],
    ["2024-04-27", 1, "2024-05-02", false],
    ["2024-12-27", 2, "2025-01-09", false],
    ["2024-03-31", 10, "2024-04-12", false],
    ["2024-01-09", -1, "2023-12-29", false],
    ["2024-02-15", 0, "2024-02-15", false],
    ["2027-12-30", 2, "2028-01-03", true],
    ["2030-01-04", 1, "2030-01-07", true],
  ])("addWorkingDays(%p, %p) is %p (approximate %p)", (iso, n, expected, approximate) => {
    expect(addWorkingDays(iso, n)).toEqual({ iso: expected, approximate });
  });

  it.each([
    [2024, 1, 1, "2024-01-09", false],
    [2024, 1, 5, "2024-01-15", false],
    [2024, 10, 5, "2024-10-07", false],
    [2025, 1, 5, "2025-01-15", false],
    [2024, 5, 1, "2024-05-02", false],
    [2030, 6, 1, "2030-06-03", true],
  ])("nthWorkingDayOfMonth(%p, %p, %p) is %p", (y, m, n, expected, approximate) => {
    expect(nthWorkingDayOfMonth(y, m, n)).toEqual({ iso: expected, approximate });
  });
});
