import { zipSync } from "fflate";

/**
 * The schools' copies as one .zip for the web page's download. The workbooks are zips
 * already, so they are stored, not compressed again; names are UTF-8 (flagged as such, so
 * Windows Explorer shows «МОУ «СОШ № 1».xlsx», not mojibake).
 */
export function zipCopies(files: readonly { fileName: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.fileName] = [f.bytes, { level: 0 }];
  return zipSync(entries);
}
