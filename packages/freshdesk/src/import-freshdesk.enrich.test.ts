import type { Interaction } from "@rapport/core";
import { interactionsByPlatformId, recordingEnrichment } from "@rapport/source-kit/testing";
import { describe, expect, it } from "vitest";
import { importFreshdesk } from "./import-freshdesk";

// Hand-written from the Freshdesk API (v2) ticket and conversation fields: a ticket with a
// description, its reply, a private note and a reply without `body_text`, and a ticket
// without a description.
const tickets = [
  {
    id: 40,
    requester_id: 432,
    status: 2,
    priority: 1,
    source: 1,
    description: "<div>My parcel never came</div>",
    description_text: "My parcel never came",
    created_at: "2024-03-01T09:00:00Z",
  },
  {
    id: 41,
    requester_id: 432,
    status: 2,
    priority: 1,
    source: 1,
    created_at: "2024-03-01T09:00:00Z",
  },
];
const conversations = [
  {
    id: 7001,
    ticket_id: 40,
    body_text: "Sorry, resent today",
    incoming: false,
    user_id: 1,
    created_at: "2024-03-01T10:00:00Z",
  },
  {
    id: 7002,
    ticket_id: 40,
    body_text: "Courier lost it",
    private: true,
    user_id: 1,
    created_at: "2024-03-01T10:05:00Z",
  },
  { id: 7003, ticket_id: 40, incoming: true, user_id: 432, created_at: "2024-03-01T11:00:00Z" },
];
const payload = [tickets, conversations];
const asOf = new Date("2024-06-01T00:00:00Z");
// A stand-in scorer whose answers are known.
const { enrich, seen } = recordingEnrichment((text) => (text.includes("never") ? -0.5 : 0.1));
const byId = (interactions: readonly Interaction[]) =>
  interactionsByPlatformId(interactions, "freshdesk");

describe("importFreshdesk with enrich", () => {
  const result = importFreshdesk(payload, { asOf, enrich });
  const enriched = byId(result.interactions);

  it("imports the ticket's description_text as its first message, enriched", () => {
    expect(enriched.get("40:description")).toEqual({
      id: "freshdesk:40:description",
      customerId: "freshdesk:432",
      caseId: "freshdesk:40",
      channel: "email",
      direction: "inbound",
      author: { kind: "customer", id: "freshdesk:432" },
      visibility: "public",
      occurredAt: new Date("2024-03-01T09:00:00Z"),
      sentiment: -0.5,
      language: "en",
      text: "My parcel never came",
      tags: [],
      source: { system: "freshdesk", id: "40" },
    });
    expect(enriched.has("41:description")).toBe(false);
  });

  it("enriches each conversation's body_text, private notes as Zendesk's private comments", () => {
    expect(enriched.get("7001")).toMatchObject({ text: "Sorry, resent today", sentiment: 0.1 });
    expect(enriched.get("7002")).toMatchObject({
      visibility: "private",
      text: "Courier lost it",
      language: "en",
    });
    const bare = enriched.get("7003");
    expect(bare).toBeDefined();
    expect(bare).not.toHaveProperty("text");
    expect(bare).not.toHaveProperty("sentiment");
    expect(bare).not.toHaveProperty("language");
    expect(seen).toEqual(["My parcel never came", "Sorry, resent today", "Courier lost it"]);
  });

  it("reports the description as a record of its own", () => {
    expect(result.report.records.filter((r) => r.entity === "ticket_description")).toEqual([
      { entity: "ticket_description", sourceId: "40", status: "accepted" },
    ]);
  });

  it("without enrich, imports no description and keeps nothing of the text", () => {
    const plain = importFreshdesk(payload, { asOf });
    expect(plain.interactions.map((i) => i.id)).toEqual([
      "freshdesk:7001",
      "freshdesk:7002",
      "freshdesk:7003",
    ]);
    for (const i of plain.interactions) expect(Object.keys(i)).not.toContain("sentiment");
    const { text, sentiment, language, ...rest } = enriched.get("7001") ?? {};
    expect(plain.interactions[0]).toEqual(rest);
  });
});
