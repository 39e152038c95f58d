import { describe, expect, it } from "vitest";
import {
  account,
  audits,
  comments,
  metrics,
  ratings,
  tickets,
  users,
} from "./__fixtures__/zendesk.fixture";
import { importZendesk } from "./import-zendesk";

const asOf = new Date("2024-06-01T00:00:00Z");

describe("importZendesk: satisfaction reasons and text enrichment", () => {
  it("keeps the reason of a bad rating, and leaves out Zendesk's 'No reason provided'", () => {
    const withReasons = {
      satisfaction_ratings: ratings.satisfaction_ratings.map((r) =>
        r.id === 502
          ? { ...r, reason: "The issue took too long to resolve", reason_code: 5 }
          : { ...r, reason: "No reason provided", reason_code: 0 },
      ),
    };
    const result = importZendesk([users, tickets, audits, comments, metrics, withReasons], {
      asOf,
    });
    const byId = Object.fromEntries(result.surveyResponses.map((r) => [r.id, r]));
    expect(byId["zendesk:502"]?.reason).toEqual({
      code: "5",
      label: "The issue took too long to resolve",
    });
    expect(byId["zendesk:501"] && "reason" in byId["zendesk:501"]).toBe(false);
  });

  it("adds text, sentiment and language to comments only when asked", () => {
    const plain = importZendesk(account, { asOf });
    const note = plain.interactions.find((i) => i.id === "zendesk:7001")!;
    expect("text" in note || "sentiment" in note || "language" in note).toBe(false);
    const enriched = importZendesk(account, {
      asOf,
      enrich: {
        keepText: true,
        sentiment: (text) => (text.startsWith("Checking") ? 0.1 : 0),
        language: () => "en",
      },
    });
    expect(enriched.interactions.find((i) => i.id === "zendesk:7001")).toMatchObject({
      text: "Checking with the team",
      sentiment: 0.1,
      language: "en",
    });
  });
});
