import { SEVERITY_LABEL, type Lang } from "../domain/finding";
import { LEGEND } from "../domain/palette";
import { formatRu } from "../domain/iso-date";
import type { CheckResult } from "../engine/types";
import { countText } from "../i18n/plural";

function pad(s: string, n: number): string {
  const t = s.length > n ? `${s.slice(0, n - 1)}…` : s;
  return t + " ".repeat(Math.max(0, n - t.length));
}

/** The human summary printed by `check`: counts, statuses of the roadmap, then findings. */
export function formatTable(result: CheckResult, lang: Lang, maxFindings = 40): string {
  const ru = lang === "ru";
  const lines: string[] = [];
  const s = result.summary;
  // Russian dates are ДД.ММ.ГГГГ, as in the messages; English keeps ISO, as its messages do.
  const date = (iso: string) => (ru ? formatRu(iso) : iso);
  const counts = `${countText(lang, s.errors, "error")}, ${countText(lang, s.warnings, "warning")}`;
  lines.push(
    ru
      ? `Проверка на ${date(result.asOf)}: ${counts}; проверено ячеек: ${s.cellsChecked}.`
      : `Check as of ${date(result.asOf)}: ${counts}; ${countText(lang, s.cellsChecked, "cell")} checked.`,
  );
  lines.push("");
  lines.push(
    `${pad(ru ? "№" : "No.", 4)} ${pad(ru ? "Срок" : "Due", 11)} ${pad(ru ? "Статус" : "Status", 24)} ${ru ? "Мероприятие" : "Activity"}`,
  );
  for (const m of result.measures) {
    const label = LEGEND.find((l) => l.status === m.status)?.[lang] ?? m.status;
    lines.push(
      `${pad(m.number, 4)} ${pad(m.deadline.due ? date(m.deadline.due) : "—", 11)} ${pad(label, 24)} ${pad(m.title, 70)}`,
    );
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
