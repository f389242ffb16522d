import type { Lang } from "../domain/finding";
import type { CliCommand } from "./command-types";
import { PROGRAM, usageLine } from "./help-text";
import type { UsageError, UsageErrorCode } from "./usage-error";

type D = UsageError["details"];

const RU: Record<UsageErrorCode, (d: D) => string> = {
  "unknown-command": (d) =>
    `Нет команды «${d.what}».${d.suggestion ? ` Может быть, «${d.suggestion}»?` : ""} Список команд: ${PROGRAM} --help`,
  "unknown-option": (d) =>
    `У команды ${d.command} нет параметра ${d.what}.${d.suggestion ? ` Может быть, ${d.suggestion}?` : ""}`,
  "missing-value": (d) => `После ${d.what} укажите значение.`,
  "missing-argument": (d) => `${d.what}.`,
  "missing-option": (d) => `Не указан обязательный параметр ${d.what}.`,
  "extra-argument": (d) => `Лишний аргумент «${d.value}». Если в имени файла есть пробелы, возьмите его в кавычки.`,
  "bad-value": (d) => `Неверное значение ${d.what} «${d.value}»: ${d.expected?.ru ?? ""}.`,
  "same-output": (d) => `${d.what} «${d.value}» совпадает с --out. Укажите для них разные файлы.`,
};

const EN: Record<UsageErrorCode, (d: D) => string> = {
  "unknown-command": (d) =>
    `There is no command “${d.what}”.${d.suggestion ? ` Did you mean “${d.suggestion}”?` : ""} List of commands: ${PROGRAM} --help`,
  "unknown-option": (d) =>
    `The ${d.command} command has no option ${d.what}.${d.suggestion ? ` Did you mean ${d.suggestion}?` : ""}`,
  "missing-value": (d) => `Give a value after ${d.what}.`,
  "missing-argument": (d) => `${d.what}.`,
  "missing-option": (d) => `The required option ${d.what} is missing.`,
  "extra-argument": (d) => `Unexpected argument “${d.value}”. Put a file name with spaces in quotes.`,
  "bad-value": (d) => `Wrong value for ${d.what} “${d.value}”: ${d.expected?.en ?? ""}.`,
  "same-output": (d) => `${d.what} “${d.value}” is the same file as --out. Give them different files.`,
};

/** The reason, then that command's own usage line, so she sees how to type it. */
export function usageErrorText(e: UsageError, commands: readonly CliCommand[], lang: Lang): string {
  const reason = (lang === "en" ? EN : RU)[e.code](e.details);
  const cmd = commands.find((c) => c.name === e.details.command);
  if (!cmd) return reason;
  return `${reason}\n${lang === "en" ? "Usage" : "Как вызвать"}: ${usageLine(cmd, lang)}`;
}
