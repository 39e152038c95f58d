import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/customer-value.ts", "src/schema.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
});
