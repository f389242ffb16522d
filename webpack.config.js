/* Webpack for the Excel add-in, after the yo office React task-pane template:
 * taskpane.html + commands.html, assets and manifest copied to dist/, https dev server
 * on port 3000 (plain http when certificates are unavailable or asked for). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");

/** The language level of every shipped script (see `target` below). */
const SCRIPT_TARGET = "es2017";

const urlDev = "https://localhost:3000/";
// CHANGE THIS to where dist/ is deployed (or set ADDIN_PROD_URL); a missing final "/" is added.
const urlProd = (process.env.ADDIN_PROD_URL || "https://kvantorium-monitor.example.org/").replace(/\/*$/, "/");

/** Dev certificates from office-addin-dev-certs, or null (then the server runs on http). */
async function getHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    console.warn(`No dev certificates (${err && err.message}); serving over plain http.`);
    return null;
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const wantHttp = Boolean(env.http) || process.env.HTTP === "1";
  const serving = Boolean(env.WEBPACK_SERVE);
  const httpsOptions = serving && !wantHttp ? await getHttpsOptions() : null;

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Lazily loaded parts (the Office service, later the .xlsx file mode) get their own files.
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // webpack's own runtime code follows this too.
    target: ["web", SCRIPT_TARGET],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are npm run typecheck's job; import() stays splittable (ESM kept as is).
          loader: "esbuild-loader",
          options: { target: SCRIPT_TARGET },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // The same task pane as a plain web page (index.html, so "/" opens it): no office.js, file mode.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/web-page.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      // The dialog in which the ribbon's «Проверить» explains a failure.
      new HtmlWebpackPlugin({
        filename: "message.html",
        template: "./src/commands/message.html",
        chunks: [],
      }),
      // Static help page behind SupportUrl and GetStarted's "learn more"; no script.
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          // Hand-written ES5 for Internet Explorer 11, shipped as is (not bundled: no webpack runtime).
          // `minimized` keeps the minifiers (whose output is ES2015+) away from them.
          { from: "src/taskpane/old-webview.es5.js", to: "old-webview.js", info: { minimized: true } },
          { from: "src/commands/old-webview-command.es5.js", to: "old-webview-command.js", info: { minimized: true } },
          { from: "src/commands/message-dialog.es5.js", to: "message-dialog.js", info: { minimized: true } },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            // Origins without the trailing slash too, so AppDomains are rewritten as well.
            transform(content) {
              return dev ? content : content.toString().split(urlDev.slice(0, -1)).join(urlProd.slice(0, -1));
            },
          },
        ],
      }),
    ],
    // Every shipped script must parse in EdgeHTML 18 and Safari 11–12 (ES2017, PRODUCT.md §7).
    // esbuild lowers each emitted chunk as a whole (dependencies included: Fluent's tabster
    // ships class static blocks, exceljs object spread), so its helpers appear once per chunk
    // rather than once per module; terser ("...") then minifies without raising the level
    // again, as webpack's `target` tells it. test/build checks every script.
    optimization: { minimizer: [new EsbuildPlugin({ target: SCRIPT_TARGET, minify: false }), "..."] },
    performance: { hints: false },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
