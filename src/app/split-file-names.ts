/** Windows refuses these names whatever the extension («CON.xlsx» included). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Characters Windows does not allow in a file name, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Leaves room for the folder and «.xlsx» under Windows' 260-character path limit. */
const MAX_STEM = 100;

/**
 * Pure: one file name per school, safe on Windows, macOS and Linux and unique without
 * regard to case (Windows and macOS file systems ignore it). A school whose name leaves
 * nothing usable gets «Школа N» (N = its place in the registry), so every school gets a file.
 */
export function schoolFileNames(schools: readonly string[], ext = ".xlsx"): string[] {
  const taken = new Set<string>();
  return schools.map((name, i) => {
    let stem = name.normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
    if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).trim();
    // Windows drops trailing dots and spaces, and a leading dot hides the file elsewhere.
    stem = stem.replace(/[. ]+$/, "").replace(/^[. ]+/, "");
    if (!stem || RESERVED.test(stem.split(".")[0])) stem = stem ? `${stem} (школа ${i + 1})` : `Школа ${i + 1}`;
    let candidate = stem;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})`;
    taken.add(candidate.toLowerCase());
    return `${candidate}${ext}`;
  });
}
