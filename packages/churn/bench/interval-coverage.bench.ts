// Coverage of the nominal 95 % intervals: 200 data sets simulated (seeds 1…200) from known
// BG/NBD parameters; on each, the interval on the summed 13-week expected purchases (parameter
// sampling) and on the summed P(alive) (bootstrap) of three fixed customer histories, and
// whether it covers the value at the true parameters. Target: 93–97 % (the binomial 95 % range
// of 200 trials of a 95 % interval is about 92–98 %).
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
const SETS = Number(process.env.COVERAGE_SETS ?? 200);
const RESAMPLES = 100;

function coverage(
  name: string,
  customersPerSet: number,
  interval: (
    customers: ReturnType<typeof simulateBgNbd>,
    seed: number,
  ) => { lower: number; upper: number } | null,
  target: number,
): void {
  const start = performance.now();
  let covered = 0;
  let usable = 0;
  for (let seed = 1; seed <= SETS; seed++) {
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
  console.log(
    `| ${name} | ${customersPerSet} | ${usable} | ${covered} | ${((100 * covered) / usable).toFixed(1)} % | ${seconds.toFixed(0)} s |`,
  );
}

console.log("\n## Coverage of nominal 95 % intervals, 200 simulated data sets");
console.log("| method (measure) | customers per set | sets | covered | coverage | time |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
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
);
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
);
