import JSZip from "jszip";
import ExcelJS from "exceljs";

/** Every part of an .xlsx with its text (binary parts as base64), for byte-level comparisons. */
export async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    out.set(name, await zip.files[name].async(/\.(png|jpe?g|bin)$/.test(name) ? "base64" : "string"));
  }
  return out;
}

export async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Fill colour ("#RRGGBB") ExcelJS reports for a cell, or null. */
export function fillOf(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || f.pattern !== "solid") return null;
  const argb = f.fgColor?.argb;
  return argb ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** The style index (`s`) a worksheet part gives a cell, or null when the cell is not written. */
export function styleIndex(sheetXml: string, ref: string): number | null {
  const tag = new RegExp(`<c\\b[^>]*\\sr="${ref}"[^>]*>`).exec(sheetXml)?.[0];
  if (!tag) return null;
  return Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0);
}

/** Replaces one part of an .xlsx (hand-written XML the libraries cannot produce). */
export async function withPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Text of every note ExcelJS reads on a sheet, by cell address. */
export function notesOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const n = cell.note as string | { texts?: { text: string }[] } | undefined;
      if (n) out[cell.address] = typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
    }),
  );
  return out;
}
