// Run with `npm run test:scripts` (part of `npm test`): the asynchronous harness on a fake clock.
import assert from "node:assert/strict";
import { test } from "node:test";
import { measureAsyncSuite } from "./bench-harness-async.ts";

test("alternates async tasks, leaves setup and teardown out of the time, and runs five rounds at least", async () => {
  let clock = 0;
  const order: string[] = [];
  const task = (name: string, cost: number) => ({
    name,
    setup: () => {
      order.push(`${name}+`);
      clock += 1000;
      return cost;
    },
    run: async (state: number) => {
      order.push(name);
      await Promise.resolve();
      clock += state;
    },
    teardown: () => {
      order.push(`${name}-`);
      clock += 1000;
    },
  });
  const record = await measureAsyncSuite(
    { title: "fake", samples: 2, warmup: 1, baseline: task("b", 10), cases: [task("c", 25)] },
    () => clock,
    () => clock / 2,
  );
  const runs = order.filter((step) => step === "b" || step === "c");
  // One warm-up each, then five rounds (two asked for, five at least): b c, c b, b c, c b, b c.
  assert.deepEqual(runs, ["b", "c", "b", "c", "c", "b", "b", "c", "c", "b", "b", "c"]);
  assert.equal(record.rounds, 5);
  const [base, subject] = record.results;
  assert.equal(base?.medianMs, 10);
  assert.equal(subject?.medianMs, 25);
  assert.equal(subject?.ratio, 2.5);
  assert.equal(subject?.cpu?.medianMs, 12.5);
  assert.equal(subject?.cpu?.ratio, 2.5);
  assert.deepEqual(subject?.roundRatio, { min: 2.5, max: 2.5 });
});
