import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

// `@date-fns/tz` patches Date.prototype when it loads, so bundlers cannot tree-shake it. The
// ESM build therefore keeps the one module importing it in a file of its own
// (dist/time-zone-context.js, imported by that path from dist/index.js): this package is
// side-effect free, so a bundler drops that file, and @date-fns/tz with it, when `scoreTrend`
// is not used, and `import { nps }` stays small.
const timeZoneContextApart: Plugin = {
  name: "time-zone-context-apart",
  setup(build) {
    build.onResolve({ filter: /time-zone-context/ }, (args) =>
      args.kind === "entry-point" ? undefined : { path: "./time-zone-context.js", external: true },
    );
  },
};

const common: Options = {
  dts: true,
  sourcemap: true,
  target: "es2022",
};

export default defineConfig([
  {
    ...common,
    entry: ["src/index.ts", "src/time-zone-context.ts"],
    format: ["esm"],
    clean: true,
    esbuildPlugins: [timeZoneContextApart],
  },
  { ...common, entry: ["src/index.ts"], format: ["cjs"] },
]);
