#!/usr/bin/env node
// Fails on any file-level import cycle inside the packages' sources, type-only imports
// included (`import type` is an edge too: a cycle of types is still two files that cannot be
// understood apart). The dependency graph comes from dpdm, which reads each file with the
// TypeScript compiler and resolves relative imports; only `packages/*/src` files are followed.
//
//   node scripts/check-cycles.mjs [root]   # root defaults to the repository
import { relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCircular, parseDependencyTree } from "dpdm";

const SOURCES = "packages/*/src/**/*.{ts,tsx,mts,cts}";

/**
 * The import cycles among the package sources under `root`, each as the list of files on it
 * (relative to `root`, with `/` separators) in import order, starting from its first file by
 * name; the list is sorted, so the answer does not depend on the order the files were read in.
 */
export async function findCycles(root) {
  const cwd = resolve(root);
  const tree = await parseDependencyTree(SOURCES, {
    cwd,
    context: cwd,
    // Stay inside the sources: another package is reached through its built entry, and
    // cycles between packages are ruled out by the layers.
    include: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/,
    exclude: /[\\/](node_modules|dist)[\\/]/,
    transform: false,
    skipDynamicImports: false,
    tsconfig: undefined,
  });
  const name = (file) => relative(cwd, resolve(cwd, file)).split(sep).join("/");
  return parseCircular(tree)
    .map((cycle) => rotateToFirst(cycle.map(name)))
    .sort((a, b) => a.join().localeCompare(b.join()));
}

// The same cycle, read from its alphabetically first file (the direction of the imports kept).
function rotateToFirst(cycle) {
  const first = cycle.reduce((min, file, i) => (file < cycle[min] ? i : min), 0);
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}

async function main() {
  const root = process.argv[2] ?? fileURLToPath(new URL("..", import.meta.url));
  const cycles = await findCycles(root);
  if (cycles.length === 0) {
    console.log("check:cycles: no import cycles between files of any package");
    return;
  }
  console.error(
    `check:cycles: ${cycles.length} import cycle(s); break each by moving what both files need into a third:`,
  );
  for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(" -> ")}`);
  process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
