import { a1 } from "../domain/cell-address";
import { SEVERITY_ORDER, type Finding, type Report, type Severity } from "../domain/finding";
import type { Rule } from "../rules/rule-types";
import type { CheckContext } from "./context";
import { renderMessage } from "./messages";

/** Thrown when a rule reports a place that does not exist: a bug in the rule, named. */
export class RuleContractError extends Error {
  constructor(rule: string, detail: string) {
    super(`Rule "${rule}" reported an invalid finding: ${detail}`);
    this.name = "RuleContractError";
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function validate(rule: Rule, r: Report, sheets: Map<string, number>): void {
  if (!sheets.has(r.sheet)) throw new RuleContractError(rule.meta.id, `unknown sheet "${r.sheet}"`);
  const okRow = Number.isInteger(r.row) && r.row >= 0 && r.row < MAX_ROWS;
  const okCol = Number.isInteger(r.col) && r.col >= 0 && r.col < MAX_COLS;
  if (!okRow || !okCol) throw new RuleContractError(rule.meta.id, `bad cell row=${r.row} col=${r.col}`);
  if (!(r.messageId in rule.meta.messages))
    throw new RuleContractError(rule.meta.id, `unknown message "${r.messageId}"`);
}

/**
 * Runs every enabled rule, checks what each reports, applies configured severities,
 * localises messages and sorts findings (sheet order, row, column, then rule id).
 */
export function runRules(
  rules: readonly Rule[],
  ctx: CheckContext,
  severities: Record<string, Severity | "off"> = {},
): Finding[] {
  const sheets = new Map(ctx.snapshot.sheets.map((s) => [s.name, s.index]));
  const municipalities = new Map<string, string>();
  for (const s of ctx.steps) if (s.municipality) municipalities.set(s.school, s.municipality);
  for (const r of ctx.indicators.rows) if (r.municipality) municipalities.set(r.school, r.municipality);
  for (const s of ctx.schools) if (s.municipality) municipalities.set(s.name, s.municipality);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severities[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    rule.check(ctx, (r) => {
      validate(rule, r, sheets);
      const municipality = r.school ? municipalities.get(r.school) : undefined;
      findings.push({
        messageId: r.messageId,
        sheet: r.sheet,
        row: r.row,
        col: r.col,
        school: r.school,
        measure: r.measure,
        data: r.data,
        rule: rule.meta.id,
        severity,
        cell: a1(r.row, r.col),
        sheetIndex: sheets.get(r.sheet) as number,
        municipality,
        message: renderMessage(rule.meta.messages[r.messageId], r, ctx.lang),
      });
    });
  }
  // One numeric position key per finding keeps sorting 10^5 findings cheap.
  const position = (f: Finding) => (f.sheetIndex * MAX_ROWS + f.row) * MAX_COLS + f.col;
  const keyed = findings.map((f) => ({ f, k: position(f) }));
  keyed.sort(
    (a, b) =>
      a.k - b.k ||
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0) ||
      (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0),
  );
  return keyed.map((x) => x.f);
}
