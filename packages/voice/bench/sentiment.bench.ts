// Sentiment of 100,000 support messages against tokenising them alone, in the same run.
import { runSuite } from "../../../scripts/bench-harness.ts";
import { sentimentOf, tokenize } from "../src/index.ts";
import { MESSAGES } from "./messages.ts";

runSuite({
  title: "sentimentOf over 100,000 messages",
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
      name: "sentimentOf",
      run: () => {
        let sum = 0;
        for (const message of MESSAGES) sum += sentimentOf(message).compound;
        return sum;
      },
    },
  ],
  samples: 5,
  warmup: 1,
});
