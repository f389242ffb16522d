import type { CliCommand } from "../command-types";
import { checkCommand } from "./check";
import { collectCommand } from "./collect";
import { deadlineCommand } from "./deadline";
import { protectCommand } from "./protect";
import { reportCommand } from "./report";
import { splitCommand } from "./split";
import { templateCommand } from "./template";

/**
 * Every command of the CLI, in the order the help lists them. A new command is one file in
 * this folder and one line here.
 */
export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  reportCommand,
  templateCommand,
  splitCommand,
  collectCommand,
  protectCommand,
  deadlineCommand,
];
