// A small benchmark harness shared by every package's `bench/*.bench.ts`.
//
// Each suite is a baseline and the cases measured against it. The tasks run in rounds, all in
// one process: every round times the baseline and every case once, in alternating order (the
// baseline first in even rounds, last in odd ones), so that a noisy neighbour or a garbage
// collection slows both alike. Per task we keep every timed run and report the median, min, max,
// run count and spread (interquartile range over the median), and per case its ratio to the
// baseline's median and the worst ratio in any single round. Each run is timed twice: on the
// wall clock and in CPU time of the process (`process.cpuUsage`). On a machine shared with
// other work the wall clock also counts the time the process waited for a core, which has
// nothing to do with the code; CPU time does not, so targets are judged on CPU time.
//
// When `npm run bench` runs a file it sets RAPPORT_BENCH_RESULTS to a file where each suite is
// appended as one JSON line; `scripts/run-bench.mjs` gathers them into `bench/results.json`,
// and `npm run bench:readme` writes the README tables from there.
import { appendFileSync } from "node:fs";
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
  /** Timed rounds (default 15, at least 5); each round runs every task once. */
  samples?: number;
  /** Untimed warm-up runs per task (default 3). */
  warmup?: number;
  /** A target to print beside the ratio, e.g. `{ maxRatio: 1.5 }`. */
  target?: { maxRatio: number };
  /** Why this baseline, or what the input is: printed under the README table. */
  note?: string;
}

/** The measured result of one task. */
export interface BenchResult {
  name: string;
  /** Median of the timed runs, in milliseconds. */
  medianMs: number;
  /** This task's median over the baseline's median (1 for the baseline). */
  ratio: number;
  minMs: number;
  maxMs: number;
  /** Timed runs. */
  runs: number;
  /** Interquartile range of the runs over their median: 0.1 is 10 %. */
  spread: number;
  /** Lowest and highest ratio to the baseline timed in the same round. */
  roundRatio: { min: number; max: number };
  /** The same figures in CPU time of the process, when measured. */
  cpu?: TimeFigures;
}

/** Median, ratio, spread and per-round ratios of one way of timing a task. */
export interface TimeFigures {
  medianMs: number;
  ratio: number;
  spread: number;
  roundRatio: { min: number; max: number };
  /** When the suite ran in several processes: the lowest and highest of their ratios. */
  processRatio?: { min: number; max: number };
}

/** One suite's figures, as written to `bench/results.json`. */
export interface SuiteRecord {
  title: string;
  rounds: number;
  warmup: number;
  /** How many Node processes ran it (each `rounds` rounds), when more than one. */
  processes?: number;
  target?: { maxRatio: number };
  note?: string;
  /** The baseline first, then the cases in the suite's order. */
  results: BenchResult[];
}

/** A baseline whose spread is above this is flagged as unstable in the README table. */
export const UNSTABLE_SPREAD = 0.3;
/** Fewer rounds than this are not enough to alternate subject and baseline honestly. */
export const MIN_ROUNDS = 5;

let sink: unknown;

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile by linear interpolation between order statistics (R's type 7). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/**
 * The figures of a suite from its timed runs: `times[t][r]` is task t's time in round r, task 0
 * being the baseline. Used by runSuite, and by benches that time their own way (async work,
 * fresh processes) so that their results land in the same file and tables.
 */
export function summarise(
  suite: Omit<SuiteRecord, "results" | "rounds">,
  names: readonly string[],
  times: readonly (readonly number[])[],
  cpuTimes?: readonly (readonly number[])[],
): SuiteRecord {
  const wall = figures(times);
  const cpu = cpuTimes ? figures(cpuTimes) : undefined;
  const results = names.map((name, index): BenchResult => {
    const runs = times[index]!;
    const { medianMs, ratio, spread, roundRatio } = wall[index]!;
    return {
      name,
      medianMs,
      ratio,
      minMs: Math.min(...runs),
      maxMs: Math.max(...runs),
      runs: runs.length,
      spread,
      roundRatio,
      ...(cpu ? { cpu: cpu[index]! } : {}),
    };
  });
  return {
    title: suite.title,
    rounds: Math.min(...times.map((runs) => runs.length)),
    warmup: suite.warmup,
    ...(suite.target ? { target: suite.target } : {}),
    ...(suite.note ? { note: suite.note } : {}),
    results,
  };
}

function figures(times: readonly (readonly number[])[]): TimeFigures[] {
  const baseline = times[0]!;
  const baselineMedian = median(baseline);
  return times.map((runs) => {
    const medianMs = median(runs);
    const perRound = runs.map((time, round) => time / baseline[round]!);
    return {
      medianMs,
      ratio: medianMs / baselineMedian,
      spread: (quantile(runs, 0.75) - quantile(runs, 0.25)) / medianMs,
      roundRatio: { min: Math.min(...perRound), max: Math.max(...perRound) },
    };
  });
}

/** CPU time of this process so far, user and system, in milliseconds. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Times a suite without printing or recording. `now` is the wall clock and `cpu` the CPU-time
 * clock (fake ones in tests).
 */
export function measureSuite(
  suite: BenchSuite,
  now: () => number = performance.now.bind(performance),
  cpu: () => number = cpuNow,
): SuiteRecord {
  const rounds = Math.max(MIN_ROUNDS, suite.samples ?? 15);
  const warmup = suite.warmup ?? 3;
  const tasks = [suite.baseline, ...suite.cases];
  const times = tasks.map(() => [] as number[]);
  const cpuTimes = tasks.map(() => [] as number[]);
  const timeOnce = (index: number, record: boolean): void => {
    const cpuStart = cpu();
    const start = now();
    sink = tasks[index]!.run();
    const elapsed = now() - start;
    const cpuElapsed = cpu() - cpuStart;
    if (record) {
      times[index]!.push(elapsed);
      cpuTimes[index]!.push(cpuElapsed);
    }
  };
  for (const [index] of tasks.entries()) for (let i = 0; i < warmup; i++) timeOnce(index, false);
  const order = tasks.map((_, index) => index);
  for (let round = 0; round < rounds; round++) {
    const thisRound = round % 2 === 0 ? order : [...order].reverse();
    for (const index of thisRound) timeOnce(index, true);
  }
  if (sink === Symbol.for("never")) console.log(sink);
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

/** Runs a suite, prints its table, records it for `bench/results.json` and returns the figures. */
export function runSuite(suite: BenchSuite): BenchResult[] {
  const record = measureSuite(suite);
  reportSuite(record);
  return record.results;
}

/** Prints a suite's table and appends it to the results file when `npm run bench` asked for one. */
export function reportSuite(record: SuiteRecord): void {
  console.log(`\n## ${record.title} (${record.rounds} alternated rounds)`);
  console.log(formatTable(record));
  const file = process.env["RAPPORT_BENCH_RESULTS"];
  if (file) appendFileSync(file, `${JSON.stringify(record)}\n`);
}

/**
 * A table of figures that are not timings against a baseline (peak memory, retained heap,
 * one-off durations), as a bench measures them: it lands in `bench/results.json` beside the
 * suites, and `npm run bench:readme` renders it as it is, so that such figures reach a README
 * only from a run.
 */
export interface FiguresTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

/** The Markdown of a {@link FiguresTable}: a header, then one line per row. */
export function formatFigures(table: FiguresTable): string {
  const right = table.columns.map((_, index) => (index === 0 ? "---" : "---:"));
  return [table.columns, right, ...table.rows]
    .map((cells) => `| ${cells.map(String).join(" | ")} |`)
    .join("\n");
}

/** Prints a {@link FiguresTable} and appends it to the results file when `npm run bench` asked. */
export function reportFigures(table: FiguresTable): void {
  console.log(`\n## ${table.title}`);
  console.log(formatFigures(table));
  const file = process.env["RAPPORT_BENCH_RESULTS"];
  if (file) appendFileSync(file, `${JSON.stringify({ figures: table })}\n`);
}

/**
 * A suite as a Markdown table: wall-clock median, min–max, spread and ratio, then (when
 * measured) CPU-time median, spread, ratio and the worst single round. The target is judged on
 * CPU time when there is one, else on the wall clock.
 */
export function formatTable(record: SuiteRecord): string {
  const target = record.target ? ` (target ≤ ${record.target.maxRatio}×)` : "";
  const withCpu = record.results.every((result) => result.cpu);
  const lines = withCpu
    ? [
        `| case | wall median | wall min – max | wall ratio | CPU median | CPU spread | CPU ratio${target} | worst round (CPU) |`,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ]
    : [
        `| case | median | min – max | spread | ratio${target} | worst round |`,
        "| --- | ---: | ---: | ---: | ---: | ---: |",
      ];
  record.results.forEach((result, index) => {
    const isBaseline = index === 0;
    const judged: TimeFigures = withCpu ? result.cpu! : result;
    const unstable = isBaseline && judged.spread > UNSTABLE_SPREAD ? " ⚠ unstable" : "";
    const label = isBaseline ? `${result.name} (baseline)` : result.name;
    const verdict =
      !isBaseline && record.target
        ? judged.roundRatio.max <= record.target.maxRatio
          ? " ✓"
          : judged.ratio <= record.target.maxRatio
            ? " ✓ (median)"
            : " ✗"
        : "";
    const ratio = (figures: TimeFigures, mark: string) =>
      isBaseline ? "1.00×" : `${figures.ratio.toFixed(2)}×${mark}${processRange(figures)}`;
    const worst = isBaseline ? "—" : `${judged.roundRatio.max.toFixed(2)}×`;
    const spread = `${(judged.spread * 100).toFixed(0)} %${unstable}`;
    const range = `${formatMs(result.minMs)} – ${formatMs(result.maxMs)}`;
    lines.push(
      withCpu
        ? `| ${label} | ${formatMs(result.medianMs)} | ${range} | ${ratio(result, "")} | ${formatMs(judged.medianMs)} | ${spread} | ${ratio(judged, verdict)} | ${worst} |`
        : `| ${label} | ${formatMs(result.medianMs)} | ${range} | ${spread} | ${ratio(result, verdict)} | ${worst} |`,
    );
  });
  return lines.join("\n");
}

/** The range of a ratio over processes, as " (3.88×–3.99×)"; empty for one process. */
function processRange(figures: TimeFigures): string {
  const range = figures.processRatio;
  return range ? ` (${range.min.toFixed(2)}×–${range.max.toFixed(2)}×)` : "";
}

/** A duration for a table: µs below 1 ms, s from 1 s. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(1)} µs`;
}
