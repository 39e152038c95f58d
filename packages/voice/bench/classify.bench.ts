// Contact reasons of 100,000 support messages against tokenising them alone, in the same run.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { classifyContactReason, tokenize, trainContactReasons } from "../src/index.ts";
import { MESSAGES, TRAINING } from "./messages.ts";

const model = trainContactReasons(TRAINING, { seed: 1 });

runSuite({
  title: "classifyContactReason over 100,000 messages (5 reasons)",
  baseline: {
    name: "tokenize alone",
    run: () => {
      let words = 0;
      for (const message of MESSAGES) words += tokenize(message).length;
      return words;
    },
  },
  cases: [
    {
      name: "classifyContactReason",
      run: () => {
        let unknown = 0;
        for (const message of MESSAGES) {
          if (classifyContactReason(model, message).reason === "unknown") unknown++;
        }
        return unknown;
      },
    },
  ],
  samples: 5,
  warmup: 1,
});
