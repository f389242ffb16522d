import { RegExpValidator } from "@eslint-community/regexpp";
import { parse, type Node } from "acorn";
import { full } from "acorn-walk";

/**
 * What an ES2017 engine (EdgeHTML 18, Safari 11–12) makes of a shipped script: it must parse,
 * and every regular expression in it must compile there. Literals are checked by the parser
 * itself (acorn validates them at the given ecmaVersion) and again by regexpp; the patterns
 * handed to `RegExp(...)` as constant strings are checked by regexpp only — bundlers and
 * minifiers turn a literal they cannot lower into exactly such a call, which then throws at
 * run time.
 */
export const ECMA_VERSION = 2017;

export interface ScriptReport {
  /** Empty when the script parses; else the parser's message with line:column and the code there. */
  syntaxError: string;
  /** One line per regular expression an ES2017 engine rejects. */
  badRegExps: string[];
  /** How many regular expressions were checked (literals plus constant RegExp() arguments). */
  checked: number;
}

interface Loc {
  start: number;
  end: number;
}
type AnyNode = Node & Record<string, unknown>;

export function checkScript(source: string, ecmaVersion: 5 | typeof ECMA_VERSION = ECMA_VERSION): ScriptReport {
  const report: ScriptReport = { syntaxError: "", badRegExps: [], checked: 0 };
  let ast: Node;
  try {
    ast = parse(source, { ecmaVersion, sourceType: "script", locations: true });
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    report.syntaxError = `${(e as Error).message}: …${source.slice(Math.max(0, pos - 60), pos + 60)}…`;
    return report;
  }
  const validator = new RegExpValidator({ ecmaVersion: ecmaVersion === 5 ? 5 : ECMA_VERSION });
  const check = (pattern: string, flags: string, where: Loc) => {
    report.checked++;
    try {
      validator.validateFlags(flags);
      validator.validatePattern(pattern, 0, pattern.length, { unicode: flags.includes("u") });
    } catch (e) {
      report.badRegExps.push(`/${pattern}/${flags} at ${where.start}: ${(e as Error).message}`);
    }
  };
  full(ast, (n) => {
    const node = n as AnyNode;
    if (node.type === "Literal" && node.regex) {
      const { pattern, flags } = node.regex as { pattern: string; flags: string };
      check(pattern, flags, node);
    } else if ((node.type === "NewExpression" || node.type === "CallExpression") && isRegExpCallee(node.callee)) {
      const args = node.arguments as AnyNode[];
      if (!args[0]) return;
      const pattern = constantString(args[0]);
      const flags = args[1] === undefined ? "" : constantString(args[1]);
      // A pattern with computed flags is still checked without them.
      if (pattern !== null) check(pattern, flags ?? "", node);
      else {
        // Built from variables (`(?<![\\d.])(?:${NUMERIC}|…)`): its fixed pieces must not open
        // a lookbehind or named group, nor use a property escape.
        report.checked++;
        const piece = fixedPieces(args[0]).find((p) => /\(\?<|\\[pPk]\{|\\k</.test(p));
        if (piece !== undefined) report.badRegExps.push(`RegExp(… ${piece} …) at ${node.start}: post-ES2017 syntax`);
        if (flags !== null) {
          try {
            validator.validateFlags(flags);
          } catch (e) {
            report.badRegExps.push(`RegExp(…, "${flags}") at ${node.start}: ${(e as Error).message}`);
          }
        }
      }
    }
  });
  return report;
}

/** `RegExp`, `window.RegExp`, `globalThis.RegExp`, `self["RegExp"]`… */
function isRegExpCallee(callee: unknown): boolean {
  const c = callee as AnyNode;
  if (c.type === "Identifier") return c.name === "RegExp";
  if (c.type === "MemberExpression") {
    const p = c.property as AnyNode;
    return c.computed ? p.type === "Literal" && p.value === "RegExp" : p.type === "Identifier" && p.name === "RegExp";
  }
  return false;
}

/** The value of a string built only from literals (`"a"`, `` `a` ``, `"a" + "b"`), else null. */
function constantString(n: AnyNode): string | null {
  if (n.type === "Literal") return typeof n.value === "string" ? n.value : null;
  if (n.type === "TemplateLiteral") {
    const quasis = n.quasis as { value: { cooked: string | null } }[];
    return (n.expressions as unknown[]).length === 0 ? quasis[0].value.cooked : null;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const l = constantString(n.left as AnyNode);
    const r = constantString(n.right as AnyNode);
    return l === null || r === null ? null : l + r;
  }
  return null;
}

/** The literal parts of a string expression whose value is not constant. */
function fixedPieces(n: AnyNode): string[] {
  if (n.type === "Literal") return typeof n.value === "string" ? [n.value] : [];
  if (n.type === "TemplateLiteral")
    return (n.quasis as { value: { cooked: string | null } }[]).map((q) => q.value.cooked ?? "");
  if (n.type === "BinaryExpression" && n.operator === "+")
    return [...fixedPieces(n.left as AnyNode), ...fixedPieces(n.right as AnyNode)];
  return [];
}
