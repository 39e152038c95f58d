// The precompiled message check must agree with the message schema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed messages it does accept, so that it is used at all.
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversations, messageCreated, messages } from "./__fixtures__/chatwoot.fixture";
import { fastMessage } from "./chatwoot-fast-checks";
import { chatwootEntitySchemas } from "./chatwoot-payload";

const { message: MessageSchema } = chatwootEntitySchemas();
const records: unknown[] = [
  ...messages.payload,
  messageCreated,
  ...conversations.data.payload.flatMap((c) => (c as { messages?: unknown[] }).messages ?? []),
];

/** Whether the check accepts the message; when it does, the schema must agree exactly. */
function agrees(raw: unknown): boolean {
  const fast = fastMessage(raw);
  if (fast === undefined) return false;
  const parsed = MessageSchema.safeParse(raw);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(Object.keys(fast)).toEqual(Object.keys(parsed.data ?? {}));
  return true;
}

describe("the precompiled message check", () => {
  it("accepts every fixture message the schema accepts, with the schema's output", () => {
    const parsedByZod = records.filter((raw) => MessageSchema.safeParse(raw).success).length;
    expect(parsedByZod).toBeGreaterThan(5);
    expect(records.filter(agrees).length).toBe(parsedByZod);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated messages", () => {
    const mutations = fc.sample(
      fc.tuple(
        fc.nat({ max: records.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 3 }),
      ),
      { seed: 25, numRuns: 300 },
    );
    let accepted = 0;
    for (const [index, changes] of mutations) {
      if (agrees(mutate(records[index], changes))) accepted++;
    }
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(mutations.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    const first = messages.payload[0] as Record<string, unknown>;
    for (const bad of [
      null,
      [],
      { ...first, id: "" },
      { ...first, message_type: 1.5 },
      { ...first, created_at: "yesterday" },
      { ...first, sender: { type: 3 } },
      { ...first, inbox: {} },
    ]) {
      expect(fastMessage(bad)).toBeUndefined();
      expect(MessageSchema.safeParse(bad).success).toBe(false);
    }
  });
});
