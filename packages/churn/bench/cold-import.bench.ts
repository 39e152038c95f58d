// Start-up cost of the customer-value entry against bare Node and the main entry: each in a
// fresh process (median of 9), and which modules each loads. Loads the built package (dist).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "../../../scripts/bench-harness.ts";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
if (!existsSync(join(dist, "customer-value.js"))) {
  console.warn("cold-import bench skipped: build the package first (npm run build)");
} else {
  const time = (script: string): [number, number] => {
    const start = performance.now();
    const out = execFileSync("node", ["--input-type=module", "-e", script], { encoding: "utf8" });
    return [Number(out.trim()), performance.now() - start];
  };
  const importing = (file: string) =>
    `const t = performance.now(); await import(${JSON.stringify(join(dist, file))}); console.log(performance.now() - t);`;
  const cases = [
    ["bare Node (no import)", "const t = performance.now(); console.log(performance.now() - t);"],
    ["@rapport/churn/customer-value", importing("customer-value.js")],
    ["@rapport/churn (main entry)", importing("index.js")],
  ] as const;
  const results = cases.map(([name, script]) => {
    time(script);
    const runs = Array.from({ length: 9 }, () => time(script));
    return [name, median(runs.map((r) => r[0])), median(runs.map((r) => r[1]))] as const;
  });
  // What each entry pulls in, from the CommonJS build's module cache.
  const loaded = (file: string): string[] =>
    JSON.parse(
      execFileSync(
        "node",
        [
          "-e",
          `require(${JSON.stringify(join(dist, file))}); console.log(JSON.stringify(Object.keys(require.cache)))`,
        ],
        { encoding: "utf8" },
      ),
    );
  const describe = (paths: string[]) => {
    const zod = paths.some((p) => /[\\/]zod[\\/]/.test(p));
    const core = paths.some((p) => /[\\/]core[\\/]dist[\\/]/.test(p));
    const tz = paths.some((p) => /date-fns|[\\/]tz[\\/]/.test(p));
    return `${paths.length} modules; zod ${zod ? "yes" : "no"}, @rapport/core ${core ? "yes" : "no"}, time-zone library ${tz ? "yes" : "no"}`;
  };
  const valueModules = loaded("customer-value.cjs");
  console.log("\n## Cold import (median of 9 fresh processes)");
  console.log("| entry | the import | whole process | loads |");
  console.log("| --- | ---: | ---: | --- |");
  const loads = ["—", describe(valueModules), describe(loaded("index.cjs"))];
  results.forEach(([name, importMs, processMs], i) => {
    console.log(
      `| ${name} | ${importMs.toFixed(1)} ms | ${processMs.toFixed(0)} ms | ${loads[i]} |`,
    );
  });
  if (valueModules.some((p) => /[\\/]zod[\\/]|[\\/]core[\\/]dist[\\/]|date-fns/.test(p))) {
    throw new Error("the customer-value entry loads zod, core or time-zone data at start-up");
  }
}
