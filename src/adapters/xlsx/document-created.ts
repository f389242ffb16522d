import { OoxmlPackage } from "./ooxml-package";
import { elements, unescapeXml } from "./xml-text";

/** dcterms:created of the package's core properties (found through the root relationships), or null. */
export async function documentCreatedOf(bytes: Uint8Array): Promise<string | null> {
  const pkg = await OoxmlPackage.load(bytes);
  const rel = (await pkg.rels("")).find(
    (r) => r.type.endsWith("/core-properties") || r.type.endsWith("/metadata/core-properties"),
  );
  const xml = rel ? await pkg.text(rel.path) : await pkg.text("docProps/core.xml");
  if (!xml) return null;
  const el = elements(xml, "dcterms:created")[0];
  if (!el) return null;
  const text = unescapeXml(el.text.replace(/^<[^>]*>/, "").replace(/<\/[^>]*>$/, "")).trim();
  return text || null;
}
