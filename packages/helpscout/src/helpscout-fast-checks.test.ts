// The precompiled thread check must agree with the thread schema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed threads it does accept, so that it is used at all.
import { checkAgreement, mutatedSamples } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import {
  conversation,
  conversations,
  orphanThread,
  threads,
} from "./__fixtures__/helpscout.fixture";
import { fastConversation, fastThread } from "./helpscout-fast-checks";
import { helpScoutEntitySchemas } from "./helpscout-payload";

const { thread: ThreadSchema } = helpScoutEntitySchemas();
const embedded = (value: unknown): unknown[] =>
  (value as { _embedded?: { threads?: unknown[] } })._embedded?.threads ?? [];
const records: unknown[] = [...embedded(threads), ...embedded(conversation), orphanThread];

describe("the precompiled thread check", () => {
  it("accepts every fixture thread the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastThread, ThreadSchema, records);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(2);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated threads", () => {
    const mutated = mutatedSamples(records, { seed: 25 });
    const agreement = checkAgreement(fastThread, ThreadSchema, mutated);
    expect(agreement.disagreements).toEqual([]);
    // Some mutations leave a record well-formed (a changed text); most do not.
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
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

describe("the precompiled conversation check", () => {
  const { conversation: ConversationSchema } = helpScoutEntitySchemas();
  const listed = (conversations as { _embedded: { conversations: unknown[] } })._embedded
    .conversations;
  const webhook = { ...conversation, tags: [{ tag: "vip" }, "refund"], modifiedAt: null };
  const all: unknown[] = [conversation, webhook, ...listed];

  it("accepts every fixture conversation the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastConversation, ConversationSchema, all);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBe(all.length);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated conversations", () => {
    const mutated = mutatedSamples(all, { seed: 26 });
    const agreement = checkAgreement(fastConversation, ConversationSchema, mutated);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
  });

  it("turns down the shapes zod reports, so zod gives the reason", () => {
    for (const bad of [
      { ...conversation, status: 3 },
      { ...conversation, tags: [{ name: "vip" }] },
      { ...conversation, closedAt: "yesterday" },
      { ...conversation, assignee: { id: "" } },
    ]) {
      expect(fastConversation(bad)).toBeUndefined();
      expect(ConversationSchema.safeParse(bad).success).toBe(false);
    }
  });
});
