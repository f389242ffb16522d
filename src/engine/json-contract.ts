import type { CheckResult } from "./types";

/** The machine contract of PRODUCT.md §5, exactly: nothing internal leaks into it. */
export function toJsonContract(result: CheckResult): unknown {
  return {
    asOf: result.asOf,
    measures: result.measures.map((m) => ({
      // Built-in items missing from the workbook have no sheet or row.
      sheet: m.sheet || null,
      row: m.row || null,
      number: m.number,
      deadline: { ...m.deadline },
      status: m.status,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      // Always present (null when not about a school or an item): a stable shape for consumers.
      school: f.school ?? null,
      measure: f.measure ?? null,
      message: f.message,
    })),
    summary: { ...result.summary },
  };
}
