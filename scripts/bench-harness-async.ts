// The shared harness for asynchronous work (a database, an HTTP server): the same protocol as
// `runSuite` in `bench-harness.ts` (untimed warm-up runs, then rounds that time the baseline
// and every case once each, the baseline first in even rounds and last in odd ones, on the
// wall clock and in CPU time of the process), with an untimed `setup` before each run and
// `teardown` after it. The record goes to `bench/results.json` like any suite's.
import { performance } from "node:perf_hooks";
import {
  type BenchResult,
  cpuNow,
  MIN_ROUNDS,
  reportSuite,
  type SuiteRecord,
  summarise,
} from "./bench-harness.ts";

/** One timed asynchronous task; `setup` runs before each run and `teardown` after, untimed. */
export interface AsyncBenchTask<S = unknown> {
  name: string;
  setup?: () => S | Promise<S>;
  run: (state: S) => unknown;
  teardown?: (state: S) => unknown;
}

/** A comparison of asynchronous tasks: a baseline and the cases measured against it. */
export interface AsyncBenchSuite {
  title: string;
  // biome-ignore lint/suspicious/noExplicitAny: each task has a state type of its own
  baseline: AsyncBenchTask<any>;
  // biome-ignore lint/suspicious/noExplicitAny: each task has a state type of its own
  cases: AsyncBenchTask<any>[];
  /** Timed rounds (default 7, at least 5). */
  samples?: number;
  /** Untimed warm-up runs per task (default 1). */
  warmup?: number;
  target?: { maxRatio: number };
  note?: string;
}

/** Times an asynchronous suite without printing or recording (fake clocks in tests). */
export async function measureAsyncSuite(
  suite: AsyncBenchSuite,
  now: () => number = performance.now.bind(performance),
  cpu: () => number = cpuNow,
): Promise<SuiteRecord> {
  const rounds = Math.max(MIN_ROUNDS, suite.samples ?? 7);
  const warmup = suite.warmup ?? 1;
  const tasks = [suite.baseline, ...suite.cases];
  const times = tasks.map(() => [] as number[]);
  const cpuTimes = tasks.map(() => [] as number[]);
  const timeOnce = async (index: number, record: boolean): Promise<void> => {
    const task = tasks[index]!;
    const state = await task.setup?.();
    const cpuStart = cpu();
    const start = now();
    await task.run(state);
    const elapsed = now() - start;
    const cpuElapsed = cpu() - cpuStart;
    await task.teardown?.(state);
    if (record) {
      times[index]!.push(elapsed);
      cpuTimes[index]!.push(cpuElapsed);
    }
  };
  for (const [index] of tasks.entries()) {
    for (let i = 0; i < warmup; i++) await timeOnce(index, false);
  }
  const order = tasks.map((_, index) => index);
  for (let round = 0; round < rounds; round++) {
    for (const index of round % 2 === 0 ? order : [...order].reverse()) {
      await timeOnce(index, true);
    }
  }
  return summarise(
    {
      title: suite.title,
      warmup,
      ...(suite.target ? { target: suite.target } : {}),
      ...(suite.note ? { note: suite.note } : {}),
    },
    tasks.map((task) => task.name),
    times,
    cpuTimes,
  );
}

/** Runs an asynchronous suite, prints its table, records it and returns the figures. */
export async function runAsyncSuite(suite: AsyncBenchSuite): Promise<BenchResult[]> {
  const record = await measureAsyncSuite(suite);
  reportSuite(record);
  return record.results;
}
