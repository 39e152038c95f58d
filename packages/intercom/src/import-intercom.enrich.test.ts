import type { Interaction } from "@rapport/core";
import { interactionsByPlatformId, recordingEnrichment } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { importIntercom } from "./import-intercom";

// A hand-written conversation in the documented REST shape: an HTML opening message, a
// customer's comment, an admin's note (private), an assignment without a body and a comment
// whose body is empty markup.
const T0 = 1_700_000_000;
const joe = { type: "user", id: "u1" };
const admin = { type: "admin", id: "a1" };
const part = (id: string, partType: string, offset: number, author: object, body: unknown) => ({
  type: "conversation_part",
  id,
  part_type: partType,
  body,
  created_at: T0 + offset,
  author,
  ...(partType === "assignment" ? { assigned_to: { type: "admin", id: "a1" } } : {}),
});
const payload = {
  type: "conversation",
  id: "c1",
  created_at: T0,
  state: "open",
  source: {
    type: "conversation",
    body: "<p>Hi, my invoice is <b>wrong</b>&nbsp;again</p>",
    author: joe,
  },
  contacts: { type: "contact.list", contacts: [{ type: "contact", id: "u1" }] },
  conversation_parts: {
    type: "conversation_part.list",
    conversation_parts: [
      part("p1", "comment", 60, joe, "<p>Thanks,<br>that fixed it</p>"),
      part("p2", "note", 120, admin, "<p>Refund sent &amp; logged</p>"),
      part("p3", "assignment", 180, admin, null),
      part("p4", "comment", 240, admin, "<p> </p>"),
    ],
  },
};
const asOf = new Date("2024-06-01T00:00:00Z");
// A stand-in scorer whose answers are known: it records each text it is given.
// A stand-in scorer whose answers are known.
const { enrich, seen } = recordingEnrichment((text) => (text.includes("wrong") ? -0.5 : 0.25));
const byId = (interactions: readonly Interaction[]) =>
  interactionsByPlatformId(interactions, "intercom");

describe("importIntercom with enrich", () => {
  const enriched = byId(importIntercom(payload, { asOf, enrich }).interactions);

  it("fills text, sentiment and language from the plain text of each HTML body", () => {
    expect(enriched.get("c1:source")).toMatchObject({
      text: "Hi, my invoice is wrong again",
      sentiment: -0.5,
      language: "en",
    });
    expect(enriched.get("p1")).toMatchObject({
      text: "Thanks,\nthat fixed it",
      sentiment: 0.25,
      language: "en",
    });
  });

  it("enriches notes, private, as Zendesk enriches private comments", () => {
    expect(enriched.get("p2")).toMatchObject({
      visibility: "private",
      text: "Refund sent & logged",
      sentiment: 0.25,
    });
  });

  it("adds nothing where there is no text, and scores each text once", () => {
    for (const id of ["p3", "p4"]) {
      const interaction = enriched.get(id);
      expect(interaction).toBeDefined();
      expect(interaction).not.toHaveProperty("text");
      expect(interaction).not.toHaveProperty("sentiment");
      expect(interaction).not.toHaveProperty("language");
    }
    expect(seen).toEqual([
      "Hi, my invoice is wrong again",
      "Thanks,\nthat fixed it",
      "Refund sent & logged",
    ]);
  });

  it("without enrich, keeps nothing of the text", () => {
    const plain = importIntercom(payload, { asOf }).interactions;
    expect(plain).toHaveLength(5);
    for (const interaction of plain) {
      expect(Object.keys(interaction)).not.toContain("text");
      expect(Object.keys(interaction)).not.toContain("sentiment");
    }
    const { text, sentiment, language, ...rest } = enriched.get("p1") ?? {};
    expect(plain.find((i) => i.id === "intercom:p1")).toEqual(rest);
  });
});
