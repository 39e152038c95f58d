import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/conformance.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
});
