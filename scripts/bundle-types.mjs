// Bundles a package's published declaration files from the ones its `typecheck` emitted.
//
// `typecheck` (tsc --emitDeclarationOnly) already checks the package and writes a .d.ts per
// source module under .types/. Bundling those with rollup-plugin-dts needs no second
// TypeScript program, which is what declaration bundling inside tsup cost: every package's
// source was checked twice. Run it in a package, after tsup (whose `clean` empties dist/):
//   node ../../scripts/bundle-types.mjs
// Each `exports` entry whose types are ./dist/<name>.d.ts (import) and ./dist/<name>.d.cts
// (require) is bundled from src/<name>.ts; types shared by entries go to hashed chunks, and
// every dependency stays an import.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

const packageDir = process.cwd();
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
// typecheck runs tsc with --rootDir at the repository root (tests and benches import the
// shared scripts), so a package's declarations land under .types/packages/<dir>/.
const emitted = join(packageDir, ".types", relative(resolve(packageDir, "../.."), packageDir));

/** Every `exports` entry with declarations, as its entry name (dist/<name>.d.ts). */
function entryNames() {
  const names = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === "string") continue;
    const esm = target.import?.types;
    const cjs = target.require?.types;
    const name = /^\.\/dist\/(.+)\.d\.ts$/.exec(esm ?? "")?.[1];
    if (name === undefined || cjs !== `./dist/${name}.d.cts`) {
      fail(
        `exports["${subpath}"] has types ${JSON.stringify(esm)} and ${JSON.stringify(cjs)}; ` +
          "expected ./dist/<name>.d.ts for import and ./dist/<name>.d.cts for require",
      );
    }
    names.push(name);
  }
  return names;
}

/** The newest modification time of the package's own (non-test) source files. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.ts$/.test(entry.name) && !/\.(test|fixture)\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function fail(message) {
  console.error(`bundle-types (${manifest.name}): ${message}`);
  process.exit(1);
}

const names = entryNames();
const inputs = Object.fromEntries(
  names.map((name) => [name, join(emitted, "src", `${name}.d.ts`)]),
);
const sourcesChanged = newestSource(join(packageDir, "src"));
for (const [name, input] of Object.entries(inputs)) {
  // A missing or stale declaration means typecheck has not run since the source changed:
  // bundling it would publish types that do not match the code.
  if (!existsSync(input) || statSync(input).mtimeMs < sourcesChanged) {
    fail(
      `the declarations of src/${name}.ts are missing or older than the source; ` +
        "run `npm run typecheck` in this package first (`turbo run build` does)",
    );
  }
}

const dependencies = Object.keys({
  ...manifest.dependencies,
  ...manifest.peerDependencies,
  ...manifest.optionalDependencies,
});
const bundle = await rollup({
  input: inputs,
  plugins: [dts({ respectExternal: false })],
  // Dependencies (and Node's own modules) are imported, never inlined.
  external: (id) =>
    id.startsWith("node:") ||
    dependencies.some((dependency) => id === dependency || id.startsWith(`${dependency}/`)),
  onwarn(warning, warn) {
    if (warning.code === "CIRCULAR_DEPENDENCY" || warning.code === "EMPTY_BUNDLE") return;
    warn(warning);
  },
});
for (const extension of [".d.ts", ".d.cts"]) {
  await bundle.write({
    dir: join(packageDir, "dist"),
    format: "es",
    entryFileNames: `[name]${extension}`,
    // A chunk is named after its first module, an emitted "<module>.d.ts".
    chunkFileNames: (chunk) => `${chunk.name.replace(/\.d$/, "")}-[hash]${extension}`,
  });
}
await bundle.close();
console.log(
  `bundle-types (${manifest.name}): ${names.map((name) => `dist/${name}.d.ts`).join(", ")} and .d.cts`,
);
