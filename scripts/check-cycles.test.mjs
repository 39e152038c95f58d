// Run with `node --test scripts/check-cycles.test.mjs` (part of `npm run check:cycles`).
import assert from "node:assert/strict";
import { test } from "node:test";
import { findCycles } from "./check-cycles.mjs";

const fixture = (name) => new URL(`./__fixtures__/cycles/${name}`, import.meta.url).pathname;

test("reports a cycle made of a type-only import and a value import", async () => {
  // clock.ts imports the type Status from status.ts, which calls clock(): one cycle of two files;
  // units.ts and index.ts are on no cycle.
  assert.deepEqual(await findCycles(fixture("with-cycle")), [
    ["packages/a/src/clock.ts", "packages/a/src/status.ts"],
  ]);
});

test("finds nothing once the shared type lives in a third file", async () => {
  assert.deepEqual(await findCycles(fixture("without-cycle")), []);
});
