import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/**
 * The reader, engine and writer as the CLI runs them: compiled by tsc into dist-cli/, not
 * through tsx's on-the-fly transform (its CommonJS output reads every imported binding
 * through a getter, which costs the byte reader about a fifth). Loaded after the CLI
 * has been built.
 */
export function compiled() {
  const dist = (path: string) => join(ROOT, "dist-cli", path);
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require(dist("adapters/xlsx/index.js")) as typeof import("../../src/adapters/xlsx")),
    ...(require(dist("adapters/xlsx/node-zlib-codec.js")) as typeof import("../../src/adapters/xlsx/node-zlib-codec")),
    ...(require(dist("app/monitor.js")) as typeof import("../../src/app/monitor")),
    ...(require(dist("app/monitor-types.js")) as typeof import("../../src/app/monitor-types")),
    ...(require(dist("engine/check.js")) as typeof import("../../src/engine/check")),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export type Compiled = ReturnType<typeof compiled>;
