import type { Lang } from "../domain/finding";
import { langFromDisplayLanguage } from "../i18n";

export type ThemeName = "light" | "dark";

export interface HostInfo {
  /** True inside Excel; false when the page is opened as a plain web page. */
  hosted: boolean;
  lang: Lang;
  theme: ThemeName;
  /** Office.onReady's platform inside Excel: "OfficeOnline" (a browser), "PC", "Mac"… */
  platform?: string;
}

/**
 * The only task-pane file that touches the Office global (like Script Lab's officeJsHost.ts).
 * office.js may be missing (plain page, blocked CDN) or present but outside Office, where
 * onReady resolves with host null.
 */
export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return browserInfo();
  const info = await Office.onReady();
  if (!info || info.host !== Office.HostType.Excel) return browserInfo();
  return {
    hosted: true,
    lang: langFromDisplayLanguage(Office.context.displayLanguage),
    theme: officeThemeName(Office.context.officeTheme),
    platform: info.platform ? String(info.platform) : undefined,
  };
}

/** Dark when Office says so, or (older hosts without isDarkTheme) when the body background is dark. */
export function officeThemeName(theme: Partial<Office.OfficeTheme> | undefined): ThemeName {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  return isDarkColour(theme.bodyBackgroundColor) ? "dark" : "light";
}

function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Outside Office there is no display language: Russian, unless the address says ?lang=en. */
function browserInfo(): HostInfo {
  const param = typeof location === "undefined" ? null : new URLSearchParams(location.search).get("lang");
  const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
  return { hosted: false, lang: param ? langFromDisplayLanguage(param) : "ru", theme: dark ? "dark" : "light" };
}
