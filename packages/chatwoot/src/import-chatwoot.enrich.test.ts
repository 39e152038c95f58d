import type { Interaction } from "@rapport/core";
import { interactionsByPlatformId, recordingEnrichment } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { importChatwoot } from "./import-chatwoot";

// Hand-written from chatwoot's Application API (Conversations List, Get messages): a web
// widget conversation, the contact's message, an agent's reply, a private note, an
// attachment without content and an activity line.
const conversation = {
  id: 30,
  inbox_id: 1,
  status: "open",
  meta: { sender: { id: 42, type: "contact" }, channel: "Channel::WebWidget" },
  created_at: 1714557600,
};
const message = (id: number, messageType: number, content: unknown, fields: object = {}) => ({
  id,
  conversation_id: 30,
  inbox_id: 1,
  message_type: messageType,
  content,
  content_type: "text",
  status: "sent",
  private: false,
  created_at: 1714557600 + id,
  ...fields,
});
const payload = [
  { payload: [conversation] },
  {
    payload: [
      message(1, 0, "I was charged twice", { sender: { id: 42, type: "contact" } }),
      message(2, 1, "Refunded, sorry!", { sender: { id: 2, type: "user" } }),
      message(3, 1, "Duplicate charge bug", { private: true, sender: { id: 2, type: "user" } }),
      message(4, 0, null, { content_type: "text", sender: { id: 42, type: "contact" } }),
      message(5, 2, "Conversation was assigned to Jane"),
    ],
  },
];
const asOf = new Date("2025-01-01T00:00:00Z");
// A stand-in scorer whose answers are known.
const { enrich, seen } = recordingEnrichment((text) => (text.includes("twice") ? -0.4 : 0.3));
const byId = (interactions: readonly Interaction[]) =>
  interactionsByPlatformId(interactions, "chatwoot");

describe("importChatwoot with enrich", () => {
  const enriched = byId(importChatwoot(payload, { asOf, enrich }).interactions);

  it("fills text, sentiment and language from each message's content", () => {
    expect(enriched.get("1")).toMatchObject({
      text: "I was charged twice",
      sentiment: -0.4,
      language: "en",
    });
    expect(enriched.get("2")).toMatchObject({ text: "Refunded, sorry!", sentiment: 0.3 });
  });

  it("enriches private notes as Zendesk enriches private comments", () => {
    expect(enriched.get("3")).toMatchObject({ visibility: "private", sentiment: 0.3 });
  });

  it("adds nothing without content, and reads no activity line", () => {
    const bare = enriched.get("4");
    expect(bare).toBeDefined();
    expect(bare).not.toHaveProperty("text");
    expect(bare).not.toHaveProperty("sentiment");
    expect(bare).not.toHaveProperty("language");
    expect(enriched.has("5")).toBe(false);
    expect(seen).toEqual(["I was charged twice", "Refunded, sorry!", "Duplicate charge bug"]);
  });

  it("without enrich, keeps nothing of the text", () => {
    const plain = importChatwoot(payload, { asOf }).interactions;
    expect(plain).toHaveLength(4);
    for (const i of plain) expect(Object.keys(i)).not.toContain("sentiment");
    const { text, sentiment, language, ...rest } = enriched.get("2") ?? {};
    expect(plain.find((i) => i.id === "chatwoot:2")).toEqual(rest);
  });
});
