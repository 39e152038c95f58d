import { defineConfig } from "tsup";

export default defineConfig({
  // One module per entry: importing the package reads one file instead of one per source
  // file (47 of them), which was about half of the cold import of the packages built on it.
  // Every function is pure and "sideEffects" is false, so a bundler still keeps only the
  // functions an app imports (the size-limit budgets below check it).
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
});
