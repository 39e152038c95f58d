import { defineConfig } from "tsup";

export default defineConfig({
  // One output module per source module (ESM, with shared chunks), so that with
  // "sideEffects": false a bundler drops every module an app does not use: importing
  // RapportValidationError does not pull in zod. The CommonJS build is one file per entry.
  entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/__fixtures__/**"],
  format: ["esm", "cjs"],
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
});
