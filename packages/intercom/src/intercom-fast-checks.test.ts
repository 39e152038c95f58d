// The precompiled part check must agree with IntercomPartSchema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed parts it does accept, so that it is used at all.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkAgreement, mutatedSamples } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { conversations, JOE } from "./__fixtures__/intercom.fixture";
import { fastConversation, fastPart, fastRating } from "./intercom-fast-checks";
import { intercomSchemas } from "./intercom-payload";

const { IntercomPartSchema } = intercomSchemas();
const partsIn = (conversation: unknown): unknown[] =>
  (conversation as { conversation_parts?: { conversation_parts?: unknown[] } }).conversation_parts
    ?.conversation_parts ?? [];
const parts = conversations.conversations.flatMap(partsIn);

describe("the precompiled conversation-part check", () => {
  it("accepts every fixture part the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastPart, IntercomPartSchema, parts);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(5);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated parts", () => {
    const mutated = mutatedSamples(parts, { seed: 25 });
    const agreement = checkAgreement(fastPart, IntercomPartSchema, mutated);
    expect(agreement.disagreements).toEqual([]);
    // Some mutations leave a record well-formed (a changed text); most do not.
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
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
    const agreement = checkAgreement(fastPart, IntercomPartSchema, realParts);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.accepted).toBe(agreement.parsed);
    const whole = checkAgreement(fastConversation, intercomSchemas().IntercomConversationSchema, [
      real,
    ]);
    expect(whole.disagreements).toEqual([]);
    expect(whole.accepted).toBe(1);
  });
});

describe("the precompiled conversation check", () => {
  const { IntercomConversationSchema } = intercomSchemas();
  const all: unknown[] = conversations.conversations;

  it("accepts every fixture conversation the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastConversation, IntercomConversationSchema, all);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(2);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated conversations", () => {
    const mutated = mutatedSamples(all, { seed: 26 });
    const agreement = checkAgreement(fastConversation, IntercomConversationSchema, mutated);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    const first = all[0] as Record<string, unknown>;
    for (const bad of [
      { ...first, created_at: "2022-09-19" },
      { ...first, statistics: { count_reopens: -1 } },
      { ...first, statistics: { count_reopens: 1.5 } },
      { ...first, tags: { tags: [{ id: 1 }] } },
      { ...first, source: { author: { id: JOE } } },
      { ...first, open: "yes" },
    ]) {
      expect(fastConversation(bad)).toBeUndefined();
      expect(IntercomConversationSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("the precompiled rating check", () => {
  const { IntercomRatingSchema } = intercomSchemas();
  const ratings: unknown[] = conversations.conversations.map(
    (c) => (c as { conversation_rating?: unknown }).conversation_rating,
  );

  it("agrees with the schema on the fixture ratings and on mutated ones", () => {
    const mutated = mutatedSamples(ratings, { seed: 27 });
    const fixtures = checkAgreement(fastRating, IntercomRatingSchema, ratings);
    expect(fixtures.disagreements).toEqual([]);
    // The rating of 4 is well-formed; a null rating and a rating of 7 are not.
    expect(fixtures.accepted).toBe(1);
    expect(fixtures.parsed).toBe(1);
    const fuzzed = checkAgreement(fastRating, IntercomRatingSchema, mutated);
    expect(fuzzed.disagreements).toEqual([]);
    expect(fuzzed.accepted).toBeLessThan(mutated.length);
  });
});
