import type { Texts } from "./command-types";

export type UsageErrorCode =
  | "unknown-command"
  | "unknown-option"
  | "missing-value"
  | "missing-argument"
  | "missing-option"
  | "extra-argument"
  | "bad-value"
  | "same-output";

/**
 * A command line that cannot run as typed. Carries the command it belongs to, so the
 * message can end with that command's own usage.
 */
export class UsageError extends Error {
  constructor(
    readonly code: UsageErrorCode,
    readonly details: { command?: string; what?: string; value?: string; suggestion?: string; expected?: Texts } = {},
  ) {
    super(code);
    this.name = "UsageError";
  }
}
