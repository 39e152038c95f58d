// nps() over a million answers against the floor: a hand-written loop that only counts
// promoters and detractors (no validation, no interval). The ratio is what validating every
// answer and computing the interval cost on top of counting.
//
// Answers are small integers, as JSON.parse or zod give them, so V8 stores the array as small
// integers. An array whose numbers V8 holds as doubles (e.g. results of float arithmetic) is
// measured too: there the per-answer integer check costs more, and the README says how much.
// npsFromCounts() must take constant time: the same call with n = 100 and n = 10^12.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { nps, npsFromCounts } from "../src/index.ts";

const N = 1_000_000;

// A deterministic generator (no Math.random): a linear congruential sequence.
let seed = 7;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed;
};
const scores: number[] = [];
for (let i = 0; i < N; i++) scores.push((next() % 11) | 0);
// The same answers, stored by V8 as doubles (a double in the array turns its storage).
const doubles: number[] = [0.5, ...scores].slice(1);

function countingLoop(values: readonly number[]): number {
  let promoters = 0;
  let detractors = 0;
  for (let i = 0; i < values.length; i++) {
    const score = values[i]!;
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  return ((promoters - detractors) * 100) / values.length;
}

// Each sample repeats the pass, so that it lasts tens of milliseconds and scheduling noise on
// a shared machine weighs less. Each task has its own loop (no shared wrapper), so that V8
// can inline the work into it as a caller would.
const PASSES = 10;
if (nps(scores).value !== countingLoop(scores))
  throw new Error("nps and the counting loop disagree");

runSuite({
  title: `nps over ${N.toLocaleString("en")} answers in a plain array (${PASSES} passes per sample)`,
  baseline: {
    name: "hand-written counting loop",
    run: () => {
      let total = 0;
      for (let pass = 0; pass < PASSES; pass++) total += countingLoop(scores);
      return total;
    },
  },
  cases: [
    {
      name: "nps(scores)",
      run: () => {
        let total = 0;
        for (let pass = 0; pass < PASSES; pass++) total += nps(scores).value!;
        return total;
      },
    },
  ],
  samples: 25,
  target: { maxRatio: 1.5 },
});

runSuite({
  title: `nps over ${N.toLocaleString("en")} answers in an array V8 stores as doubles (${PASSES} passes per sample)`,
  baseline: {
    name: "hand-written counting loop",
    run: () => {
      let total = 0;
      for (let pass = 0; pass < PASSES; pass++) total += countingLoop(doubles);
      return total;
    },
  },
  cases: [
    {
      name: "nps(doubles)",
      run: () => {
        let total = 0;
        for (let pass = 0; pass < PASSES; pass++) total += nps(doubles).value!;
        return total;
      },
    },
  ],
  samples: 9,
});

// Each sample makes 200,000 calls so that it lasts milliseconds, not microseconds.
const CALLS = 200_000;
const small = { promoters: 50, passives: 30, detractors: 20 };
const huge = { promoters: 5e11, passives: 3e11, detractors: 2e11 };
const repeat = (counts: typeof small) => () => {
  let sum = 0;
  for (let i = 0; i < CALLS; i++) sum += npsFromCounts(counts).interval!.lower;
  return sum;
};

runSuite({
  title: `npsFromCounts is constant time (${CALLS.toLocaleString("en")} calls per sample)`,
  baseline: { name: "npsFromCounts, n = 100", run: repeat(small) },
  cases: [{ name: "npsFromCounts, n = 10^12", run: repeat(huge) }],
  samples: 11,
  target: { maxRatio: 1.2 },
});
