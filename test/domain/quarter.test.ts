import {
  compareQuarter,
  nextQuarter,
  parseQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterEnd,
  quarterKey,
  quarterLabelEn,
  quarterLabelRu,
  quarterOf,
  quarterStart,
} from "../../src/domain/quarter";
import type { Quarter } from "../../src/domain/quarter";

const Q3: Quarter = { year: 2024, q: 3 };

describe("parseQuarter", () => {
  it.each<[string | number, string | undefined, string]>([
    ["III квартал 2024", undefined, "2024-Q3"],
    ["III квартал 2024 г.", undefined, "2024-Q3"],
    ["iii квартал 2024 года", undefined, "2024-Q3"],
    ["3 кв. 2024", undefined, "2024-Q3"],
    ["3 кв 2024", undefined, "2024-Q3"],
    ["3кв.2024", undefined, "2024-Q3"],
    ["3 квартал 2024 г.", undefined, "2024-Q3"],
    ["3-й квартал 2024 года", undefined, "2024-Q3"],
    ["за 3 квартал 2024 года", undefined, "2024-Q3"],
    ["IV квартал 2024", undefined, "2024-Q4"],
    ["I квартал 2025", undefined, "2025-Q1"],
    ["2024 III квартал", undefined, "2024-Q3"],
    ["2024-Q3", undefined, "2024-Q3"],
    ["2024 Q3", undefined, "2024-Q3"],
    ["2024q3", undefined, "2024-Q3"],
    ["Q3 2024", undefined, "2024-Q3"],
    ["3/2024", undefined, "2024-Q3"],
    ["15.08.2024", undefined, "2024-Q3"],
    ["30 сентября 2024 г.", undefined, "2024-Q3"],
    ["2024-07-01", undefined, "2024-Q3"],
    [45505, "DD.MM.YYYY", "2024-Q3"],
    [45505, undefined, "2024-Q3"],
    [45337, "General", "2024-Q1"],
  ])("reads %p (%p) as %p", (value, fmt, key) => {
    const q = parseQuarter(value, fmt);
    expect(q).not.toBeNull();
    expect(quarterKey(q as Quarter)).toBe(key);
  });

  it.each<[string | number | boolean | null]>([
    [null],
    [true],
    [""],
    ["V квартал 2024"],
    ["5 кв. 2024"],
    ["2024-Q5"],
    ["квартал"],
    ["31.02.2024"],
    [3],
    [2024],
    [NaN],
  ])("does not read %p as a quarter", (value) => {
    expect(parseQuarter(value)).toBeNull();
  });
});

describe("quarter helpers", () => {
  it("round-trips the key", () => {
    expect(quarterKey(Q3)).toBe("2024-Q3");
    expect(parseQuarterKey("2024-Q3")).toEqual(Q3);
    expect(parseQuarterKey("2024-q3")).toBeNull();
    expect(parseQuarterKey("2024-Q0")).toBeNull();
  });

  it.each<[Quarter, string, string]>([
    [{ year: 2024, q: 1 }, "2024-01-01", "2024-03-31"],
    [{ year: 2024, q: 2 }, "2024-04-01", "2024-06-30"],
    [Q3, "2024-07-01", "2024-09-30"],
    [{ year: 2024, q: 4 }, "2024-10-01", "2024-12-31"],
  ])("%p runs from %p to %p", (q, start, end) => {
    expect(quarterStart(q)).toBe(start);
    expect(quarterEnd(q)).toBe(end);
    expect(quarterOf(start)).toEqual(q);
    expect(quarterOf(end)).toEqual(q);
  });

  it("steps across year ends", () => {
    expect(previousQuarter({ year: 2025, q: 1 })).toEqual({ year: 2024, q: 4 });
    expect(previousQuarter(Q3)).toEqual({ year: 2024, q: 2 });
    expect(nextQuarter({ year: 2024, q: 4 })).toEqual({ year: 2025, q: 1 });
  });

  it("orders quarters", () => {
    expect(compareQuarter(Q3, { year: 2024, q: 4 })).toBeLessThan(0);
    expect(compareQuarter({ year: 2025, q: 1 }, Q3)).toBeGreaterThan(0);
    expect(compareQuarter(Q3, { year: 2024, q: 3 })).toBe(0);
  });

  it("labels quarters in Russian and English", () => {
    expect(quarterLabelRu(Q3)).toBe("III квартал 2024");
    expect(quarterLabelRu({ year: 2025, q: 4 })).toBe("IV квартал 2025");
    expect(quarterLabelEn(Q3)).toBe("Q3 2024");
  });

  it("gives null for the quarter of an invalid date", () => {
    expect(quarterOf("2024-02-30")).toBeNull();
  });
});
