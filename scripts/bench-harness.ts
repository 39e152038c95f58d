// A small benchmark harness shared by every package's `bench/*.bench.ts`.
// Each case is timed over several samples, interleaved with its baseline so that a noisy
// neighbour slows both alike; we report medians (robust to outliers) and the ratio of each
// case's median to the baseline's median measured in the same run.
import { performance } from "node:perf_hooks";

/** One timed piece of work. It may return a value so the engine cannot drop the work. */
export interface BenchTask {
  name: string;
  run: () => unknown;
}

/** A comparison: a baseline and the cases measured against it. */
export interface BenchSuite {
  title: string;
  baseline: BenchTask;
  cases: BenchTask[];
  /** Timed samples per task (default 15); the median of them is reported. */
  samples?: number;
  /** Untimed warm-up runs per task (default 3). */
  warmup?: number;
  /** A target to print beside the ratio, e.g. `{ maxRatio: 1.5 }`. */
  target?: { maxRatio: number };
}

/** The measured result of one task. */
export interface BenchResult {
  name: string;
  medianMs: number;
  ratio: number;
}

let sink: unknown;

function timeOnce(task: BenchTask): number {
  const start = performance.now();
  sink = task.run();
  return performance.now() - start;
}

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs a suite, prints its table and returns the figures. */
export function runSuite(suite: BenchSuite): BenchResult[] {
  const samples = suite.samples ?? 15;
  const warmup = suite.warmup ?? 3;
  const tasks = [suite.baseline, ...suite.cases];
  for (const task of tasks) for (let i = 0; i < warmup; i++) timeOnce(task);
  const times = tasks.map(() => [] as number[]);
  for (let sample = 0; sample < samples; sample++) {
    for (const [index, task] of tasks.entries()) times[index]!.push(timeOnce(task));
  }
  const baselineMedian = median(times[0]!);
  const results = tasks.map((task, index) => {
    const medianMs = median(times[index]!);
    return { name: task.name, medianMs, ratio: medianMs / baselineMedian };
  });
  printSuite(suite, results, samples);
  if (sink === Symbol.for("never")) console.log(sink);
  return results;
}

function printSuite(suite: BenchSuite, results: BenchResult[], samples: number): void {
  console.log(`\n## ${suite.title} (median of ${samples} samples)`);
  const target = suite.target ? ` (target ≤ ${suite.target.maxRatio}×)` : "";
  console.log(`| case | median | ratio to baseline${target} |`);
  console.log("| --- | ---: | ---: |");
  results.forEach((result, index) => {
    const label = index === 0 ? `${result.name} (baseline)` : result.name;
    console.log(`| ${label} | ${formatMs(result.medianMs)} | ${result.ratio.toFixed(2)}× |`);
  });
}

function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}
