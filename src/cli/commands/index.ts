import type { CliCommand } from "../command-types";
import { checkCommand } from "./check";
import { deadlineCommand } from "./deadline";
import { reportCommand } from "./report";
import { templateCommand } from "./template";

/**
 * Every command of the CLI, in the order the help lists them. A new command is one file in
 * this folder and one line here.
 */
export const COMMANDS: readonly CliCommand[] = [checkCommand, reportCommand, templateCommand, deadlineCommand];
