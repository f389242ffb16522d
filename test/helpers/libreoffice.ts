import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/** What a developer without LibreOffice runs; `.ci/run` installs the same packages. */
export const LIBREOFFICE_INSTALL =
  "sudo apt-get update && sudo apt-get install -y libreoffice-calc-nogui python3-uno poppler-utils";

const SOFFICE = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];

/** LibreOffice's soffice, or an error naming the install command — tests fail, never skip. */
export function findSoffice(): string {
  const found = SOFFICE.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `These tests print and round-trip files through LibreOffice, which is not installed.\n  ${LIBREOFFICE_INSTALL}`,
  );
}

/** pdftotext from poppler-utils, or an error naming the install command. */
export function findPdftotext(): string {
  if (existsSync("/usr/bin/pdftotext")) return "/usr/bin/pdftotext";
  throw new Error(
    `These tests read printed PDFs with pdftotext (poppler-utils), which is not installed.\n  ${LIBREOFFICE_INSTALL}`,
  );
}

/**
 * Converts a file with headless LibreOffice into outDir and returns the new file's path.
 * Each call gets its own user profile: parallel Jest workers (and parallel checkouts) would
 * otherwise fight over the profile lock and soffice exits 0 without writing anything.
 */
export function sofficeConvert(input: string, format: string, outDir: string, timeoutMs = 120_000): string {
  const profile = mkdtempSync(join(tmpdir(), "kvm-lo-"));
  try {
    execFileSync(
      findSoffice(),
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        input,
      ],
      { stdio: "pipe", timeout: timeoutMs },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const stem = basename(input).replace(/\.[^.]+$/, "");
  const ext = format.split(":")[0];
  const out = readdirSync(outDir).find((f) => f === `${stem}.${ext}`);
  if (!out) throw new Error(`LibreOffice did not convert ${input} to ${format}`);
  return join(outDir, out);
}

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  page: number;
  width: number;
  height: number;
  words: PdfWord[];
}

/** Pages and words of a PDF as `pdftotext -bbox-layout` reports them (points). */
export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync(findPdftotext(), ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  let m: RegExpExecArray | null;
  while ((m = pageRe.exec(html))) {
    const page = pages.length + 1;
    const words: PdfWord[] = [];
    let w: RegExpExecArray | null;
    while ((w = wordRe.exec(m[3]))) {
      words.push({ page, xMin: +w[1], yMin: +w[2], xMax: +w[3], yMax: +w[4], text: unescapeHtml(w[5]) });
    }
    pages.push({ page, width: +m[1], height: +m[2], words });
  }
  return pages;
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
