// Kept for @rapport/sql-metrics' bench, which imports it; the store-sql benches use
// scripts/bench-harness-async.ts (alternated rounds, CPU time, results.json).
// The shared harness times synchronous work; the store is async, so this runs the same
// protocol (warm-up, interleaved samples, medians, ratio to a baseline in the same run) for
// async tasks and prints the same table.
import { performance } from "node:perf_hooks";
import { median } from "../../../scripts/bench-harness.ts";

/** One timed async task; `setup` runs before each sample, untimed. */
export interface AsyncTask<S> {
  name: string;
  setup: () => Promise<S> | S;
  run: (state: S) => Promise<unknown> | unknown;
  teardown?: (state: S) => Promise<void> | void;
}

export async function runAsyncSuite(suite: {
  title: string;
  tasks: AsyncTask<any>[];
  samples: number;
  warmup: number;
  maxRatio: number;
}): Promise<{ name: string; medianMs: number; ratio: number }[]> {
  const times = suite.tasks.map(() => [] as number[]);
  for (let round = 0; round < suite.warmup + suite.samples; round++) {
    for (const [index, task] of suite.tasks.entries()) {
      const state = await task.setup();
      const start = performance.now();
      await task.run(state);
      const elapsed = performance.now() - start;
      await task.teardown?.(state);
      if (round >= suite.warmup) times[index]!.push(elapsed);
    }
  }
  const base = median(times[0]!);
  const results = suite.tasks.map((task, index) => ({
    name: task.name,
    medianMs: median(times[index]!),
    ratio: median(times[index]!) / base,
  }));
  console.log(`\n## ${suite.title} (median of ${suite.samples} samples)`);
  console.log(`| case | median | ratio to baseline (target ≤ ${suite.maxRatio}×) |`);
  console.log("| --- | ---: | ---: |");
  results.forEach((r, i) => {
    const label = i === 0 ? `${r.name} (baseline)` : r.name;
    const ms =
      r.medianMs >= 1000 ? `${(r.medianMs / 1000).toFixed(2)} s` : `${r.medianMs.toFixed(1)} ms`;
    console.log(`| ${label} | ${ms} | ${r.ratio.toFixed(2)}× |`);
  });
  return results;
}
