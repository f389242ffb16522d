/**
 * Host detection for the task pane, the one place that asks whether Office is there
 * (the pane also runs as a plain web page on a file from disk).
 */
function office(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** True inside Excel (Office.js loaded and an Excel host with ExcelApi). */
export function isOfficeHosted(): boolean {
  const o = office();
  try {
    return !!o?.context?.requirements?.isSetSupported("ExcelApi", "1.1");
  } catch {
    return false;
  }
}

/** Office UI language such as "ru-RU"; "" outside Office. */
export function officeDisplayLanguage(): string {
  const o = office();
  try {
    return o?.context?.displayLanguage ?? "";
  } catch {
    return "";
  }
}

export interface OfficeThemeColors {
  isDark: boolean;
  background?: string;
  foreground?: string;
}

/** Office theme (dark or light) where the host reports it; null outside Office or on old hosts. */
export function officeTheme(): OfficeThemeColors | null {
  const o = office();
  try {
    const t = o?.context?.officeTheme;
    if (!t) return null;
    const bg = t.bodyBackgroundColor;
    const dark = (t as { isDarkTheme?: boolean }).isDarkTheme ?? (bg ? luminance(bg) < 0.5 : false);
    return { isDark: dark, background: bg || undefined, foreground: t.bodyForegroundColor || undefined };
  } catch {
    return null;
  }
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
