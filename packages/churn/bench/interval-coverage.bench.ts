// Coverage of the nominal 95 % intervals: 200 data sets simulated (seeds 1…200) from known
// BG/NBD parameters; on each, the interval on the summed 13-week expected purchases (parameter
// sampling) and on the summed P(alive) (bootstrap) of three fixed customer histories, and
// whether it covers the value at the true parameters. Target: 93–97 % (the binomial 95 % range
// of 200 trials of a 95 % interval is about 92–98 %).

import { proportion } from "@rapport/stats";
import {
  bootstrapIntervals,
  expectedPurchases,
  fitBgNbd,
  parameterSamplingIntervals,
  probabilityAlive,
  simulateBgNbd,
} from "../src/index.ts";

const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const probe = [
  { frequency: 1, recency: 5, T: 39 },
  { frequency: 3, recency: 20, T: 39 },
  { frequency: 8, recency: 38, T: 39 },
];
const trueExpected = probe.reduce((s, c) => s + expectedPurchases(truth, 13, c), 0);
const trueAlive = probe.reduce((s, c) => s + probabilityAlive(truth, c), 0);
// 1,000 data sets for parameter sampling (its coverage then has a Wilson interval of about
// ±1.3 points; 200 sets leave ±3, wider than the 93–97 % band) and 200 for the bootstrap, whose
// 100 refits a set make it the slow one; `COVERAGE_SETS` sets both.
const SETS = process.env.COVERAGE_SETS === undefined ? null : Number(process.env.COVERAGE_SETS);
// `COVERAGE_METHOD=sampling` or `=bootstrap` runs one method only (the bootstrap refits 100
// times a set, so a run of many sets of parameter sampling alone is the affordable one).
const METHOD = process.env.COVERAGE_METHOD ?? "both";
const RESAMPLES = 100;

function coverage(
  name: string,
  customersPerSet: number,
  interval: (
    customers: ReturnType<typeof simulateBgNbd>,
    seed: number,
  ) => { lower: number; upper: number } | null,
  target: number,
  sets: number,
): void {
  const start = performance.now();
  let covered = 0;
  let usable = 0;
  for (let seed = 1; seed <= sets; seed++) {
    const customers = simulateBgNbd(truth, {
      customers: customersPerSet,
      seed,
      T: [27, 39],
      resolution: 1 / 7,
    });
    const result = interval(customers, seed);
    if (result === null) continue;
    usable++;
    if (result.lower <= target && target <= result.upper) covered++;
  }
  const seconds = (performance.now() - start) / 1000;
  // The coverage's own 95 % interval (Wilson): what a run of this many sets can tell apart.
  const share = proportion(covered, usable);
  const band = share.interval
    ? ` (${share.interval.lower.toFixed(1)}–${share.interval.upper.toFixed(1)} %)`
    : "";
  console.log(
    `| ${name} | ${customersPerSet} | ${usable} | ${covered} | ${share.value?.toFixed(1)} %${band} | ${seconds.toFixed(0)} s |`,
  );
}

console.log("\n## Coverage of nominal 95 % intervals on simulated data sets");
console.log(
  "| method (measure) | customers per set | sets | covered | coverage (Wilson 95 %) | time |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
if (METHOD !== "bootstrap")
  coverage(
    "parameter sampling, 1,000 draws (Σ 13-week expected purchases)",
    2000,
    (customers, seed) => {
      const fit = fitBgNbd(customers);
      if (fit === null || fit.covariance === null) return null;
      return parameterSamplingIntervals(fit, probe, {
        measure: { kind: "expectedPurchases", t: 13 },
        seed,
        draws: 1000,
      }).total.interval;
    },
    trueExpected,
    SETS ?? 1000,
  );
if (METHOD !== "sampling")
  coverage(
    "customer bootstrap, 100 refits (Σ P(alive))",
    1000,
    (customers, seed) => {
      const result = bootstrapIntervals(customers, {
        measure: { kind: "probabilityAlive" },
        seed,
        resamples: RESAMPLES,
        predictFor: probe,
      });
      return result === null ? null : result.total.interval;
    },
    trueAlive,
    SETS ?? 200,
  );
