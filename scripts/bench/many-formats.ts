import { OoxmlPackage } from "../../src/adapters/xlsx/ooxml-package";

/**
 * The same workbook with `total` cell formats, as real workbooks have (each cell a
 * variant of the format it had: same number format and font, another indent), so the
 * engine sees the same data and only the size of styles.xml changes.
 */
export async function withManyFormats(bytes: Uint8Array, total: number): Promise<Uint8Array> {
  const pkg = await OoxmlPackage.load(bytes);
  const stylesPath = "xl/styles.xml";
  const styles = (await pkg.text(stylesPath))!;
  const cellXfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
  const base = [...cellXfs[2].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const perBase = Math.max(1, Math.floor((total - base.length) / base.length));
  const variants: string[] = [];
  for (let b = 0; b < base.length; b++) {
    for (let k = 1; k <= perBase; k++) {
      const open = base[b].replace(/\/?>[\s\S]*$/, "").replace(/\sapplyAlignment="[^"]*"/, "");
      variants.push(
        `${open} applyAlignment="1"><alignment indent="${k % 250}" shrinkToFit="${k >= 250 ? 1 : 0}"/></xf>`,
      );
    }
  }
  const all = [...base, ...variants];
  pkg.setText(stylesPath, styles.replace(cellXfs[0], `<cellXfs count="${all.length}">${all.join("")}</cellXfs>`));
  const variantOf = (s: number, n: number) => base.length + s * perBase + (n % perBase);
  for (const path of pkg.paths().filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    let n = 0;
    const xml = (await pkg.text(path))!.replace(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g, (_m, ref: string, s?: string) => {
      return `<c r="${ref}" s="${variantOf(Number(s ?? 0), n++)}"`;
    });
    pkg.setText(path, xml);
  }
  return pkg.toBytes();
}
