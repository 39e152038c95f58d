// Run with `node --test scripts/bundle-types.test.mjs` (part of `npm run test:scripts`).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";

const script = new URL("./bundle-types.mjs", import.meta.url).pathname;
const entryTypes = {
  import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
  require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
};

/** A package at <root>/packages/demo whose typecheck emitted `declarations` (path → text). */
function makePackage(exports, declarations) {
  const packageDir = join(mkdtempSync(join(tmpdir(), "bundle-types-")), "packages", "demo");
  const files = {
    "package.json": JSON.stringify({ name: "@rapport/demo", exports, dependencies: { zod: "*" } }),
    "src/index.ts": "export {};\n",
    ...Object.fromEntries(
      Object.entries(declarations).map(([path, text]) => [`.types/packages/demo/${path}`, text]),
    ),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(packageDir, path)), { recursive: true });
    writeFileSync(join(packageDir, path), text);
  }
  return packageDir;
}

const run = (packageDir) =>
  spawnSync(process.execPath, [script], { cwd: packageDir, encoding: "utf8" });

test("bundles an entry's declarations with its local modules inlined and dependencies imported", () => {
  const packageDir = makePackage(
    { ".": entryTypes },
    {
      "src/index.d.ts":
        'export type { Score } from "./score.js";\nexport declare const n: number;\n',
      "src/score.d.ts":
        'import type { z } from "zod";\nexport type Score = z.infer<z.ZodNumber>;\n',
    },
  );
  const result = run(packageDir);
  assert.equal(result.status, 0, result.stderr);
  for (const file of ["index.d.ts", "index.d.cts"]) {
    const bundled = readFileSync(join(packageDir, "dist", file), "utf8");
    assert.match(bundled, /type Score = z\.infer<z\.ZodNumber>/);
    assert.match(bundled, /from 'zod'/);
    assert.doesNotMatch(bundled, /\.\/score/);
  }
});

test("refuses declarations older than the source, and says to run typecheck", () => {
  const packageDir = makePackage({ ".": entryTypes }, { "src/index.d.ts": "export {};\n" });
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(packageDir, "src/index.ts"), later, later);
  const result = run(packageDir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /src\/index\.ts are missing or older than the source/);
  assert.match(result.stderr, /run `npm run typecheck`/);
});

test("names the export whose declaration paths it cannot map", () => {
  const packageDir = makePackage(
    { "./extra": { import: { types: "./types/extra.d.ts" }, require: { types: "./x.d.cts" } } },
    {},
  );
  const result = run(packageDir);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /exports\["\.\/extra"\] has types "\.\/types\/extra\.d\.ts"/);
});
