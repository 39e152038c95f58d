// mergeProcesses and the tables of merged suites, on figures worked out by hand.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BenchResult, SuiteRecord } from "./bench-harness.ts";
import { formatTable } from "./bench-harness.ts";
import { mergeProcesses } from "./bench-merge.ts";
import { renderBlock } from "./bench-report.ts";

const result = (name: string, medianMs: number, ratio: number, worst: number): BenchResult => ({
  name,
  medianMs,
  ratio,
  minMs: medianMs - 1,
  maxMs: medianMs + 1,
  runs: 5,
  spread: ratio / 10,
  roundRatio: { min: ratio - 0.1, max: worst },
});

// One process of a suite: a baseline of `base` ms and a case `ratio` times as slow.
const oneProcess = (base: number, ratio: number, worst: number): SuiteRecord => ({
  title: "nps",
  rounds: 5,
  warmup: 3,
  target: { maxRatio: 1.5 },
  results: [result("loop", base, 1, 1), result("nps", base * ratio, ratio, worst)],
});

describe("mergeProcesses", () => {
  const merged = mergeProcesses([
    [oneProcess(10, 1.2, 1.3)],
    [oneProcess(12, 1.1, 1.6)],
    [oneProcess(11, 1.4, 1.45)],
  ]) as SuiteRecord[];
  const [loop, nps] = merged[0]!.results;

  it("takes the median over processes of medians and ratios, and the range of the ratios", () => {
    assert.equal(merged[0]!.processes, 3);
    assert.equal(loop!.medianMs, 11); // median of 10, 12, 11
    assert.equal(nps!.ratio, 1.2); // median of 1.2, 1.1, 1.4
    assert.deepEqual(nps!.processRatio, { min: 1.1, max: 1.4 });
    // median of 12, 13.2, 15.4 (each baseline times its ratio)
    assert.ok(Math.abs(nps!.medianMs - 13.2) < 1e-9);
  });

  it("keeps the extremes of every run and counts every run", () => {
    assert.equal(loop!.minMs, 9);
    assert.equal(loop!.maxMs, 13);
    assert.equal(nps!.runs, 15);
    assert.equal(nps!.roundRatio.max, 1.6); // the worst round of any process
    assert.ok(Math.abs(nps!.roundRatio.min - 1.0) < 1e-9); // 1.1 - 0.1
  });

  it("prints the range beside the ratio and names the processes in the title", () => {
    // The spread is the median of 12 %, 11 % and 14 %.
    const table = formatTable(merged[0]!);
    assert.match(
      table,
      /\| nps \| 13\.20 ms \| 11\.00 ms – 16\.40 ms \| 12 % \| 1\.20× ✓ \(median\) \(1\.10×–1\.40×\) \| 1\.60× \|/,
    );
    const block = renderBlock(
      {
        package: "p",
        files: {
          "nps.bench.ts": {
            date: "2026-12-04T00:00:00Z",
            machine: {
              cores: 2,
              cpu: "cpu",
              node: "v20",
              platform: "linux x64",
              loadAverage: [1, 1],
            },
            suites: merged,
          },
        },
      },
      [],
    );
    assert.match(
      block,
      /\*\*nps\*\* \(5 alternated rounds in each of 3 processes, target ≤ 1\.5×\)/,
    );
    assert.match(block, /the lowest and highest of the processes' ratios/);
  });

  it("returns a single process as it is", () => {
    const one = [oneProcess(10, 1.2, 1.3)];
    assert.equal(mergeProcesses([one]), one);
  });

  it("refuses suites that do not match and tables of figures", () => {
    assert.throws(
      () => mergeProcesses([[oneProcess(10, 1, 1)], []]),
      /process 2 reported 0 suites, process 1 1/,
    );
    const other = { ...oneProcess(10, 1, 1), title: "csat" };
    assert.throws(
      () => mergeProcesses([[oneProcess(10, 1, 1)], [other]]),
      /"csat" in one process and "nps" in another/,
    );
    const figures = { figures: { title: "heap", columns: ["a"], rows: [] } };
    assert.throws(
      () => mergeProcesses([[figures], [figures]]),
      /mark its file "\/\/ bench-processes: 1"/,
    );
    assert.throws(() => mergeProcesses([]), /no process to merge/);
  });
});
