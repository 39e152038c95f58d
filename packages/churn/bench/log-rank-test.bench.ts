// logRankTest on 100,000 subscribers against one Kaplan-Meier pass over the same data (the
// same sort and sweep of the risk sets), and the test's size under the null hypothesis.

import { seededRandom } from "@rapport/stats";
import { runSuite } from "../../../scripts/bench-harness.ts";
import { kaplanMeier, logRankTest, nelsonAalen, pairwiseLogRank } from "../src/index.ts";

const random = seededRandom(19);
const n = 100_000;
const plans = ["monthly", "annual", "trial"];
const groups = Array.from({ length: n }, (_, i) => plans[i % 3]!);
const strata = Array.from({ length: n }, (_, i) => `region-${i % 4}`);
// Exponential days to cancellation (rates 1/200, 1/300, 1/150), whole days, censored at a
// uniform follow-up of up to two years: about 2,000 distinct times, many ties.
const rates = [1 / 200, 1 / 300, 1 / 150];
const durations: number[] = [];
const observed: boolean[] = [];
for (let i = 0; i < n; i++) {
  const churn = Math.ceil(-Math.log(1 - random()) / rates[i % 3]!);
  const followUp = Math.ceil(730 * random());
  durations.push(Math.min(churn, followUp));
  observed.push(churn <= followUp);
}

runSuite({
  title: "logRankTest, 100,000 subscribers in 3 plans (whole days, ~2,000 distinct times)",
  baseline: { name: "kaplanMeier, all subscribers", run: () => kaplanMeier(durations, observed) },
  cases: [
    { name: "logRankTest, log-rank", run: () => logRankTest(durations, observed, groups) },
    {
      name: "logRankTest, Fleming-Harrington (1, 1), 4 strata",
      run: () =>
        logRankTest(durations, observed, groups, {
          weighting: "fleming-harrington",
          p: 1,
          q: 1,
          strata,
        }),
    },
    { name: "pairwiseLogRank, 3 pairs", run: () => pairwiseLogRank(durations, observed, groups) },
    { name: "nelsonAalen", run: () => nelsonAalen(durations, observed) },
  ],
  samples: 11,
  target: { maxRatio: 3 },
});

// Size under the null: 2,000 data sets of 200 subscribers, two plans with the same hazard.
// The share of p-values below 0.05 should be near 5 % (binomial SE ≈ 0.49 points).
const trials = 2_000;
const rejected = { "log-rank": 0, "peto-peto": 0, "fleming-harrington (0, 1)": 0 };
const sim = seededRandom(2026);
for (let trial = 0; trial < trials; trial++) {
  const d: number[] = [];
  const e: boolean[] = [];
  const g: string[] = [];
  for (let i = 0; i < 200; i++) {
    const churn = Math.ceil(-Math.log(1 - sim()) * 200);
    const followUp = Math.ceil(365 * sim());
    d.push(Math.min(churn, followUp));
    e.push(churn <= followUp);
    g.push(i % 2 === 0 ? "a" : "b");
  }
  if ((logRankTest(d, e, g).pValue ?? 1) < 0.05) rejected["log-rank"]++;
  if ((logRankTest(d, e, g, { weighting: "peto-peto" }).pValue ?? 1) < 0.05) {
    rejected["peto-peto"]++;
  }
  const late = logRankTest(d, e, g, { weighting: "fleming-harrington", p: 0, q: 1 });
  if ((late.pValue ?? 1) < 0.05) rejected["fleming-harrington (0, 1)"]++;
}
console.log(`\nSize at α = 0.05 under H0, ${trials} data sets of 200 (target 5 % ± 1):`);
for (const [name, count] of Object.entries(rejected)) {
  console.log(`  ${name}: ${((100 * count) / trials).toFixed(2)} %`);
}
