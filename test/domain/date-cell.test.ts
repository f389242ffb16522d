import { latestDate, readDateCell } from "../../src/domain/date-cell";
import type { DateCell } from "../../src/domain/date-cell";

describe("readDateCell", () => {
  it.each<[string | number | boolean | null, string, DateCell]>([
    [null, "General", { kind: "empty" }],
    ["", "General", { kind: "empty" }],
    ["   ", "General", { kind: "empty" }],
    ["-", "General", { kind: "empty" }],
    ["—", "General", { kind: "empty" }],
    ["нет", "General", { kind: "empty" }],
    ["Не выполнено", "General", { kind: "empty" }],
    [false, "General", { kind: "empty" }],
  ])("treats %p as empty (not done)", (value, fmt, expected) => {
    expect(readDateCell(value, fmt)).toEqual(expected);
  });

  it.each<[string | boolean, string]>([
    ["да", "да"],
    ["Да", "Да"],
    ["+", "+"],
    ["выполнено", "выполнено"],
    ["Исполнено.", "Исполнено."],
    ["✓", "✓"],
    ["v", "v"],
    [true, "TRUE"],
  ])("reads %p as a mark without a date", (value, text) => {
    expect(readDateCell(value, "General")).toEqual({ kind: "mark", text });
  });

  it.each<[number, string, string]>([
    [45337, "DD.MM.YYYY", "2024-02-15"],
    [45337, "General", "2024-02-15"],
    [45337.5, "dd.mm.yyyy h:mm", "2024-02-15"],
    [18264, "General", "1950-01-01"],
    [73415, "General", "2100-12-31"],
  ])("reads serial %p (%p) as %p", (value, fmt, iso) => {
    expect(readDateCell(value, fmt)).toEqual({ kind: "dates", dates: [iso] });
  });

  it.each<[number, string, string]>([
    [5, "General", "5"],
    [2024, "0", "2024"],
    [18263, "General", "18263"],
    [73416, "General", "73416"],
    [1, "DD.MM.YYYY", "01.01.1900"],
    [-3, "General", "-3"],
  ])("calls number %p (%p) not a date", (value, fmt, text) => {
    expect(readDateCell(value, fmt)).toEqual({ kind: "invalid", text, reason: "not-a-date-number" });
  });

  it.each<[string, string[]]>([
    ["15.02.2024", ["2024-02-15"]],
    ["15 февраля 2024 г.", ["2024-02-15"]],
    ["28.09.2024; 27.12.2024", ["2024-09-28", "2024-12-27"]],
    ["27.12.2024, 28.09.2024", ["2024-09-28", "2024-12-27"]],
    ["28.09.2024\n27.12.2024", ["2024-09-28", "2024-12-27"]],
    ["28.09.2024 и 27.12.2024", ["2024-09-28", "2024-12-27"]],
    ["28.09.2024; 28.09.2024", ["2024-09-28"]],
    ["28.09.2024;", ["2024-09-28"]],
    ["выполнено 15.02.2024", ["2024-02-15"]],
    ["да, 15.02.2024", ["2024-02-15"]],
  ])("reads text %p as dates %p", (value, dates) => {
    expect(readDateCell(value, "@")).toEqual({ kind: "dates", dates });
  });

  it.each<[string, "impossible" | "unparsed"]>([
    ["31.02.2024", "impossible"],
    ["28.09.2024; 31.02.2024", "impossible"],
    ["скоро", "unparsed"],
    ["28.09.2024; в работе", "unparsed"],
    ["12,5", "unparsed"],
  ])("calls text %p invalid (%p)", (value, reason) => {
    expect(readDateCell(value, "General")).toEqual({ kind: "invalid", text: value, reason });
  });

  it.each<[string, DateCell]>([
    ["15.02.1924", { kind: "invalid", text: "15.02.1924", reason: "impossible" }],
    ["15 февраля 1924 г.", { kind: "invalid", text: "15 февраля 1924 г.", reason: "impossible" }],
    ["1924-02-15", { kind: "invalid", text: "1924-02-15", reason: "impossible" }],
    ["31.12.1949", { kind: "invalid", text: "31.12.1949", reason: "impossible" }],
    ["01.01.2101", { kind: "invalid", text: "01.01.2101", reason: "impossible" }],
    ["15.02.2150", { kind: "invalid", text: "15.02.2150", reason: "impossible" }],
    ["15.02.35", { kind: "invalid", text: "15.02.35", reason: "impossible" }],
    ["15.02.30", { kind: "invalid", text: "15.02.30", reason: "impossible" }],
    ["15.02.2024; 15.02.1924", { kind: "invalid", text: "15.02.2024; 15.02.1924", reason: "impossible" }],
    ["01.01.1950", { kind: "dates", dates: ["1950-01-01"] }],
    ["31.12.2100", { kind: "dates", dates: ["2100-12-31"] }],
    ["15.02.29", { kind: "dates", dates: ["2029-02-15"] }],
    ["15.02.50", { kind: "dates", dates: ["1950-02-15"] }],
  ])("holds text %p to the 1950–2100 bounds of serials: %p", (value, expected) => {
    expect(readDateCell(value, "@")).toEqual(expected);
  });

  it("gives the latest date as the done date", () => {
    expect(latestDate(readDateCell("28.09.2024; 27.12.2024", "General"))).toBe("2024-12-27");
    expect(latestDate(readDateCell("да", "General"))).toBeNull();
  });
});
