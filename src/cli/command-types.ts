import type { Lang } from "../domain/finding";
import type { Progress } from "./progress";

/** A text in both languages of the CLI. */
export type Texts = Record<Lang, string>;

/**
 * How an option's raw text becomes a value: a total parse that names what it expects when
 * the text does not fit, so the refusal can say the format («ДД.ММ.ГГГГ»), not just "invalid".
 */
export interface OptionValue {
  /** What the help shows after the option, e.g. «ДД.ММ.ГГГГ». */
  placeholder: Texts;
  parse(raw: string): { ok: true; value: string | number } | { ok: false; expected: Texts };
}

export interface CliOption {
  /** Absent for a flag (`--force`). */
  value?: OptionValue;
  short?: string;
  required?: boolean;
  help: Texts;
}

export interface CliPositional {
  /** As the usage line shows it, e.g. «книга.xlsx». */
  name: Texts;
  /** The sentence saying it is missing, e.g. «Не указана книга мониторинга (.xlsx)» (gender and number vary). */
  missing: Texts;
  /** Takes every remaining positional (at least one). */
  many?: boolean;
}

/** What a handler receives: values already parsed by their OptionValue. */
export interface CommandInput {
  positionals: string[];
  options: Record<string, string | number | boolean | undefined>;
  lang: Lang;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  now: () => Date;
  /** stderr when it is a terminal: progress is drawn only there, never into a pipe or a log. */
  progressStream?: NodeJS.WriteStream;
}

export interface CliContext {
  io: Io;
  lang: Lang;
  /** A progress bar on stderr for a long run; a no-op when stderr is not a terminal. */
  progress: (label: Texts) => Promise<Progress>;
}

/**
 * One command of the CLI: everything its help, its usage errors and its run need. A new
 * command is one such entry in its own file, listed in commands/index.ts.
 */
export interface CliCommand {
  name: string;
  summary: Texts;
  positionals: CliPositional[];
  options: Record<string, CliOption>;
  /** An example line for the help, without the program name. */
  example?: Texts;
  run(input: CommandInput, ctx: CliContext): Promise<void>;
}
