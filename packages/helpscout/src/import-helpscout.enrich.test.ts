import type { Interaction } from "@rapport/core";
import { interactionsByPlatformId, recordingEnrichment } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { importHelpScout } from "./import-helpscout";

// Hand-written from Help Scout's Mailbox API 2.0 (GET /v2/conversations/{id}?embed=threads):
// the customer's HTML message, a reply, a private note, a phone thread without a body and a
// line item.
const thread = (id: number, type: string, body: unknown, fields: object = {}) => ({
  id,
  type,
  status: "active",
  state: "published",
  body,
  createdAt: `2024-05-01T10:0${id % 10}:00Z`,
  createdBy: { id: 12, type: "user" },
  customer: { id: 500 },
  ...fields,
});
const payload = {
  id: 321,
  type: "email",
  status: "active",
  state: "published",
  createdAt: "2024-05-01T10:00:00Z",
  createdBy: { id: 500, type: "customer" },
  primaryCustomer: { id: 500 },
  _embedded: {
    threads: [
      thread(1, "customer", "<div>My order is <b>missing</b><br>Order #42</div>", {
        createdBy: { id: 500, type: "customer" },
      }),
      thread(2, "reply", "<p>Found it &mdash; ships today.</p>"),
      thread(3, "note", "<p>Warehouse mix-up</p>"),
      thread(4, "phone", null),
      thread(5, "lineitem", null, { action: { type: "changed-ticket-assignee" } }),
    ],
  },
};
const asOf = new Date("2025-01-01T00:00:00Z");
// A stand-in scorer whose answers are known.
const { enrich, seen } = recordingEnrichment((text) => (text.includes("missing") ? -0.3 : 0.2));
const byId = (interactions: readonly Interaction[]) =>
  interactionsByPlatformId(interactions, "helpscout");

describe("importHelpScout with enrich", () => {
  const enriched = byId(importHelpScout(payload, { asOf, enrich }).interactions);

  it("fills text, sentiment and language from the plain text of each HTML body", () => {
    expect(enriched.get("1")).toMatchObject({
      text: "My order is missing\nOrder #42",
      sentiment: -0.3,
      language: "en",
    });
    expect(enriched.get("2")).toMatchObject({ text: "Found it — ships today.", sentiment: 0.2 });
  });

  it("enriches notes, private, as Zendesk enriches private comments", () => {
    expect(enriched.get("3")).toMatchObject({
      visibility: "private",
      text: "Warehouse mix-up",
    });
  });

  it("adds nothing without a body, and reads no line item", () => {
    const bare = enriched.get("4");
    expect(bare).toBeDefined();
    expect(bare).not.toHaveProperty("text");
    expect(bare).not.toHaveProperty("sentiment");
    expect(bare).not.toHaveProperty("language");
    expect(enriched.has("5")).toBe(false);
    expect(seen).toEqual([
      "My order is missing\nOrder #42",
      "Found it — ships today.",
      "Warehouse mix-up",
    ]);
  });

  it("without enrich, keeps nothing of the text", () => {
    const plain = importHelpScout(payload, { asOf }).interactions;
    expect(plain).toHaveLength(4);
    for (const i of plain) expect(Object.keys(i)).not.toContain("sentiment");
    const { text, sentiment, language, ...rest } = enriched.get("2") ?? {};
    expect(plain.find((i) => i.id === "helpscout:2")).toEqual(rest);
  });
});
