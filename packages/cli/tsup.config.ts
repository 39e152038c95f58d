import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  // Keep "node:" specifiers: this package runs on Node only, and says so in its imports.
  removeNodeProtocol: false,
  // The warehouse drivers are optional dependencies, imported only by `report --from`.
  external: ["@rapport/store-duckdb", "@duckdb/node-api", "pg"],
});
