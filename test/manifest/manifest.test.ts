import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, projectContext, type ManifestContext } from "../../scripts/check-manifest";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
let ctx: ManifestContext;

beforeAll(async () => {
  ctx = await projectContext(root);
});

/** Problems of the manifest after one textual edit (the edit must apply, or the test is void). */
function problemsAfter(from: string | RegExp, to: string): string[] {
  const broken = manifest.replace(from, to);
  expect(broken).not.toBe(manifest);
  return checkManifest(broken, ctx).map((p) => `${p.where}: ${p.message}`);
}

describe("manifest.xml", () => {
  it("passes the offline check", () => {
    expect(checkManifest(manifest, ctx)).toEqual([]);
  });

  it("reads the webpack pages and the registered ribbon function from the project", () => {
    expect(ctx.pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
    expect(ctx.functions).toContain("runCheck");
    expect(ctx.devUrl).toBe("https://localhost:3000/");
  });

  it("declares the Home-tab group «Кванториум» with «Проверить» and «Мониторинг»", () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    for (const label of ['DefaultValue="Кванториум"', 'DefaultValue="Проверить"', 'DefaultValue="Мониторинг"'])
      expect(manifest).toContain(label);
    expect(manifest).toMatch(/<FunctionName>runCheck<\/FunctionName>/);
    expect(manifest).toMatch(/xsi:type="ShowTaskpane"/);
  });
});

describe("checkManifest catches a broken manifest", () => {
  it.each<[string, string | RegExp, string, RegExp]>([
    ["a missing icon file", "assets/icon-80.png", "assets/icon-99.png", /icon "assets\/icon-99.png" is not a file/],
    ["an http URL", "https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html", /is not https/],
    ["an http AppDomain", "<AppDomain>https://", "<AppDomain>http://", /AppDomain: URL .* is not https/],
    ["an Id that is not a GUID", /<Id>[^<]+<\/Id>/, "<Id>my-addin</Id>", /Id: "my-addin" is not a GUID/],
    ["a bad version", "<Version>0.1.0.0</Version>", "<Version>1.0.0.0.0</Version>", /Version: .* is not n.n.n.n/],
    ["a Document host", '<Host Name="Workbook"/>', '<Host Name="Document"/>', /Hosts: must be exactly/],
    ["read-only permission", ">ReadWriteDocument<", ">ReadDocument<", /Permissions: must be ReadWriteDocument/],
    ["ExcelApi 1.3", '<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.3"/>', /below 1.7/],
    [
      "an undefined resid",
      'resid="CheckButton.Tooltip"',
      'resid="Nope.Tooltip"',
      /resid="Nope.Tooltip": is not defined/,
    ],
    ["a page webpack does not build", "3000/commands.html", "3000/functions.html", /"functions.html" is not produced/],
    ["an unregistered function", "<FunctionName>runCheck<", "<FunctionName>runAll<", /runAll: is not registered/],
    ["elements out of order", /(<Permissions>.*<\/Permissions>)/, "$1<Version>0.1.0.0</Version>", /out of order/],
    ["a missing SupportUrl", /<SupportUrl[^>]*\/>/, "", /SupportUrl is missing/],
    ["an icon without the 80px image", /<bt:Image size="80" resid="Icon.80x80"\/>/, "", /Icon: has no 80px image/],
    ["XML that is not well-formed", "</OfficeApp>", "", /not well-formed XML/],
  ])("reports %s", (_name, from, to, expected) => {
    const problems = problemsAfter(from, to);
    expect(problems.some((p) => expected.test(p))).toBe(true);
  });
});
