// probabilityAlive over 1,000,000 customers against a loop that only reads the same inputs.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { probabilityAlive, simulateBgNbd } from "../src/index.ts";

const params = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const customers = simulateBgNbd(params, {
  customers: 1_000_000,
  seed: 1,
  T: [27, 39],
  resolution: 1 / 7,
});

runSuite({
  title: "probabilityAlive, 1,000,000 customers (CDNOW-like: ~60 % with x = 0)",
  baseline: {
    name: "loop reading x, t_x, T",
    run: () => {
      let sum = 0;
      for (const c of customers) sum += c.frequency + c.recency + c.T;
      return sum;
    },
  },
  cases: [
    {
      name: "probabilityAlive",
      run: () => {
        let sum = 0;
        for (const c of customers) sum += probabilityAlive(params, c);
        return sum;
      },
    },
  ],
  samples: 21,
  target: { maxRatio: 3 },
});
