import type { CheckResult } from "./types";

/** The machine contract of PRODUCT.md §5, exactly: nothing internal leaks into it. */
export function toJsonContract(result: CheckResult): unknown {
  return {
    asOf: result.asOf,
    measures: result.measures.map((m) => ({
      sheet: m.sheet,
      row: m.row,
      number: m.number,
      deadline: { ...m.deadline },
      status: m.status,
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      ...(f.school ? { school: f.school } : {}),
      ...(f.measure ? { measure: f.measure } : {}),
      message: f.message,
    })),
    summary: { ...result.summary },
  };
}
