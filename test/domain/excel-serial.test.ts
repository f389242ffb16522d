import { isDateFormat, isoToSerial, serialToIso } from "../../src/domain/excel-serial";

describe("excel-serial", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [45337, "2024-02-15"],
    [45292, "2024-01-01"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %p is %p and back", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("has no real date for serial 60, Excel's fictitious 29.02.1900", () => {
    expect(serialToIso(60)).toBeNull();
    expect(isoToSerial("1900-02-29")).toBeNaN();
  });

  it("takes the date part of a serial with a time", () => {
    expect(serialToIso(45337.75)).toBe("2024-02-15");
    expect(serialToIso(45337.999999)).toBe("2024-02-15");
  });

  it.each([0, -1, 0.5, NaN, Infinity, 2958466])("gives null for serial %p", (n) => {
    expect(serialToIso(n)).toBeNull();
  });

  it("gives NaN for dates Excel cannot store", () => {
    expect(isoToSerial("1899-12-31")).toBeNaN();
    expect(isoToSerial("2024-02-30")).toBeNaN();
  });

  it.each([
    ["DD.MM.YYYY", true],
    ["dd/mm/yy", true],
    ["[$-419]D MMMM YYYY", true],
    ["m/d/yyyy h:mm", true],
    ['dd.mm.yyyy"г."', true],
    ["dd.mm.yyyy;@", true],
    ["mmm-yy", true],
    ["mmmm", true],
    ["ДД.ММ.ГГГГ", true],
    ["yyyy-mm-dd", true],
    ["0.00", false],
    ["#,##0", false],
    ["0%", false],
    ["General", false],
    ["@", false],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["mm:ss", false],
    ["0.00E+00", false],
    ['#,##0 "дней"', false],
    ['0 "шт."', false],
    ["[Red]0.00", false],
    ["", false],
  ])("isDateFormat(%p) is %p", (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });
});
