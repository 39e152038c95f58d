// Merges the figures of one bench file run in several Node processes into one entry of
// `bench/results.json`. A process's figures depend on where its heap and code landed (the JIT's
// choices, the addresses its objects got), which no number of rounds within the process
// averages out; so each file runs in a few processes and its tables give the median over the
// processes, with the range of the ratio over them beside it.
import type { FiguresTable, SuiteRecord, TimeFigures } from "./bench-harness.ts";
import { median } from "./bench-harness.ts";

/** What one process of a bench file reported, in the order it reported it. */
export type ProcessSuites = readonly (SuiteRecord | { figures: FiguresTable })[];

/**
 * One process's suites, or the merge of several: per case, the median over the processes of
 * their medians, ratios and spreads; the fastest and slowest run of any process; every run
 * counted; the worst round of any process; and `processRatio`, the lowest and highest of the
 * processes' ratios. Suites are matched by position and must have the same titles and cases.
 */
export function mergeProcesses(runs: readonly ProcessSuites[]): ProcessSuites {
  if (runs.length === 0) throw new Error("mergeProcesses: no process to merge");
  if (runs.length === 1) return runs[0]!;
  const [first, ...rest] = runs;
  for (const [index, other] of rest.entries()) {
    if (other.length !== first!.length) {
      throw new Error(
        `mergeProcesses: process ${index + 2} reported ${other.length} suites, process 1 ${first!.length}`,
      );
    }
  }
  return first!.map((entry, position) => {
    if ("figures" in entry) {
      throw new Error(
        `mergeProcesses: "${entry.figures.title}" is a table of figures, which cannot be merged; mark its file "// bench-processes: 1" and say why`,
      );
    }
    const suites = runs.map((run) => run[position] as SuiteRecord);
    for (const suite of suites) {
      if (suite.title !== entry.title || suite.results.length !== entry.results.length) {
        throw new Error(
          `mergeProcesses: suite ${position + 1} is "${suite.title}" in one process and "${entry.title}" in another`,
        );
      }
    }
    return mergeSuite(suites);
  });
}

function mergeSuite(suites: readonly SuiteRecord[]): SuiteRecord {
  const [first] = suites;
  return {
    ...first!,
    processes: suites.length,
    results: first!.results.map((result, index) => {
      const all = suites.map((suite) => suite.results[index]!);
      const cpu = all.every((r) => r.cpu) ? mergeFigures(all.map((r) => r.cpu!)) : undefined;
      return {
        name: result.name,
        ...mergeFigures(all),
        minMs: Math.min(...all.map((r) => r.minMs)),
        maxMs: Math.max(...all.map((r) => r.maxMs)),
        runs: all.reduce((sum, r) => sum + r.runs, 0),
        ...(cpu ? { cpu } : {}),
      };
    }),
  };
}

function mergeFigures(all: readonly TimeFigures[]): TimeFigures {
  const ratios = all.map((figures) => figures.ratio);
  return {
    medianMs: median(all.map((figures) => figures.medianMs)),
    ratio: median(ratios),
    spread: median(all.map((figures) => figures.spread)),
    roundRatio: {
      min: Math.min(...all.map((figures) => figures.roundRatio.min)),
      max: Math.max(...all.map((figures) => figures.roundRatio.max)),
    },
    processRatio: { min: Math.min(...ratios), max: Math.max(...ratios) },
  };
}
