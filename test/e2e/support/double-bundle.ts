import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

/** Bundles test/e2e/support/double-page.ts into one browser script (kept out of the add-in's build). */
export async function bundleExcelDouble(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "kvm-double-"));
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        {
          mode: "development",
          devtool: false,
          target: "web",
          context: join(__dirname, "..", "..", ".."),
          entry: join(__dirname, "double-page.ts"),
          output: { path: out, filename: "double.js" },
          resolve: { extensions: [".ts", ".js"] },
          module: {
            rules: [
              {
                test: /\.ts$/,
                exclude: /node_modules/,
                use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
              },
            ],
          },
        },
        (err, s) => (err || !s ? reject(err ?? new Error("webpack gave no stats")) : resolve(s)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
    return readFileSync(join(out, "double.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
