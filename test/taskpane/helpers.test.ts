import { quarterLabel, recentQuarters, todayIso } from "../../src/taskpane/quarters";
import { countBySeverity, filterFindings, groupFindings } from "../../src/taskpane/group-findings";
import { officeThemeName } from "../../src/taskpane/host";
import { en, ru } from "../../src/i18n";
import { FINDINGS } from "./fake-service";

describe("quarters", () => {
  it.each([
    ["2024-10-01", ["2024-Q4", "2024-Q3", "2024-Q2", "2024-Q1", "2023-Q4"]],
    ["2024-03-31", ["2024-Q1", "2023-Q4", "2023-Q3", "2023-Q2", "2023-Q1"]],
    ["not a date", []],
  ])("lists the quarters up to %s, newest first", (asOf, expected) => {
    expect(recentQuarters(asOf, 5).slice(0, expected.length)).toEqual(expected);
  });

  it("labels quarters in Russian with Roman numerals and in English as Qn", () => {
    expect(quarterLabel("2024-Q3", ru)).toBe("III кв. 2024");
    expect(quarterLabel("2024-Q3", en)).toBe("Q3 2024");
    expect(quarterLabel("осень", ru)).toBe("осень");
  });

  it("formats today in local time", () => {
    expect(todayIso(new Date(2024, 1, 9, 23, 59))).toBe("2024-02-09");
  });
});

describe("findings grouping and filtering", () => {
  it("groups by sheet, then school, keeping the engine's order", () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => [g.sheet, g.count])).toEqual([
      ["Дорожная карта", 1],
      ["Реестр ОО", 3],
    ]);
    expect(groups[1].schools.map((s) => [s.school, s.findings.map((f) => f.cell)])).toEqual([
      ["МБОУ «СОШ № 10»", ["H12", "I12"]],
      ["МОУ «Лицей № 1»", ["H13"]],
    ]);
    expect(groups[0].schools[0].school).toBeNull();
  });

  it.each([
    ["all", "", ["G7", "H12", "I12", "H13"]],
    ["error", "", ["G7", "H12"]],
    ["warning", "сош", ["I12"]],
    ["all", "ЛИЦЕЙ", ["H13"]],
    ["all", "пункт 8", ["H12"]],
    ["all", "h13", ["H13"]],
    ["info", "", []],
  ] as const)("filters severity %s with text %p", (severity, text, cells) => {
    expect(filterFindings(FINDINGS, severity, text).map((f) => f.cell)).toEqual(cells);
  });

  it("matches ё and е alike", () => {
    const f = [{ ...FINDINGS[0], message: "Отчёт не сдан" }];
    expect(filterFindings(f, "all", "отчет")).toHaveLength(1);
  });

  it("counts findings by severity", () => {
    expect(countBySeverity(FINDINGS)).toEqual({ error: 2, warning: 2, info: 0 });
  });
});

describe("officeThemeName", () => {
  it.each([
    [{ isDarkTheme: true }, "dark"],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, "light"],
    [{ bodyBackgroundColor: "#1f1f1f" }, "dark"],
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "not a colour" }, "light"],
    [undefined, "light"],
  ])("reads %p as %s", (theme, expected) => {
    expect(officeThemeName(theme)).toBe(expected);
  });
});
