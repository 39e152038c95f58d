#!/usr/bin/env node
// Runs every `bench/*.bench.ts` of the package in the current directory, one file at a time,
// in its own Node process (so one benchmark's garbage does not slow the next). Each bench file
// prints its own table: the median of each case and its ratio to the baseline it names.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const benchDir = "bench";
const { name } = JSON.parse(readFileSync("package.json", "utf8"));
const files = existsSync(benchDir)
  ? readdirSync(benchDir).filter((file) => file.endsWith(".bench.ts"))
  : [];
if (files.length === 0) {
  console.log("no benchmarks in this package");
}
for (const file of files.sort()) {
  console.log(`\n# ${name} ${benchDir}/${file}`);
  execFileSync("npx", ["tsx", `${benchDir}/${file}`], { stdio: "inherit" });
}
