import { errorText } from "../app/error-text";
import { MonitorError } from "../app/workbook-gateway";
import { useNodeZlib } from "../adapters/xlsx/node-zlib-codec";
import type { Lang } from "../domain/finding";
import { langOf, parseCommandLine } from "./args";
import { COMMANDS } from "./commands";
import type { CliCommand, CliContext, Io } from "./command-types";
import { commandHelp, generalHelp } from "./help-text";
import { NO_PROGRESS, terminalProgress } from "./progress";
import { UsageError } from "./usage-error";
import { usageErrorText } from "./usage-text";

export type { Io };

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  now: () => new Date(),
  progressStream: process.stderr.isTTY ? process.stderr : undefined,
};

function contextFor(io: Io, lang: Lang): CliContext {
  return {
    io,
    lang,
    progress: (label) =>
      io.progressStream ? terminalProgress(io.progressStream, label[lang]) : Promise.resolve(NO_PROGRESS),
  };
}

/** The Node composition root: returns the exit code instead of exiting, so tests can call it. */
export async function main(
  argv: string[],
  io: Io = defaultIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  useNodeZlib();
  const lang = langOf(argv);
  try {
    const line = parseCommandLine(argv, commands);
    if (line.kind === "help") {
      const text = `${line.command ? commandHelp(line.command, line.lang) : generalHelp(commands, line.lang)}\n`;
      // No arguments at all is a mistake (PRODUCT.md §6): the help goes to stderr with exit 1.
      (line.asError ? io.stderr : io.stdout)(text);
      return line.asError ? 1 : 0;
    }
    await line.command.run(line.input, contextFor(io, line.input.lang));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${usageErrorText(e, commands, lang)}\n`);
      return 1;
    }
    const err = e instanceof MonitorError ? e : new MonitorError("unknown", {}, e);
    io.stderr(`${errorText(err, lang)}\n`);
    if (process.env.KVANTORIUM_DEBUG && err.code === "unknown") io.stderr(`${String((e as Error)?.stack ?? e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
