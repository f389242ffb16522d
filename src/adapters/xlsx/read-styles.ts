import { BUILTIN_FORMATS } from "./builtin-formats";
import { scanXml } from "./xml-scan";

/**
 * The number format of every cell format (`cellXfs/xf`, the `s` of a cell), by index.
 * Custom codes come from `numFmts`; ids without a code there are Excel's built-in ones.
 * A missing styles part means every cell is General.
 */
export function readCellFormats(xml: string | null): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let depthInCellXfs = 0;
  scanXml(xml, {
    open(local, a) {
      if (inCellXfs) {
        depthInCellXfs++;
        if (local === "xf" && depthInCellXfs === 1) xfNumFmt.push(Number(a.numFmtId ?? 0) || 0);
        return;
      }
      if (local === "numFmts") inNumFmts = true;
      else if (local === "cellXfs") {
        inCellXfs = true;
        depthInCellXfs = 0;
      } else if (inNumFmts && local === "numFmt" && a.numFmtId !== undefined) {
        const code = a.formatCode ?? "";
        // Some writers spell it "GENERAL"; it is still the General format.
        custom.set(Number(a.numFmtId), code.toLowerCase() === "general" ? "General" : code);
      }
    },
    close(local) {
      if (inCellXfs) {
        if (depthInCellXfs === 0 && local === "cellXfs") inCellXfs = false;
        else depthInCellXfs--;
        return;
      }
      if (local === "numFmts") inNumFmts = false;
    },
  });
  return xfNumFmt.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
}
