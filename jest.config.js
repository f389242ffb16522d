/** Unit and component tests. Browser (Chromium) tests live in test/e2e and run through the same command. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type-checking is `npm run typecheck`; tests only transpile (isolatedModules), which is fast.
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          moduleResolution: "node",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
        },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 60000,
  // Names the run so the bundle checks and the browser tests share one production build.
  globalSetup: "<rootDir>/test/global-setup.ts",
};
