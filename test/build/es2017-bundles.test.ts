import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { productionBuild, type BuildStats } from "../helpers/production-build";
import { checkScript, ECMA_VERSION } from "./es2017-check";

/**
 * Every script of the production build (entries and lazily loaded chunks, dependencies
 * included) as an ES2017 engine sees it — EdgeHTML 18 in retail Office 2016/2019, Safari
 * 11–12 in old Mac Excel (PRODUCT.md §7). A SyntaxError there leaves the pane on «Загрузка…»
 * and the ribbon button dead, so a dependency upgrade must not bring newer syntax back.
 */
let dir: string;
let stats: BuildStats;
let scripts: string[];
/** Hand-written for Internet Explorer 11 and copied as they are (the *.es5.js files in src). */
const ES5_SCRIPTS = ["message-dialog.js", "old-webview-command.js", "old-webview.js"];

beforeAll(async () => {
  ({ dir, stats } = await productionBuild());
  scripts = readdirSync(dir).filter((f) => /\.[cm]?js$/.test(f));
}, 600_000);

describe(`production scripts parse as ES${ECMA_VERSION}`, () => {
  it("ships the entries, their lazy chunks and the ES5 scripts, all of them checked here", () => {
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "commands.js", ...ES5_SCRIPTS]));
    const emitted = stats.chunks.flatMap((c) => c.files).filter((f) => /\.[cm]?js$/.test(f));
    expect(emitted.length).toBeGreaterThan(3);
    expect(scripts.sort()).toEqual([...new Set([...emitted, ...ES5_SCRIPTS])].sort());
  });

  it.each(ES5_SCRIPTS)("keeps %s to ES5, so Internet Explorer 11 runs it", (file) => {
    expect(checkScript(readFileSync(join(dir, file), "utf8"), 5)).toMatchObject({ syntaxError: "", badRegExps: [] });
  });

  it("has no syntax newer than ES2017 in any script (optional chaining, class static blocks, object spread…)", () => {
    const errors = scripts
      .map((f) => ({ f, e: checkScript(readFileSync(join(dir, f), "utf8")).syntaxError }))
      .filter((x) => x.e);
    expect(errors).toEqual([]);
  });

  it("has no regular expression an ES2017 engine rejects: no lookbehind, named groups, s flag, \\p{…}", () => {
    let checked = 0;
    const bad: string[] = [];
    for (const f of scripts) {
      const r = checkScript(readFileSync(join(dir, f), "utf8"));
      checked += r.checked;
      bad.push(...r.badRegExps.map((b) => `${f}: ${b}`));
    }
    expect(bad).toEqual([]);
    // The engine alone holds dozens; a checker that finds none is not looking.
    expect(checked).toBeGreaterThan(50);
  });
});
