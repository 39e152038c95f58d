#!/usr/bin/env node
// Checks what every public package would publish, before it is published: each tarball
// (from `npm pack --dry-run --json`) must hold its built ESM and CJS files and their types,
// a README, a CHANGELOG and a LICENSE; it must not ship tests or fixtures; every source map
// must point only at files the tarball ships; and the manifest must say where the package's
// home and issues are, with keywords a search can find. Exits 1 listing every problem.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const REQUIRED = [
  "package.json",
  "README.md",
  "CHANGELOG.md",
  "LICENSE",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
];
const FORBIDDEN = [
  /\.test\.[cm]?[jt]s$/,
  /(^|\/)__fixtures__\//,
  /\.fixture\.[cm]?[jt]s$/,
  /(^|\/)bench\//,
];

function packedFiles(dir) {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: dir,
      encoding: "utf8",
    }),
  );
  return { name: packed.name, files: new Set(packed.files.map((file) => file.path)) };
}

function checkManifest(name, manifest) {
  const problems = [];
  if (typeof manifest.homepage !== "string") problems.push(`${name}: package.json has no homepage`);
  if (typeof manifest.bugs?.url !== "string")
    problems.push(`${name}: package.json has no bugs.url`);
  // "rapport" and "customer-care" name the project; a package needs words of its own too.
  const own = (manifest.keywords ?? []).filter((k) => k !== "rapport" && k !== "customer-care");
  if (own.length < 2) problems.push(`${name}: package.json needs keywords of its own`);
  return problems;
}

function checkPackage(dir, manifest) {
  const { name, files } = packedFiles(dir);
  const problems = checkManifest(name, manifest);
  for (const required of REQUIRED) {
    if (!files.has(required)) problems.push(`${name}: the tarball lacks ${required}`);
  }
  for (const file of files) {
    if (FORBIDDEN.some((pattern) => pattern.test(file))) {
      problems.push(`${name}: the tarball ships a test or fixture file: ${file}`);
    }
    if (file.endsWith(".map")) {
      const map = JSON.parse(readFileSync(join(dir, file), "utf8"));
      for (const source of map.sources ?? []) {
        const shipped = normalize(join(dirname(file), source));
        if (!files.has(shipped)) {
          problems.push(`${name}: ${file} points at ${source}, which the tarball does not ship`);
        }
      }
    }
  }
  return problems;
}

const packagesDir = join(root, "packages");
const problems = [];
let checked = 0;
for (const entry of readdirSync(packagesDir).sort()) {
  const dir = join(packagesDir, entry);
  const manifestPath = join(dir, "package.json");
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  if (manifest.private) continue;
  problems.push(...checkPackage(dir, manifest));
  checked++;
}
if (problems.length > 0) {
  console.error(`release check failed (${problems.length} problems):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `release check passed: ${checked} packages ship their builds, types, README, CHANGELOG and LICENSE, no tests, and only source maps that resolve.`,
);
