// The precompiled part check must agree with IntercomPartSchema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed parts it does accept, so that it is used at all.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mutatePayload as mutate } from "@rapport/source-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conversations } from "./__fixtures__/intercom.fixture";
import { fastPart } from "./intercom-fast-checks";
import { intercomSchemas } from "./intercom-payload";

const { IntercomPartSchema } = intercomSchemas();
const partsIn = (conversation: unknown): unknown[] =>
  (conversation as { conversation_parts?: { conversation_parts?: unknown[] } }).conversation_parts
    ?.conversation_parts ?? [];
const parts = conversations.conversations.flatMap(partsIn);

/** Whether the check accepts the part; when it does, the schema must agree exactly. */
function agrees(raw: unknown): boolean {
  const fast = fastPart(raw);
  if (fast === undefined) return false;
  const parsed = IntercomPartSchema.safeParse(raw);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(Object.keys(fast)).toEqual(Object.keys(parsed.data ?? {}));
  return true;
}

describe("the precompiled conversation-part check", () => {
  it("accepts every fixture part the schema accepts, with the schema's output", () => {
    const parsedByZod = parts.filter((raw) => IntercomPartSchema.safeParse(raw).success).length;
    expect(parsedByZod).toBeGreaterThan(5);
    expect(parts.filter(agrees).length).toBe(parsedByZod);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated parts", () => {
    const mutations = fc.sample(
      fc.tuple(
        fc.nat({ max: parts.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 3 }),
      ),
      { seed: 25, numRuns: 300 },
    );
    let accepted = 0;
    for (const [index, changes] of mutations) if (agrees(mutate(parts[index], changes))) accepted++;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(mutations.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    const first = parts[0] as Record<string, unknown>;
    for (const bad of [
      null,
      [],
      { ...first, id: "" },
      { ...first, created_at: -1 },
      { ...first, author: { id: "1" } },
      { ...first, assigned_to: { type: "team" } },
      { ...first, assigned_to: { type: 7, id: "1" } },
    ]) {
      expect(fastPart(bad)).toBeUndefined();
      expect(IntercomPartSchema.safeParse(bad).success).toBe(false);
    }
  });
});

const dataDir = fileURLToPath(
  new URL("../../../../shared/data/helpdesk/intercom", import.meta.url),
);
const hasData = existsSync(`${dataDir}/intercom-go-conversation.json`);
if (!hasData) {
  console.warn(
    "@rapport/intercom part-check agreement on real data skipped: ../shared/data not found",
  );
}

describe.skipIf(!hasData)("the precompiled part check on a real Intercom conversation", () => {
  it("agrees with the schema on every part", () => {
    const real = JSON.parse(readFileSync(`${dataDir}/intercom-go-conversation.json`, "utf8"));
    const realParts = partsIn(real);
    expect(realParts.filter(agrees).length).toBe(
      realParts.filter((raw) => IntercomPartSchema.safeParse(raw).success).length,
    );
  });
});
