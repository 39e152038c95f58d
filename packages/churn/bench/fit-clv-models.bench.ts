// The four further customer-value fits: MBG/NBD and Pareto/NBD on the CDNOW sample (2,357
// customers), BG/BB on the donations data (11,104 donors) and sBG on one cohort of 1,000, each
// against a baseline measured in the same run. Then MBG/NBD and Pareto/NBD on 100,000 simulated
// customers (one sample each).
import { existsSync, readFileSync } from "node:fs";
import { runSuite } from "../../../scripts/bench-harness.ts";
import {
  betaGeoBetaBinomLogLikelihood,
  fitBetaGeoBetaBinom,
  fitBgNbd,
  fitModifiedBgNbd,
  fitParetoNbd,
  fitShiftedBetaGeometric,
  modifiedBgNbdLogLikelihood,
  paretoNbdLogLikelihood,
  shiftedBetaGeometricLogLikelihood,
  simulateModifiedBgNbd,
  simulateParetoNbd,
} from "../src/index.ts";

const data = new URL("../../../../shared/data/", import.meta.url);
const cdnow = new URL("cdnow/cdnow_customers_summary.csv", data);
const donations = new URL("clv/donations.csv", data);
const cohorts = new URL("clv/sbg_cohorts.csv", data);
// The fits on the published data take 0.1–15 ms; timed alone, a run that short is at the mercy
// of a collection or a timer tick, and the baselines' spreads were 48–60 %. Each run repeats
// the call so that the baseline's run takes some 50 ms (the count is in each suite's title).
const times = (count: number, run: () => unknown) => () => {
  let last: unknown;
  for (let call = 0; call < count; call++) last = run();
  return last;
};
const lines = (url: URL) => readFileSync(url, "utf8").trim().split(/\r?\n/).slice(1);
const skipped = () =>
  console.warn("bench skipped: ../shared/data not found (clone the shared data beside the repo)");

if (existsSync(cdnow)) {
  const rows = lines(cdnow).map((line) => {
    const [, x, tx, T] = line.split(",").map(Number);
    return { frequency: x!, recency: tx!, T: T! };
  });
  runSuite({
    title:
      "MBG/NBD and Pareto/NBD fits on CDNOW (2,357 customers), against fitBgNbd, 30 calls a run",
    baseline: { name: "fitBgNbd", run: times(30, () => fitBgNbd(rows)) },
    cases: [
      { name: "fitModifiedBgNbd", run: times(30, () => fitModifiedBgNbd(rows)) },
      { name: "fitParetoNbd", run: times(30, () => fitParetoNbd(rows)) },
    ],
    samples: 15,
  });
  const mbg = { r: 0.5248, alpha: 6.183, a: 0.8914, b: 1.614 };
  const pareto = { r: 0.5533, alpha: 10.5776, s: 0.6062, beta: 11.668 };
  runSuite({
    title:
      "MBG/NBD and Pareto/NBD: one log-likelihood pass on CDNOW (grouping included), 130 calls a run",
    baseline: {
      name: "modifiedBgNbdLogLikelihood",
      run: times(130, () => modifiedBgNbdLogLikelihood(mbg, rows)),
    },
    cases: [
      {
        name: "paretoNbdLogLikelihood",
        run: times(130, () => paretoNbdLogLikelihood(pareto, rows)),
      },
    ],
    samples: 15,
  });
  for (const [name, fit] of [
    ["fitModifiedBgNbd", fitModifiedBgNbd(rows)!],
    ["fitParetoNbd", fitParetoNbd(rows)!],
  ] as const) {
    console.log(
      `${name}: LL ${fit.logLikelihood.toFixed(6)}, ${fit.iterations} iterations, ${fit.evaluations} evaluations, converged ${fit.converged}`,
    );
  }
} else {
  skipped();
}

if (existsSync(donations) && existsSync(cohorts)) {
  const donors = lines(donations).flatMap((line) => {
    const [x, tx, n, w] = line.split(",").map(Number);
    return Array.from({ length: w! }, () => ({ frequency: x!, recency: tx!, periods: n! }));
  });
  const published = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
  runSuite({
    title: "fitBetaGeoBetaBinom on the donations data (11,104 donors), 35 calls a run",
    baseline: {
      name: "one log-likelihood pass (grouping included)",
      run: times(35, () => betaGeoBetaBinomLogLikelihood(published, donors)),
    },
    cases: [{ name: "fitBetaGeoBetaBinom", run: times(35, () => fitBetaGeoBetaBinom(donors)) }],
    samples: 15,
  });
  const regular = lines(cohorts)
    .map((line) => line.split(","))
    .filter((cells) => cells[3] === "regular")
    .map(([, recency]) =>
      Number(recency) < 8
        ? { periods: Number(recency), churned: true }
        : { periods: 7, churned: false },
    );
  runSuite({
    title: "fitShiftedBetaGeometric on the regular cohort (1,000 subscribers), 400 calls a run",
    baseline: {
      name: "one log-likelihood pass (grouping included)",
      run: times(400, () =>
        shiftedBetaGeometricLogLikelihood({ gamma: 0.704, delta: 1.182 }, regular),
      ),
    },
    cases: [
      { name: "fitShiftedBetaGeometric", run: times(400, () => fitShiftedBetaGeometric(regular)) },
    ],
    samples: 15,
  });
} else {
  skipped();
}

// 100,000 simulated customers, times on a daily grid (1/7 week), ages 52–104 weeks.
const options = { customers: 100_000, seed: 2007, T: [52, 104] as const, resolution: 1 / 7 };
const mbgTruth = { r: 0.5, alpha: 6, a: 0.9, b: 1.6 };
const paretoTruth = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
const mbgCustomers = simulateModifiedBgNbd(mbgTruth, options);
const paretoCustomers = simulateParetoNbd(paretoTruth, options);
let mbgFit: ReturnType<typeof fitModifiedBgNbd> = null;
let paretoFit: ReturnType<typeof fitParetoNbd> = null;
runSuite({
  title: "MBG/NBD and Pareto/NBD fits on 100,000 simulated customers",
  baseline: {
    name: "one MBG/NBD log-likelihood pass (grouping included)",
    run: () => modifiedBgNbdLogLikelihood(mbgTruth, mbgCustomers),
  },
  cases: [
    { name: "fitModifiedBgNbd", run: () => (mbgFit = fitModifiedBgNbd(mbgCustomers)) },
    { name: "fitParetoNbd", run: () => (paretoFit = fitParetoNbd(paretoCustomers)) },
  ],
  samples: 1,
  warmup: 0,
});
const relative = <P extends object>(fit: P, truth: P) =>
  Object.entries(truth)
    .map(([key, value]) => {
      const estimate = (fit as Record<string, number>)[key]!;
      return `${key} ${(((estimate - value) / value) * 100).toFixed(2)} %`;
    })
    .join(", ");
console.log(`MBG/NBD recovered: ${relative(mbgFit!, mbgTruth)}; converged ${mbgFit!.converged}`);
console.log(
  `Pareto/NBD recovered: ${relative(paretoFit!, paretoTruth)}; converged ${paretoFit!.converged}`,
);
