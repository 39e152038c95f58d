// Merging partial results must cost next to nothing: 1,000 accumulators of 1,000 answers each,
// merged, against one accumulator fed all 1,000,000 answers in one pass. One pass lasts a few
// milliseconds, short enough for a busy machine's scheduling to decide the ratio, so each
// timed run repeats the work PASSES times (as the nps bench does).
import { runSuite } from "../../../scripts/bench-harness.ts";
import { createCesAccumulator, createNpsAccumulator } from "../src/index.ts";

const PARTS = 1_000;
const PART_SIZE = 1_000;
const N = PARTS * PART_SIZE;
const PASSES = 5;
const repeat = (work: () => { n: number }) => () => {
  let n = 0;
  for (let pass = 0; pass < PASSES; pass++) n += work().n;
  return n;
};

// A deterministic generator (no Math.random): a linear congruential sequence.
let seed = 11;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed;
};
const npsScores: number[] = [];
const cesScores: number[] = [];
for (let i = 0; i < N; i++) {
  npsScores.push(next() % 11);
  cesScores.push(1 + (next() % 7));
}

const onePassNps = () => {
  const accumulator = createNpsAccumulator();
  for (let i = 0; i < N; i++) accumulator.add(npsScores[i]!);
  return accumulator.result();
};
const partialsNps = () => {
  const total = createNpsAccumulator();
  for (let part = 0; part < PARTS; part++) {
    const partial = createNpsAccumulator();
    for (let i = part * PART_SIZE; i < (part + 1) * PART_SIZE; i++) partial.add(npsScores[i]!);
    total.merge(partial);
  }
  return total.result();
};

if (JSON.stringify(onePassNps()) !== JSON.stringify(partialsNps())) {
  throw new Error("merged NPS differs from one pass");
}

runSuite({
  title: `NPS accumulator: ${PARTS.toLocaleString("en")} partials of ${PART_SIZE.toLocaleString("en")} merged vs one pass over ${N.toLocaleString("en")} (${PASSES} passes per run)`,
  baseline: { name: "one pass", run: repeat(onePassNps) },
  cases: [{ name: "1,000 partials, merged", run: repeat(partialsNps) }],
  // More warm-up than the default, so that both tasks reach V8's optimised code before timing.
  warmup: 10,
  samples: 21,
  target: { maxRatio: 1.2 },
});

const onePassCes = () => {
  const accumulator = createCesAccumulator();
  for (let i = 0; i < N; i++) accumulator.add(cesScores[i]!);
  return accumulator.result();
};
const partialsCes = () => {
  const total = createCesAccumulator();
  for (let part = 0; part < PARTS; part++) {
    const partial = createCesAccumulator();
    for (let i = part * PART_SIZE; i < (part + 1) * PART_SIZE; i++) partial.add(cesScores[i]!);
    total.merge(partial);
  }
  return total.result();
};

if (JSON.stringify(onePassCes()) !== JSON.stringify(partialsCes())) {
  throw new Error("merged CES differs from one pass");
}

runSuite({
  title: `CES accumulator: ${PARTS.toLocaleString("en")} partials of ${PART_SIZE.toLocaleString("en")} merged vs one pass over ${N.toLocaleString("en")} (${PASSES} passes per run)`,
  baseline: { name: "one pass", run: repeat(onePassCes) },
  cases: [{ name: "1,000 partials, merged", run: repeat(partialsCes) }],
  // More warm-up than the default, so that both tasks reach V8's optimised code before timing.
  warmup: 10,
  samples: 21,
  target: { maxRatio: 1.2 },
});
