import { SEVERITY_LABEL, type Lang } from "../domain/finding";
import { LEGEND } from "../domain/palette";
import type { CheckResult } from "../engine/types";

function pad(s: string, n: number): string {
  const t = s.length > n ? `${s.slice(0, n - 1)}…` : s;
  return t + " ".repeat(Math.max(0, n - t.length));
}

/** The human summary printed by `check`: counts, statuses of the roadmap, then findings. */
export function formatTable(result: CheckResult, lang: Lang, maxFindings = 40): string {
  const ru = lang === "ru";
  const lines: string[] = [];
  const s = result.summary;
  lines.push(
    ru
      ? `Проверка на ${result.asOf}: ошибок ${s.errors}, предупреждений ${s.warnings}, проверено ячеек ${s.cellsChecked}.`
      : `Check as of ${result.asOf}: ${s.errors} errors, ${s.warnings} warnings, ${s.cellsChecked} cells checked.`,
  );
  lines.push("");
  lines.push(
    `${pad(ru ? "№" : "No.", 4)} ${pad(ru ? "Срок" : "Due", 11)} ${pad(ru ? "Статус" : "Status", 24)} ${ru ? "Мероприятие" : "Activity"}`,
  );
  for (const m of result.measures) {
    const label = LEGEND.find((l) => l.status === m.status)?.[lang] ?? m.status;
    lines.push(`${pad(m.number, 4)} ${pad(m.deadline.due ?? "—", 11)} ${pad(label, 24)} ${pad(m.title, 70)}`);
  }
  if (result.findings.length) {
    lines.push("");
    lines.push(ru ? "Замечания:" : "Findings:");
    for (const f of result.findings.slice(0, maxFindings)) {
      lines.push(`  ${pad(SEVERITY_LABEL[f.severity][lang], 15)} ${f.message}`);
    }
    const more = result.findings.length - maxFindings;
    if (more > 0)
      lines.push(
        ru
          ? `  … и ещё ${more} (полный список — в листе «Замечания» или в --json).`
          : `  … and ${more} more (see the Issues sheet or --json).`,
      );
  }
  return lines.join("\n");
}
