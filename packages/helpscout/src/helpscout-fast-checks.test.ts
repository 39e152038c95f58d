// The precompiled thread check must agree with the thread schema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed threads it does accept, so that it is used at all.
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversation, orphanThread, threads } from "./__fixtures__/helpscout.fixture";
import { fastThread } from "./helpscout-fast-checks";
import { helpScoutEntitySchemas } from "./helpscout-payload";

const { thread: ThreadSchema } = helpScoutEntitySchemas();
const embedded = (value: unknown): unknown[] =>
  (value as { _embedded?: { threads?: unknown[] } })._embedded?.threads ?? [];
const records: unknown[] = [...embedded(threads), ...embedded(conversation), orphanThread];

/** Whether the check accepts the thread; when it does, the schema must agree exactly. */
function agrees(raw: unknown): boolean {
  const fast = fastThread(raw);
  if (fast === undefined) return false;
  const parsed = ThreadSchema.safeParse(raw);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(Object.keys(fast)).toEqual(Object.keys(parsed.data ?? {}));
  return true;
}

describe("the precompiled thread check", () => {
  it("accepts every fixture thread the schema accepts, with the schema's output", () => {
    const parsedByZod = records.filter((raw) => ThreadSchema.safeParse(raw).success).length;
    expect(parsedByZod).toBeGreaterThan(2);
    expect(records.filter(agrees).length).toBe(parsedByZod);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated threads", () => {
    const mutations = fc.sample(
      fc.tuple(
        fc.nat({ max: records.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 3 }),
      ),
      { seed: 25, numRuns: 300 },
    );
    let accepted = 0;
    for (const [index, changes] of mutations) {
      const raw = mutate(records[index], changes);
      if (agrees(raw)) accepted++;
      else expect(ThreadSchema.safeParse(raw).success).toBe(false);
    }
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(mutations.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    const first = records[0] as Record<string, unknown>;
    for (const bad of [
      null,
      [],
      { ...first, id: -1 },
      { ...first, type: undefined },
      { ...first, createdAt: "2024-06-01" },
      { ...first, createdBy: { id: "" } },
      { ...first, source: [] },
    ]) {
      expect(fastThread(bad)).toBeUndefined();
      expect(ThreadSchema.safeParse(bad).success).toBe(false);
    }
  });
});
