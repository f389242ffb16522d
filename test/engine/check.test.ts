import { colCount, rowCount } from "../../src/domain/snapshot";
import { checkWorkbook } from "../../src/engine/check";
import { RULES } from "../../src/rules";
import { busyWorkbook, options, REGISTRY, ROADMAP } from "../helpers/snapshot-builder";

describe("checkWorkbook", () => {
  it("gives deep-equal findings, paint and measures for the same snapshot twice", () => {
    const a = checkWorkbook(busyWorkbook(), options());
    const b = checkWorkbook(busyWorkbook(), options());
    expect(b.findings).toEqual(a.findings);
    expect(b.paint).toEqual(a.paint);
    expect(b.measures).toEqual(a.measures);
    expect(b.summary).toEqual(a.summary);
    expect(a.findings.length).toBeGreaterThan(10);
  });

  it("does not change the snapshot it checks", () => {
    const snapshot = busyWorkbook();
    const before = JSON.stringify(snapshot);
    checkWorkbook(snapshot, options());
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it("sorts findings by sheet order, then row, then column", () => {
    const { findings } = checkWorkbook(busyWorkbook(), options());
    const keys = findings.map((f) => [f.sheetIndex, f.row, f.col]);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    expect(keys).toEqual(sorted);
    expect(findings[0].sheet).toBe(ROADMAP);
    expect(findings[findings.length - 1].sheet).toBe(REGISTRY);
  });

  it("puts errors before warnings at the same cell", () => {
    const { findings } = checkWorkbook(busyWorkbook(), options());
    const atE8 = findings.filter((f) => f.sheet === ROADMAP && f.cell === "E8").map((f) => [f.rule, f.severity]);
    expect(atE8).toEqual([
      ["date-invalid", "error"],
      ["deadline-overdue", "error"],
    ]);
    const atE13 = findings.filter((f) => f.sheet === ROADMAP && f.cell === "E13").map((f) => f.severity);
    expect(atE13).toEqual(["error", "warning"]);
  });

  it("points every finding at an existing sheet and a cell inside it", () => {
    const snapshot = busyWorkbook();
    const { findings } = checkWorkbook(snapshot, options());
    for (const f of findings) {
      const sheet = snapshot.sheets.find((s) => s.name === f.sheet);
      expect(sheet).toBeDefined();
      if (!sheet) continue;
      expect(f.sheetIndex).toBe(sheet.index);
      expect(f.row).toBeLessThan(Math.max(rowCount(sheet), 1));
      expect(f.col).toBeLessThan(Math.max(colCount(sheet), 1));
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    }
  });

  it("gives every finding a known rule, its message id and a non-empty message", () => {
    const { findings } = checkWorkbook(busyWorkbook(), options());
    for (const f of findings) {
      const rule = RULES.find((r) => r.meta.id === f.rule);
      expect(rule).toBeDefined();
      expect(Object.keys(rule?.meta.messages ?? {})).toContain(f.messageId);
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.message).toContain(f.cell);
    }
  });

  it("writes messages in English when asked", () => {
    const { findings } = checkWorkbook(busyWorkbook(), options({ lang: "en" }));
    const overdue = findings.find((f) => f.rule === "deadline-overdue");
    expect(overdue?.message).toMatch(/^Sheet “Дорожная карта”, cell E8: item 5 /);
  });

  it("counts errors, warnings and info in the summary", () => {
    const { findings, summary } = checkWorkbook(busyWorkbook(), options());
    expect(summary.errors).toBe(findings.filter((f) => f.severity === "error").length);
    expect(summary.warnings).toBe(findings.filter((f) => f.severity === "warning").length);
    expect(summary.info).toBe(0);
    expect(summary.cellsChecked).toBeGreaterThan(0);
  });

  it("does not read the clock: the same snapshot as of another day gives other findings", () => {
    const early = checkWorkbook(busyWorkbook(), options({ asOf: "2024-01-10" }));
    const late = checkWorkbook(busyWorkbook(), options({ asOf: "2024-10-01" }));
    expect(early.findings.filter((f) => f.rule === "deadline-overdue")).toEqual([]);
    expect(late.findings.filter((f) => f.rule === "deadline-overdue").length).toBeGreaterThan(0);
  });
});

describe("checkWorkbook: severity overrides", () => {
  it("reports deadline-overdue as a warning when configured so", () => {
    const base = checkWorkbook(busyWorkbook(), options());
    const r = checkWorkbook(busyWorkbook(), options({ severities: { "deadline-overdue": "warning" } }));
    const overdue = r.findings.filter((f) => f.rule === "deadline-overdue");
    const overdueBefore = base.findings.filter((f) => f.rule === "deadline-overdue").length;
    expect(overdue.length).toBe(overdueBefore);
    expect(overdue.every((f) => f.severity === "warning")).toBe(true);
    expect(r.summary.errors).toBe(base.summary.errors - overdueBefore);
    expect(r.summary.warnings).toBe(base.summary.warnings + overdueBefore);
  });

  it("drops a rule turned off and leaves the others", () => {
    const base = checkWorkbook(busyWorkbook(), options());
    const r = checkWorkbook(busyWorkbook(), options({ severities: { "date-invalid": "off" } }));
    expect(r.findings.some((f) => f.rule === "date-invalid")).toBe(false);
    expect(r.findings).toEqual(base.findings.filter((f) => f.rule !== "date-invalid"));
  });

  it("can raise a warning rule to info", () => {
    const r = checkWorkbook(busyWorkbook(), options({ severities: { "document-missing": "info" } }));
    const docs = r.findings.filter((f) => f.rule === "document-missing");
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((f) => f.severity === "info")).toBe(true);
    expect(r.summary.info).toBe(docs.length);
  });
});
