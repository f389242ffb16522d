import type { Lang } from "../domain/finding";
import type { CliCommand } from "./command-types";

export const PROGRAM = "kvantorium-monitor";

/** Options every command takes; the parser adds them, the help names them once. */
export const GLOBAL_HELP: Record<Lang, string> = {
  ru: "У всех команд: --lang ru|en — язык сообщений, --help — справка по команде.",
  en: "Every command takes --lang ru|en (the language of messages) and --help (its help).",
};

/** «check <книга.xlsx> [--as-of ДД.ММ.ГГГГ] --out файл.xlsx», built from the table so it never drifts. */
export function usageLine(cmd: CliCommand, lang: Lang): string {
  const parts = [PROGRAM, cmd.name];
  for (const p of cmd.positionals) parts.push(p.many ? `<${p.name[lang]}>…` : `<${p.name[lang]}>`);
  for (const [name, o] of Object.entries(cmd.options)) {
    const text = o.value ? `--${name} ${o.value.placeholder[lang]}` : `--${name}`;
    parts.push(o.required ? text : `[${text}]`);
  }
  return parts.join(" ");
}

export function generalHelp(commands: readonly CliCommand[], lang: Lang): string {
  const ru = lang === "ru";
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    ru
      ? "Кванториум-Монитор: проверка книги мониторинга Школьных Кванториумов."
      : "Kvantorium Monitor: checks the School Kvantorium monitoring workbook.",
    "",
    ru ? "Команды:" : "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`),
    "",
    ru ? "Как вызвать:" : "Usage:",
    ...commands.map((c) => `  ${usageLine(c, lang)}`),
    "",
    GLOBAL_HELP[lang],
    ru ? `Подробнее о команде: ${PROGRAM} <команда> --help` : `More about a command: ${PROGRAM} <command> --help`,
    ru
      ? "Код выхода 0 — команда выполнена (что бы ни нашлось), 1 — выполнить не удалось."
      : "Exit code 0 when it ran (whatever it found), 1 when it could not.",
  ];
  return lines.join("\n");
}

export function commandHelp(cmd: CliCommand, lang: Lang): string {
  const ru = lang === "ru";
  const names = Object.entries(cmd.options).map(([name, o]) => ({
    flag: `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value.placeholder[lang]}` : ""}`,
    help: `${o.help[lang]}${o.required ? (ru ? " (обязательно)" : " (required)") : ""}`,
  }));
  const width = Math.max(0, ...names.map((n) => n.flag.length));
  const lines = [
    `${PROGRAM} ${cmd.name} — ${cmd.summary[lang]}`,
    "",
    `${ru ? "Как вызвать" : "Usage"}: ${usageLine(cmd, lang)}`,
  ];
  if (names.length) {
    lines.push("", ru ? "Параметры:" : "Options:");
    for (const n of names) lines.push(`  ${n.flag.padEnd(width)}  ${n.help}`);
  }
  if (cmd.example) lines.push("", `${ru ? "Пример" : "Example"}: ${PROGRAM} ${cmd.example[lang]}`);
  lines.push("", GLOBAL_HELP[lang]);
  return lines.join("\n");
}
