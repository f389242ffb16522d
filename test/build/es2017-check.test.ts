import { checkScript } from "./es2017-check";

/** The bundle check must be able to fail: what it finds and what it lets through. */
describe("the checker itself", () => {
  it.each([
    ["optional chaining", "var a = b?.c;"],
    ["nullish coalescing", "var a = b ?? c;"],
    ["object spread", "var a = { ...b };"],
    ["a class static block", "class A { static { init(); } }"],
    ["a class field", "class A { x = 1; }"],
    ["optional catch binding", "try { f(); } catch { g(); }"],
    ["async iteration", "async function f() { for await (const x of y) g(x); }"],
    ["a lookbehind literal", "var r = /(?<!\\d)20\\d\\d/;"],
    ["a named group literal", "var r = /(?<year>\\d{4})/;"],
    ["a dotAll literal", "var r = /a.b/s;"],
  ])("rejects %s", (_name, code) => {
    expect(checkScript(code).syntaxError).not.toBe("");
  });

  it.each([
    ["a lookbehind", 'new RegExp("(?<=x)y")'],
    ["a named group", "RegExp(`(?<y>\\\\d)`)"],
    ["the s flag", 'new RegExp("a.b", "s")'],
    ["a Unicode property escape", 'new window.RegExp("\\\\p{L}", "u")'],
    ["a concatenated lookbehind", 'new RegExp("(?<" + "!a)b")'],
    ["a lookbehind around a variable", "new RegExp(`(?<![\\\\d.])(?:${A}|${B})`, 'g')"],
    ["a named group after a variable", 'new RegExp(prefix + "(?<n>x)")'],
    ["the s flag on a computed pattern", 'new RegExp(source, "gs")'],
  ])("finds %s handed to the RegExp constructor", (_name, code) => {
    const r = checkScript(code);
    expect(r.syntaxError).toBe("");
    expect(r.badRegExps).toHaveLength(1);
  });

  it("accepts ES2017 code and regular expressions, and counts what it checked", () => {
    const r = checkScript(
      'async function f(a) { const [b] = [a]; return /(?:^|\\D)(20\\d{2})(?!\\d)/.exec(await b) || new RegExp("x+", "gimuy"); }',
    );
    expect(r).toEqual({ syntaxError: "", badRegExps: [], checked: 2 });
  });
});
