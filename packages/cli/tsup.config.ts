import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: "es2022",
  // import.meta.url (where the samples are) also works in the CommonJS build.
  shims: true,
  // Keep "node:" specifiers: this package runs on Node only, and says so in its imports.
  removeNodeProtocol: false,
});
