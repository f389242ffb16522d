import { format, type Strings } from "../i18n";

/** Today's date in the user's time zone as "YYYY-MM-DD" (the clock is read here, in the UI, only). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The quarter containing asOf and the (count − 1) before it, newest first: ["2024-Q3", "2024-Q2", …]. */
export function recentQuarters(asOf: string, count = 8): string[] {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(asOf);
  if (!m) return [];
  let year = Number(m[1]);
  let q = Math.floor((Number(m[2]) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q -= 1;
    if (q === 0) {
      q = 4;
      year -= 1;
    }
  }
  return out;
}

const ROMAN = ["I", "II", "III", "IV"];

/** "2024-Q3" → «III кв. 2024» / "Q3 2024"; anything else is shown as typed. */
export function quarterLabel(quarter: string, t: Strings): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  const q = t.quarterLabel.startsWith("Q") ? m[2] : ROMAN[Number(m[2]) - 1];
  return format(t.quarterLabel, { q, year: m[1] });
}
