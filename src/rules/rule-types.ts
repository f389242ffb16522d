import type { Lang, Report, Severity } from "../domain/finding";
import type { CheckContext } from "../engine/context";

export type RuleCategory = "deadline" | "date" | "document" | "school" | "structure" | "indicator";

/** A message template per language; {placeholders} are filled from the report's data. */
export type MessageTemplate = Record<Lang, string>;

export interface RuleMeta {
  /** Stable kebab-case id, also the file name and docs/rules/<id>.md. */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  description: MessageTemplate;
  messages: Record<string, MessageTemplate>;
  /**
   * How a finding of this rule colours its cell beyond the deadline statuses:
   * "data-error" red (not a date, not a number…), "warning" yellow. Absent: no paint.
   */
  paint?: "data-error" | "warning";
}

/**
 * A rule is metadata plus a pure check over the parsed workbook. It never reads the
 * clock, never picks its own severity, and reports bad data as findings.
 */
export interface Rule {
  meta: RuleMeta;
  check(ctx: CheckContext, report: (r: Report) => void): void;
}
