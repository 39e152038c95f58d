#!/usr/bin/env node
// Runs the `bench/*.bench.ts` files of the package in the current directory, one file at a time,
// each in its own Node process (so one benchmark's garbage does not slow the next), and writes
// every suite's figures to `bench/results.json` with the machine and the date.
//
//   node ../../scripts/run-bench.mjs               every bench file of the package
//   node ../../scripts/run-bench.mjs nps.bench.ts  only these files (the others' entries stay)
//
// Each file runs in RAPPORT_BENCH_PROCESSES processes (default 3), one after the other, and
// their figures are merged by scripts/bench-merge.ts (which says why); a file with a line
// `// bench-processes: 1 (why)` runs once.
//
// `npm run bench:readme` then writes the README tables from that file.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { register } from "tsx/esm/api";

register();
const { mergeProcesses } = await import("./bench-merge.ts");
const processCount = Number(process.env.RAPPORT_BENCH_PROCESSES ?? 3);
if (!Number.isInteger(processCount) || processCount < 1) {
  console.error(
    `RAPPORT_BENCH_PROCESSES: expected a whole number of at least 1, received ${JSON.stringify(process.env.RAPPORT_BENCH_PROCESSES)}`,
  );
  process.exit(1);
}

const benchDir = "bench";
const resultsFile = join(benchDir, "results.json");
const { name } = JSON.parse(readFileSync("package.json", "utf8"));
const all = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((file) => file.endsWith(".bench.ts"))
      .sort()
  : [];
const wanted = process.argv.slice(2).map((arg) => arg.replace(/^bench\//, ""));
const unknown = wanted.filter((file) => !all.includes(file));
if (unknown.length > 0) {
  console.error(`no such bench file in ${name}: ${unknown.join(", ")}`);
  process.exit(1);
}
const files = wanted.length > 0 ? wanted : all;
if (files.length === 0) {
  console.log("no benchmarks in this package");
  process.exit(0);
}

const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : {};
const results = { package: name, files: {} };
// Entries of files not run this time are kept, as long as the file still exists.
for (const [file, entry] of Object.entries(previous.files ?? {})) {
  if (all.includes(file)) results.files[file] = entry;
}

const scratch = mkdtempSync(join(tmpdir(), "rapport-bench-"));
let failed = false;
try {
  for (const file of files) {
    const marked = /^\/\/ bench-processes: (\d+)/m.exec(readFileSync(join(benchDir, file), "utf8"));
    const processes = marked ? Number(marked[1]) : processCount;
    const loadBefore = loadavg()[0];
    const date = new Date().toISOString();
    const runs = [];
    for (let run = 1; run <= processes; run++) {
      console.log(
        `\n# ${name} ${benchDir}/${file}${processes > 1 ? ` (process ${run} of ${processes})` : ""}`,
      );
      const out = join(scratch, `${file}.${run}.jsonl`);
      writeFileSync(out, "");
      try {
        execFileSync(process.execPath, ["--import", "tsx", `${benchDir}/${file}`], {
          stdio: "inherit",
          env: { ...process.env, RAPPORT_BENCH_RESULTS: out },
        });
      } catch {
        break;
      }
      runs.push(
        readFileSync(out, "utf8")
          .split("\n")
          .filter((line) => line.trim() !== "")
          .map((line) => JSON.parse(line)),
      );
    }
    if (runs.length < processes) {
      failed = true;
      console.error(`${benchDir}/${file} failed; its previous results are kept`);
      continue;
    }
    let suites;
    try {
      suites = mergeProcesses(runs);
    } catch (error) {
      failed = true;
      console.error(`${benchDir}/${file}: ${error.message}; its previous results are kept`);
      continue;
    }
    results.files[file] = {
      date,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model.trim() ?? "unknown",
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        loadAverage: [round(loadBefore), round(loadavg()[0])],
      },
      suites,
    };
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (Object.keys(results.files).length === 0) {
  console.error("no bench file succeeded: nothing written");
  process.exit(1);
}
const ordered = { package: name, files: {} };
for (const file of Object.keys(results.files).sort()) ordered.files[file] = results.files[file];
writeFileSync(resultsFile, `${JSON.stringify(ordered, null, 2)}\n`);
console.log(`\nwrote ${resultsFile}; \`npm run bench:readme\` updates the README tables`);
if (failed) process.exit(1);

function round(value) {
  return Math.round(value * 10) / 10;
}
