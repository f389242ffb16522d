import * as path from "node:path";
import ts from "typescript";

/**
 * The double is typed against @types/office-js (typed.ts): a member whose shape drifts from
 * Office's must not compile. This compiles the double's real sources with the project's
 * tsconfig, once as they are (no error) and once with members drifted the way the issue found
 * them drifted (a `sync()` without Office's pass-through value, `freezeAt` and `notes.add` that
 * take only a string where Office also takes a Range, alignment and orientation typed as any
 * string, a RangeAreas without `address`), and expects an error at each drifted member.
 */
const ROOT = path.resolve(__dirname, "../..");
const DOUBLE = path.join(ROOT, "test/excel-double");

interface Drift {
  file: string;
  /** Text to replace; must occur exactly once in the file. */
  from: string;
  to: string;
  /** What tsc must say about it. */
  error: string;
}

const DRIFTS: Drift[] = [
  {
    file: "excel-double.ts",
    from: `  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.batch.sync();
    return passThroughValue as T;
  }`,
    to: `  async sync(): Promise<void> {
    await this.batch.sync();
  }`,
    error:
      "Property 'sync' in type 'RequestContext' is not assignable to the same property in base type 'RequestContextShape'",
  },
  {
    file: "sheet-parts.ts",
    from: "freezeAt(frozenRange: RangeShape | string): void {",
    to: "freezeAt(frozenRange: string): void {",
    error:
      "Property 'freezeAt' in type 'FreezePanes' is not assignable to the same property in base type 'WorksheetFreezePanesShape'",
  },
  {
    file: "sheet-parts.ts",
    from: "add(cellAddress: RangeShape | string, content: unknown): Note {",
    to: "add(cellAddress: string, content: unknown): Note {",
    error:
      "Property 'add' in type 'NoteCollection' is not assignable to the same property in base type 'NoteCollectionShape'",
  },
  {
    file: "sheet-parts.ts",
    from: 'get orientation(): Excel.PageLayout["orientation"] {',
    to: "get orientation(): string {",
    error:
      "Property 'orientation' in type 'PageLayout' is not assignable to the same property in base type 'PageLayoutShape'",
  },
  {
    file: "range.ts",
    from: 'get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {',
    to: "get horizontalAlignment(): string {",
    error:
      "Property 'horizontalAlignment' in type 'RangeFormat' is not assignable to the same property in base type 'RangeFormatShape'",
  },
  {
    file: "range.ts",
    from: `  get areaCount(): number {
    return this.got("areaCount");
  }
  get address(): string {
    return this.got("address");
  }`,
    to: `  get areaCount(): number {
    return this.got("areaCount");
  }`,
    error: "Property 'address' is missing in type 'RangeAreas' but required",
  },
];

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error("tsconfig.json did not parse");
  return { ...parsed.options, noEmit: true };
}

/** Errors in the double's own files, with some sources replaced (path → text). */
function compile(overrides: Map<string, string>, old?: ts.Program): { program: ts.Program; errors: ts.Diagnostic[] } {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => overrides.get(path.resolve(f)) ?? read(f);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = overrides.get(path.resolve(f));
    return text === undefined ? getSourceFile(f, lang, onError, create) : ts.createSourceFile(f, text, lang, true);
  };
  const roots = ts.sys
    .readDirectory(DOUBLE, [".ts"])
    .filter((f) => !f.endsWith(".test.ts"))
    .map((f) => path.resolve(f));
  const program = ts.createProgram({ rootNames: roots, options, host, oldProgram: old });
  const errors = roots.flatMap((f) => {
    const sf = program.getSourceFile(f);
    return sf ? [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)] : [];
  });
  return { program, errors };
}

function where(d: ts.Diagnostic): string {
  if (!d.file || d.start === undefined) return ts.flattenDiagnosticMessageText(d.messageText, " ");
  const { line } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${path.basename(d.file.fileName)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
}

describe("the double's types follow @types/office-js", () => {
  it("compiles as it is, and fails at each member drifted from Office's signature", () => {
    const clean = compile(new Map());
    expect(clean.errors.map(where)).toEqual([]);

    const texts = new Map<string, string>();
    for (const d of DRIFTS) {
      const file = path.join(DOUBLE, d.file);
      const text = texts.get(file) ?? ts.sys.readFile(file) ?? "";
      // The drift must apply to the real source: a renamed member fails here, not silently.
      expect(text.split(d.from).length - 1).toBe(1);
      texts.set(file, text.replace(d.from, d.to));
    }
    const drifted = compile(texts, clean.program);
    const said = drifted.errors.map(where);
    for (const d of DRIFTS)
      expect({ drift: d.to, said: said.some((e) => e.includes(d.error)) }).toEqual({ drift: d.to, said: true });
    // Two compilations against office-js's 9 MB of typings: slow on a shared machine.
  }, 240_000);
});
