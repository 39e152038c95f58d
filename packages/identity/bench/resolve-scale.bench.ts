// How the cost of resolveIdentities grows from 10^4 to 10^6 generated customer records, in both
// modes: the time per record, which stays flat when the work is linear, and the peak memory.
// Each size and mode runs in its own Node process (a fresh heap, its own peak RSS); the 10^4
// row is the baseline, so the ratio is the per-record cost at that size over the cost at 10^4.
//   npm run bench -w @rapport/identity -- resolve-scale.bench.ts
//   RAPPORT_IDENTITY_SIZES=10000,100000 npx tsx bench/resolve-scale.bench.ts   (some sizes)
//
// bench-processes: 1 (each size and mode already runs in a process of its own)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cpuNow, formatMs, reportSuite, summarise } from "../../../scripts/bench-harness.ts";
import { type IdentityRules, linkageQuality, resolveIdentities } from "../src/index.ts";
import { generateCustomers } from "./generate-customers.ts";

const DETERMINISTIC: IdentityRules = {
  identifiers: { email: { priority: 1 }, phone: { priority: 2 } },
  defaultRegion: "GB",
};
const PROBABILISTIC: IdentityRules = {
  ...DETERMINISTIC,
  compare: { first_name: "name", surname: "name", dob: "date", email: "email", city: "exact" },
  blocking: [["surname", "dob"], ["first_name", "dob"], ["email"]],
};
const MODES = { deterministic: DETERMINISTIC, probabilistic: PROBABILISTIC } as const;
type Mode = keyof typeof MODES;
/** Untimed runs over 10^4 other records before the timed ones, in every process. */
const WARMUP = 5;

/** What one process measures for one size and mode. */
interface Measured {
  size: number;
  mode: Mode;
  wallMs: number[];
  cpuMs: number[];
  peakMb: number;
  inputMb: number;
  identities: number;
  skippedBlocks: number;
  precision: number;
  recall: number;
}

const child = process.argv.indexOf("--size");

if (child >= 0) {
  const size = Number(process.argv[child + 1]);
  const mode = process.argv[child + 2] as Mode;
  const rules = MODES[mode];
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const before = process.memoryUsage().heapUsed;
  const { records, truth } = generateCustomers(size);
  gc();
  const inputMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  // Untimed runs on other records first, so that every size is timed with the code compiled
  // (compilation runs on other threads, which CPU time counts).
  const warmup = generateCustomers(10_000, 3).records;
  for (let run = 0; run < WARMUP; run += 1) resolveIdentities(warmup, rules);
  const runs = size >= 1_000_000 ? 1 : 3;
  const measured: Measured = {
    size,
    mode,
    wallMs: [],
    cpuMs: [],
    peakMb: 0,
    inputMb,
    identities: 0,
    skippedBlocks: 0,
    precision: 0,
    recall: 0,
  };
  // No forced collection between runs: after one the heap shrinks and the next run pays to grow
  // it again, which weighs most on the smallest size.
  for (let run = 0; run < runs; run += 1) {
    const cpu = cpuNow();
    const wall = performance.now();
    const result = resolveIdentities(records, rules);
    measured.wallMs.push(performance.now() - wall);
    measured.cpuMs.push(cpuNow() - cpu);
    if (run === 0) {
      measured.peakMb = process.resourceUsage().maxRSS / 1024;
      const q = linkageQuality(
        result.identities.map((i) => i.recordIds),
        truth,
      );
      measured.identities = result.identities.length;
      measured.skippedBlocks = result.skippedBlocks.length;
      measured.precision = q.pairwise.precision.value ?? Number.NaN;
      measured.recall = q.pairwise.recall.value ?? Number.NaN;
    }
  }
  console.log(`MEASURED ${JSON.stringify(measured)}`);
} else {
  const sizes = (process.env.RAPPORT_IDENTITY_SIZES ?? "10000,100000,300000,1000000")
    .split(",")
    .map(Number);
  for (const mode of Object.keys(MODES) as Mode[]) {
    const rows: Measured[] = [];
    for (const size of sizes) {
      const run = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          "--expose-gc",
          fileURLToPath(import.meta.url),
          "--size",
          `${size}`,
          mode,
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 2 ** 26 },
      );
      const line = /^MEASURED (.*)$/m.exec(run.stdout)?.[1];
      if (line === undefined) throw new Error(`${mode} at ${size} records failed`);
      const row = JSON.parse(line) as Measured;
      rows.push(row);
      console.log(
        `${mode} ${size}: ${(row.wallMs[0]! / 1000).toFixed(1)} s, CPU ${(row.cpuMs[0]! / 1000).toFixed(1)} s, peak RSS ${row.peakMb.toFixed(0)} MB`,
      );
    }
    const en = (n: number) => n.toLocaleString("en");
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    const quality = rows
      .map(
        (r) =>
          `${en(r.size)}: ${r.precision.toFixed(2)} % / ${r.recall.toFixed(2)} % (${en(r.identities)} identities${r.skippedBlocks > 0 ? `, ${en(r.skippedBlocks)} blocks over the cap` : ""})`,
      )
      .join("; ");
    reportSuite(
      summarise(
        {
          title: `resolveIdentities, ${mode}: time per record from ${en(sizes[0]!)} to ${en(sizes.at(-1)!)} generated records`,
          warmup: WARMUP,
          target: { maxRatio: 1.5 },
          note: `Each row is one size in a fresh process, timed after ${WARMUP} untimed runs over 10,000 other records (the 10⁶ row is one run, the others three); the times are per record, the row names give the time of a whole run (median, CPU) and the process's peak RSS, with the heap the generated records take. The ratio is the per-record cost over the first row's: 1.5× is the target for near-linear work. Pairwise precision / recall against the generated truth: ${quality}.`,
        },
        rows.map(
          (r) =>
            `${en(r.size)} records (${formatMs(median(r.cpuMs))} CPU a run; peak RSS ${en(Math.round(r.peakMb))} MB, input ${en(Math.round(r.inputMb))} MB)`,
        ),
        rows.map((r) => r.wallMs.map((ms) => ms / r.size)),
        rows.map((r) => r.cpuMs.map((ms) => ms / r.size)),
      ),
    );
  }
}
