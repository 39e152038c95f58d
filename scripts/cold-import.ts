// Start-up cost of a package's entries: each round starts bare Node and one fresh Node per
// entry that imports it (from the built `dist/`), in alternating order, and times each process
// from spawn to exit and by the CPU time it reports as it exits. The figures land in `bench/results.json` like any suite's, with the
// baseline "bare Node", and a note says what each entry loads (zod, the time-zone library,
// @rapport/core), read from the CommonJS build's module cache.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { reportSuite, summarise } from "./bench-harness.ts";

/** One entry to import: a label and its built ESM file, relative to the package's `dist/`. */
export interface ColdImportEntry {
  name: string;
  /** e.g. `"index.js"`; the CommonJS twin (`index.cjs`) is read for the list of modules. */
  file: string;
  /** Libraries this entry must not load at start-up: the bench fails if it does. */
  mustNotLoad?: readonly (keyof typeof LIBRARIES)[];
}

const LIBRARIES = {
  zod: /[\\/]node_modules[\\/]zod[\\/]/,
  "time-zone library": /[\\/]node_modules[\\/]@date-fns[\\/]tz[\\/]|[\\/]date-fns-tz[\\/]/,
  "date-fns": /[\\/]node_modules[\\/]date-fns[\\/]/,
  "@rapport/core": /[\\/]core[\\/]dist[\\/]/,
  "holiday data": /[\\/]date-holidays[\\/]/,
} as const;

/** Times the cold import of each entry against bare Node, prints and records the suite. */
export function coldImportSuite(options: {
  /** The package's `dist/` folder (absolute). */
  dist: string;
  title: string;
  entries: readonly ColdImportEntry[];
  /** Rounds (default 9). */
  rounds?: number;
}): void {
  const { dist, entries } = options;
  const missing = entries.filter((entry) => !existsSync(join(dist, entry.file)));
  if (missing.length > 0) {
    console.warn(`cold-import bench skipped: build the package first (npm run build)`);
    return;
  }
  // Each process prints its own CPU time (user and system, all threads, from its start) as it
  // exits: the cost of starting Node and importing, without the time spent waiting for a core.
  const cpuLine = "const u = process.cpuUsage(); console.log(String((u.user + u.system) / 1000));";
  const scripts = [
    cpuLine,
    ...entries.map(
      (entry) => `await import(${JSON.stringify(join(dist, entry.file))}); ${cpuLine}`,
    ),
  ];
  const spawn = (script: string): [number, number] => {
    const start = performance.now();
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    return [performance.now() - start, Number(out.trim().split("\n").pop())];
  };
  const rounds = Math.max(5, options.rounds ?? 9);
  for (const script of scripts) spawn(script);
  const times = scripts.map(() => [] as number[]);
  const cpuTimes = scripts.map(() => [] as number[]);
  const order = scripts.map((_, index) => index);
  for (let round = 0; round < rounds; round++) {
    for (const index of round % 2 === 0 ? order : [...order].reverse()) {
      const [wall, cpu] = spawn(scripts[index]!);
      times[index]!.push(wall);
      cpuTimes[index]!.push(cpu);
    }
  }
  const loads: string[] = [];
  const violations: string[] = [];
  for (const entry of entries) {
    const modules = loadedModules(join(dist, entry.file.replace(/\.js$/, ".cjs")));
    const found = (Object.keys(LIBRARIES) as (keyof typeof LIBRARIES)[]).filter((name) =>
      modules.some((path) => LIBRARIES[name].test(path)),
    );
    loads.push(
      `${entry.name}: ${modules.length} modules${found.length > 0 ? `, with ${found.join(", ")}` : ""}${found.length < Object.keys(LIBRARIES).length ? `; without ${(Object.keys(LIBRARIES) as string[]).filter((name) => !found.includes(name as keyof typeof LIBRARIES)).join(", ")}` : ""}`,
    );
    for (const name of entry.mustNotLoad ?? []) {
      if (found.includes(name)) violations.push(`${entry.name} loads ${name} at start-up`);
    }
  }
  reportSuite(
    summarise(
      {
        title: options.title,
        warmup: 1,
        note: `Each figure is a whole fresh process: wall clock from spawn to exit, CPU time as the process reports it at exit. What each entry loads (CommonJS build): ${loads.join("; ")}.`,
      },
      ["bare Node (no import)", ...entries.map((entry) => entry.name)],
      times,
      cpuTimes,
    ),
  );
  if (violations.length > 0) throw new Error(violations.join("; "));
}

function loadedModules(cjsFile: string): string[] {
  return JSON.parse(
    execFileSync(
      process.execPath,
      [
        "-e",
        `require(${JSON.stringify(cjsFile)}); console.log(JSON.stringify(Object.keys(require.cache)))`,
      ],
      { encoding: "utf8" },
    ),
  ) as string[];
}
