// The precompiled message check must agree with the message schema: whatever it accepts, the
// schema accepts with an equal output (same fields, same presence, same values); and on
// well-formed messages it does accept, so that it is used at all.
import { checkAgreement, mutatedSamples } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { conversations, messageCreated, messages } from "./__fixtures__/chatwoot.fixture";
import { fastConversation } from "./chatwoot-fast-checks";
import { fastMessage } from "./chatwoot-fast-message";
import { chatwootEntitySchemas } from "./chatwoot-payload";

const { message: MessageSchema } = chatwootEntitySchemas();
const records: unknown[] = [
  ...messages.payload,
  messageCreated,
  ...conversations.data.payload.flatMap((c) => (c as { messages?: unknown[] }).messages ?? []),
];

describe("the precompiled message check", () => {
  it("accepts every fixture message the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastMessage, MessageSchema, records);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(5);
    expect(agreement.accepted).toBe(agreement.parsed);
  });

  it("never accepts what the schema refuses, nor differs from it, on mutated messages", () => {
    const mutated = mutatedSamples(records, { seed: 25 });
    const agreement = checkAgreement(fastMessage, MessageSchema, mutated);
    expect(agreement.disagreements).toEqual([]);
    // Some mutations leave a record well-formed (a changed text); most do not.
    expect(agreement.accepted).toBeGreaterThan(0);
    expect(agreement.accepted).toBeLessThan(mutated.length);
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

describe("the precompiled conversation check", () => {
  const { conversation: ConversationSchema } = chatwootEntitySchemas();
  const all: unknown[] = conversations.data.payload;

  it("accepts every fixture conversation the schema accepts, with the schema's output", () => {
    const agreement = checkAgreement(fastConversation, ConversationSchema, all);
    expect(agreement.disagreements).toEqual([]);
    expect(agreement.parsed).toBeGreaterThan(2);
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
    const first = all[0] as Record<string, unknown>;
    for (const bad of [
      { ...first, status: 1 },
      { ...first, labels: [7] },
      { ...first, created_at: "soon" },
      { ...first, meta: { sender: { id: "" } } },
    ]) {
      expect(fastConversation(bad)).toBeUndefined();
      expect(ConversationSchema.safeParse(bad).success).toBe(false);
    }
  });
});
