// `npm run bench:readme`: rewrites the performance tables of every package README from its
// `bench/results.json`, between `<!-- bench:start -->` and `<!-- bench:end -->`.
//   --check   change nothing; fail if a README is not what its results file gives
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { countBlocks, type PackageResults, spliceReadme } from "./bench-report.ts";

const check = process.argv.includes("--check");
const root = new URL("../packages/", import.meta.url).pathname;
let stale = 0;
for (const dir of readdirSync(root).sort()) {
  const resultsFile = join(root, dir, "bench", "results.json");
  const readmeFile = join(root, dir, "README.md");
  if (!existsSync(resultsFile) || !existsSync(readmeFile)) continue;
  const results = JSON.parse(readFileSync(resultsFile, "utf8")) as PackageResults;
  const readme = readFileSync(readmeFile, "utf8");
  if (countBlocks(readme) === 0) {
    console.warn(`${results.package}: results but no <!-- bench:start --> marker in README.md`);
    continue;
  }
  const updated = spliceReadme(readme, results);
  if (updated === readme) continue;
  stale++;
  if (check) console.error(`${results.package}: README.md differs from bench/results.json`);
  else {
    writeFileSync(readmeFile, updated);
    console.log(`${results.package}: README.md tables updated`);
  }
}
if (check && stale > 0) process.exit(1);
