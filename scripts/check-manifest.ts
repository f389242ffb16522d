/**
 * Offline check of manifest.xml (npm run validate is the online validator). Structural
 * rules of the add-in only XML manifest, plus the links between the manifest and this
 * project: icons exist in assets/, page URLs are webpack outputs, the ribbon's function is
 * registered by src/commands. Run: npx tsx scripts/check-manifest.ts [manifest.xml]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestContext {
  /** Base of every development URL, e.g. "https://localhost:3000/". */
  devUrl: string;
  /** Pages the build writes (HtmlWebpackPlugin filenames), e.g. "taskpane.html". */
  pages: readonly string[];
  /** Whether a path relative to the project root (e.g. "assets/icon-16.png") is a file. */
  fileExists(relPath: string): boolean;
  /** Names registered with Office.actions.associate in src/commands. */
  functions: readonly string[];
}

export interface ManifestProblem {
  where: string;
  message: string;
}

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** Top-level elements of OfficeApp in schema order (the schema is a sequence: order matters). */
const TOP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const TOP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/;

/** Which resource list each resid-bearing element refers to. */
const RESID_KIND: Record<string, "images" | "urls" | "short" | "long"> = {
  "bt:Image": "images",
  FunctionFile: "urls",
  SourceLocation: "urls",
  LearnMoreUrl: "urls",
  Label: "short",
  Title: "short",
  Description: "long",
};

export function checkManifest(xml: string, ctx: ManifestContext): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const fail = (where: string, message: string) => problems.push({ where, message });

  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    fail("manifest.xml", `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return problems;
  }
  const root = toNodes(
    new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml),
  ).find((n) => n.name === "OfficeApp");
  if (!root) {
    fail("manifest.xml", "the root element must be OfficeApp");
    return problems;
  }
  if (root.attrs["xsi:type"] !== "TaskPaneApp") fail("OfficeApp", 'xsi:type must be "TaskPaneApp"');

  // Order and presence of the top-level elements.
  let last = -1;
  for (const child of root.children) {
    const i = TOP_ORDER.indexOf(child.name);
    if (i < 0) fail(child.name, "is not a known OfficeApp element");
    else if (i <= last) fail(child.name, `is out of order: it must come before ${TOP_ORDER[last]}`);
    else last = i;
  }
  for (const name of TOP_REQUIRED) if (!first(root, name)) fail("OfficeApp", `${name} is missing`);

  const text = (name: string) => first(root, name)?.text.trim() ?? "";
  if (first(root, "Id") && !GUID.test(text("Id"))) fail("Id", `"${text("Id")}" is not a GUID`);
  if (first(root, "Version") && !VERSION.test(text("Version")))
    fail("Version", `"${text("Version")}" is not n.n.n.n (1 to 4 numbers)`);
  if (first(root, "DefaultLocale") && text("DefaultLocale") !== "ru-RU") fail("DefaultLocale", "must be ru-RU");
  for (const name of ["DisplayName", "Description"]) {
    const node = first(root, name);
    if (node && !node.children.some((o) => o.name === "Override" && o.attrs.Locale === "en-US"))
      fail(name, "has no en-US Override");
  }
  const hosts = first(root, "Hosts")?.children.filter((h) => h.name === "Host") ?? [];
  if (hosts.length !== 1 || hosts[0].attrs.Name !== "Workbook")
    fail("Hosts", 'must be exactly <Host Name="Workbook"/>');
  if (first(root, "Permissions") && text("Permissions") !== "ReadWriteDocument")
    fail("Permissions", "must be ReadWriteDocument");
  checkRequirements(root, fail);
  if (!first(first(root, "DefaultSettings"), "SourceLocation")) fail("DefaultSettings", "SourceLocation is missing");

  // URLs: https everywhere; development URLs must point at something the build serves.
  const all = walk(root);
  const iconElements = new Set(["IconUrl", "HighResolutionIconUrl", "bt:Image"]);
  for (const node of all) {
    const urls: string[] = [];
    if (node.name === "AppDomain") urls.push(node.text.trim());
    else if (node.attrs.DefaultValue && isUrlElement(node)) urls.push(node.attrs.DefaultValue);
    if (node.name === "Override" && node.attrs.Value && /^\w+:\/\//.test(node.attrs.Value)) urls.push(node.attrs.Value);
    for (const url of urls) {
      const where = node.attrs.id ? `${node.name} ${node.attrs.id}` : node.name;
      if (!url.startsWith("https://")) {
        fail(where, `URL "${url}" is not https`);
        continue;
      }
      if (node.name === "AppDomain" || !url.startsWith(ctx.devUrl)) continue;
      const path = url.slice(ctx.devUrl.length).replace(/[?#].*$/, "");
      if (iconElements.has(node.name)) {
        if (!path.startsWith("assets/") || !ctx.fileExists(path))
          fail(where, `icon "${path}" is not a file in assets/`);
      } else if (!ctx.pages.includes(path) && !(path.startsWith("assets/") && ctx.fileExists(path))) {
        fail(where, `"${path}" is not produced by the webpack build (pages: ${ctx.pages.join(", ")})`);
      }
    }
  }

  checkVersionOverrides(root, ctx, fail);
  return problems;
}

function checkRequirements(root: XmlNode, fail: (where: string, message: string) => void): void {
  const sets = first(root, "Requirements")?.children.find((c) => c.name === "Sets");
  const excel = sets?.children.find((s) => s.name === "Set" && s.attrs.Name === "ExcelApi");
  if (!excel) {
    fail("Requirements", "ExcelApi set is missing");
    return;
  }
  const version = excel.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion ?? "1.1";
  const [major, minor] = version.split(".").map(Number);
  if (!(major > 1 || (major === 1 && minor >= 7))) fail("Requirements", `ExcelApi ${version} is below 1.7`);
}

function checkVersionOverrides(
  root: XmlNode,
  ctx: ManifestContext,
  fail: (where: string, message: string) => void,
): void {
  const vo = first(root, "VersionOverrides");
  if (!vo) return;
  const resources = first(vo, "Resources");
  const ids: Record<"images" | "urls" | "short" | "long", Set<string>> = {
    images: ids0(resources, "bt:Images", "bt:Image"),
    urls: ids0(resources, "bt:Urls", "bt:Url"),
    short: ids0(resources, "bt:ShortStrings", "bt:String"),
    long: ids0(resources, "bt:LongStrings", "bt:String"),
  };
  const seen = new Set<string>();
  for (const node of walk(resources)) {
    if (!node.attrs.id || !["bt:Image", "bt:Url", "bt:String"].includes(node.name)) continue;
    if (seen.has(node.attrs.id)) fail(`${node.name} ${node.attrs.id}`, "id is defined twice");
    seen.add(node.attrs.id);
  }
  for (const s of first(resources, "bt:ShortStrings")?.children ?? [])
    for (const v of [s.attrs.DefaultValue, ...s.children.map((o) => o.attrs.Value)])
      if (v && v.length > 125) fail(`bt:String ${s.attrs.id}`, "short strings are limited to 125 characters");
  for (const s of first(resources, "bt:LongStrings")?.children ?? [])
    for (const v of [s.attrs.DefaultValue, ...s.children.map((o) => o.attrs.Value)])
      if (v && v.length > 250) fail(`bt:String ${s.attrs.id}`, "long strings are limited to 250 characters");

  const inResources = new Set(walk(resources));
  const all = walk(vo).filter((n) => !inResources.has(n));
  for (const node of all) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const kind = RESID_KIND[node.name];
    if (kind && !ids[kind].has(resid)) fail(`${node.name} resid="${resid}"`, `is not defined in Resources (${kind})`);
    if (!kind && !Object.values(ids).some((set) => set.has(resid)))
      fail(`${node.name} resid="${resid}"`, "is not defined in Resources");
  }

  const controlIds = new Set<string>();
  for (const node of all) {
    if (node.name === "Control" || node.name === "Group") {
      const id = node.attrs.id ?? "";
      if (controlIds.has(id)) fail(`${node.name} ${id}`, "id is used twice");
      controlIds.add(id);
    }
    if (node.name === "Icon") {
      const sizes = node.children.map((c) => c.attrs.size);
      for (const size of ["16", "32", "80"]) if (!sizes.includes(size)) fail("Icon", `has no ${size}px image`);
    }
  }

  const functions = all.filter((n) => n.name === "Action" && n.attrs["xsi:type"] === "ExecuteFunction");
  if (functions.length > 0 && !all.some((n) => n.name === "FunctionFile"))
    fail("VersionOverrides", "ExecuteFunction needs a FunctionFile");
  for (const action of functions) {
    const name = first(action, "FunctionName")?.text.trim() ?? "";
    if (!ctx.functions.includes(name))
      fail(`FunctionName ${name}`, "is not registered with Office.actions.associate in src/commands");
  }
}

function isUrlElement(node: XmlNode): boolean {
  return ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"].includes(node.name);
}

function ids0(resources: XmlNode | undefined, list: string, item: string): Set<string> {
  return new Set((first(resources, list)?.children ?? []).filter((c) => c.name === item).map((c) => c.attrs.id ?? ""));
}

function first(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

function walk(node: XmlNode | undefined): XmlNode[] {
  if (!node) return [];
  return [node, ...node.children.flatMap(walk)];
}

/** fast-xml-parser's preserveOrder output → plain element nodes (comments and declarations dropped). */
function toNodes(items: unknown): XmlNode[] {
  if (!Array.isArray(items)) return [];
  const out: XmlNode[] = [];
  for (const item of items as Record<string, unknown>[]) {
    const name = Object.keys(item).find((k) => k !== ":@");
    if (!name || name.startsWith("?") || name === "#text" || name === "#comment") continue;
    const body = item[name] as Record<string, unknown>[];
    const attrs = (item[":@"] ?? {}) as Record<string, string>;
    const text = body
      .filter((b) => "#text" in b)
      .map((b) => String(b["#text"]))
      .join("");
    out.push({ name, attrs, text, children: toNodes(body) });
  }
  return out;
}

/** Reads the project: webpack's HtmlWebpackPlugin outputs, files on disk, src/commands registrations. */
export async function projectContext(root: string): Promise<ManifestContext> {
  const requireHere = createRequire(join(root, "package.json"));
  const config = await requireHere("./webpack.config.js")({ WEBPACK_BUILD: true }, { mode: "production" });
  const pages = (config.plugins as { constructor: { name: string }; userOptions?: { filename?: string } }[])
    .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
    .map((p) => p.userOptions?.filename ?? "index.html");
  const commandsDir = join(root, "src", "commands");
  const functions = readdirSync(commandsDir)
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) =>
      [...readFileSync(join(commandsDir, f), "utf8").matchAll(/Office\.actions\.associate\(\s*["'`](\w+)["'`]/g)].map(
        (m) => m[1],
      ),
    );
  return {
    devUrl: requireHere("./webpack.config.js").urlDev,
    pages,
    functions,
    fileExists: (rel) => existsSync(join(root, rel)),
  };
}

if (require.main === module) {
  const root = resolve(__dirname, "..");
  const file = resolve(process.argv[2] ?? join(root, "manifest.xml"));
  projectContext(root)
    .then((ctx) => {
      const problems = checkManifest(readFileSync(file, "utf8"), ctx);
      for (const p of problems) console.error(`${p.where}: ${p.message}`);
      console.log(problems.length === 0 ? `${file}: OK` : `${file}: ${problems.length} problem(s)`);
      process.exitCode = problems.length === 0 ? 0 : 1;
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
