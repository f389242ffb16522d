import {
  asFraction,
  formatNumber,
  formatPercent,
  isPercentFormat,
  parseNumberText,
  readNumberCell,
} from "../../src/domain/number-text";

describe("parseNumberText: numbers as users type them", () => {
  it.each<[string, number, boolean]>([
    ["1234", 1234, false],
    ["1 234", 1234, false],
    ["1\u00a0234\u00a0567", 1234567, false],
    ["1\u202f234", 1234, false],
    ["12,5", 12.5, false],
    ["12.5", 12.5, false],
    ["1 234,5", 1234.5, false],
    ["1.234,5", 1234.5, false],
    ["1,234.5", 1234.5, false],
    ["1.234.567", 1234567, false],
    ["-5", -5, false],
    ["\u22125", -5, false],
    ["+7", 7, false],
    ["85%", 0.85, true],
    ["85 %", 0.85, true],
    ["12,5%", 0.125, true],
    ["  42  ", 42, false],
  ])("reads «%s» as %s", (text, value, percent) => {
    const r = parseNumberText(text);
    expect(r.kind).toBe("number");
    if (r.kind === "number") {
      expect(r.value).toBeCloseTo(value, 10);
      expect(r.percent).toBe(percent);
    }
  });

  it.each(["много", "12 чел.", "1,2,3,4a", "%", "12-15", "н/д", "1e5"])("says «%s» is not a number", (text) => {
    expect(parseNumberText(text)).toEqual({ kind: "not-number", text });
  });

  it("says a blank text is empty", () => {
    expect(parseNumberText("  ")).toEqual({ kind: "empty" });
  });
});

describe("readNumberCell", () => {
  it("keeps a real number and notes a % format", () => {
    expect(readNumberCell(0.85, "0%")).toEqual({ kind: "number", value: 0.85, percent: true });
    expect(readNumberCell(0.85, "General")).toEqual({ kind: "number", value: 0.85, percent: false });
  });

  it("treats TRUE/FALSE and an empty cell as not-number and empty", () => {
    expect(readNumberCell(true)).toEqual({ kind: "not-number", text: "ИСТИНА" });
    expect(readNumberCell(null)).toEqual({ kind: "empty" });
  });

  it("ignores a % inside quoted text of a format", () => {
    expect(isPercentFormat('0 "%"')).toBe(false);
    expect(isPercentFormat("0.0%")).toBe(true);
  });
});

describe("asFraction: a share as a fraction", () => {
  it.each<[number, boolean, number]>([
    [0.85, true, 0.85],
    [85, false, 0.85],
    [0.3, false, 0.3],
    [1, false, 1],
    [1.2, true, 1.2],
    [150, false, 1.5],
  ])("%s (marked %s) is %s", (value, percent, out) => {
    expect(asFraction({ value, percent })).toBeCloseTo(out, 10);
  });
});

describe("formatNumber / formatPercent in the user's language", () => {
  it.each<[number, "ru" | "en", string]>([
    [1234, "ru", "1\u00a0234"],
    [1234, "en", "1,234"],
    [12.5, "ru", "12,5"],
    [12.5, "en", "12.5"],
    [-1234567.25, "ru", "-1\u00a0234\u00a0567,25"],
    [0.1 + 0.2, "en", "0.3"],
  ])("%s in %s is «%s»", (n, lang, text) => {
    expect(formatNumber(n, lang)).toBe(text);
  });

  it("shows 0.855 as «85,5%» and 85.5%", () => {
    expect(formatPercent(0.855, "ru")).toBe("85,5%");
    expect(formatPercent(0.855, "en")).toBe("85.5%");
  });
});
