import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
export const INSTALL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium";

/** The exact flags the browser tests run with (no GPU, no background traffic, no sandbox in containers). */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Debian's Chromium: CHROMIUM_PATH, else /usr/bin/chromium. When missing, installs it with
 * apt when running as root, and otherwise fails with the command to run — never a skip.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist. Install Chromium: ${INSTALL_COMMAND}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    const apt = { stdio: "inherit" as const, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
    execFileSync("apt-get", ["update", "-qq"], apt);
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], apt);
    const installed = CANDIDATES.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(
    `The browser tests need Chromium and none was found (looked at ${CANDIDATES.join(", ")}; CHROMIUM_PATH is not set).\n` +
      `Install it and run the tests again:\n  ${INSTALL_COMMAND}\n` +
      `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  );
}

export interface PageOptions {
  /** Browser language and date-field format; ru-RU like the users. */
  locale?: string;
  /** Only for injecting test tools (axe) as inline scripts into a page with a CSP. */
  bypassCSP?: boolean;
}

export interface Chromium {
  context: BrowserContext;
  /** Ends the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * A fresh headless Chromium with its own empty profile (a persistent context is how
 * Playwright takes --user-data-dir).
 */
export async function launchChromium(options: PageOptions = {}): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), "kvm-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: options.locale ?? "ru-RU",
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      // Chromium's helpers may still be writing into the profile for a moment.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
