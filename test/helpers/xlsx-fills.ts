import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";
import { parseRef } from "../../src/adapters/xlsx/read-sheet";
import { scanXml } from "../../src/adapters/xlsx/xml-scan";

/**
 * The solid fill colour ("FFRRGGBB") of every written cell of every sheet, by "Sheet!A1",
 * read from the parts themselves (cell → style index → cellXfs → fills), so browser tests
 * need no spreadsheet library. Cells with no solid fill map to null.
 */
export async function cellFills(bytes: Uint8Array): Promise<Map<string, string | null>> {
  const pkg = await OoxmlPackage.load(bytes);
  const wbPath = (await pkg.workbookPath())!;
  const stylesRel = (await pkg.rels(wbPath)).find((r) => r.type.endsWith("/styles"));
  const fills: (string | null)[] = [];
  const xfFill: number[] = [];
  let section = "";
  let fill: string | null = null;
  let solid = false;
  scanXml((stylesRel && (await pkg.text(stylesRel.path))) || "", {
    open(local, a) {
      if (local === "fills" || local === "cellXfs" || local === "cellStyleXfs" || local === "dxfs") section = local;
      else if (section === "fills" && local === "fill") {
        fill = null;
        solid = false;
      } else if (section === "fills" && local === "patternFill") solid = a.patternType === "solid";
      else if (section === "fills" && local === "fgColor" && solid) fill = a.rgb ?? null;
      else if (section === "cellXfs" && local === "xf") xfFill.push(Number(a.fillId ?? 0));
    },
    close(local) {
      if (local === section) section = "";
      else if (section === "fills" && local === "fill") fills.push(fill);
    },
  });
  const out = new Map<string, string | null>();
  for (const sheet of await pkg.sheets()) {
    const xml = sheet.path ? await pkg.text(sheet.path) : null;
    if (!xml) continue;
    scanXml(xml, {
      open(local, a) {
        if (local !== "c" || !a.r || !parseRef(a.r)) return;
        out.set(`${sheet.name}!${a.r}`, fills[xfFill[Number(a.s ?? 0)] ?? 0] ?? null);
      },
    });
  }
  return out;
}
