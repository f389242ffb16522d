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
