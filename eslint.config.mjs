// Flat config: TypeScript rules, the Office add-in rules, and the architecture boundary:
// the pure core (domain, detect, rules, engine, report, app) never imports Office, the .xlsx
// library, React or Node's file system.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const coreBoundary = {
  patterns: [
    { group: ["exceljs", "exceljs/*", "xlsx-populate", "jszip"], message: "Only src/adapters/xlsx may use the .xlsx library." },
    { group: ["react", "react-dom", "@fluentui/*"], message: "The core is UI-free." },
    { group: ["fs", "node:*", "path", "os", "child_process"], message: "The core does no I/O." },
    { group: ["**/adapters/**", "**/taskpane/**", "**/cli/**"], message: "Data flows one way: adapters depend on the core, not back." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-output/**", "bin/**", "*.config.js", "*.config.mjs", "scripts/**/*.js"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddins.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["src/domain/**", "src/detect/**", "src/rules/**", "src/engine/**", "src/report/**", "src/app/**"],
    rules: {
      "no-restricted-imports": ["error", coreBoundary],
      "no-restricted-globals": ["error", { name: "Office", message: "Office.js lives in src/adapters/office." }, { name: "Excel", message: "Office.js lives in src/adapters/office." }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/adapters/office/**", "src/taskpane/host.ts", "src/commands/**"],
    rules: {
      "no-restricted-globals": ["error", { name: "Excel", message: "Office.js lives in src/adapters/office." }],
    },
  },
  // Hand-written scripts for Internet Explorer 11 (test/build parses them as ES5): browser globals
  // through window only.
  {
    files: ["src/**/*.es5.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
    rules: {
      "no-var": "off",
      "no-undef": "error",
      // ES5 has no optional catch binding: `catch (e)` must name what it ignores.
      "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
);
