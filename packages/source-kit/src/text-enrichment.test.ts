import { parseInteraction } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { enrichText, withEnrichment } from "./text-enrichment";

describe("enrichText", () => {
  it("adds only what is asked for, and nothing without text", () => {
    const enrich = { keepText: true, sentiment: () => -0.25, language: () => "fr" };
    expect(enrichText("Bonjour", enrich)).toEqual({
      text: "Bonjour",
      sentiment: -0.25,
      language: "fr",
    });
    expect(enrichText("Bonjour", { language: () => null })).toEqual({});
    expect(enrichText("  ", enrich)).toEqual({});
    expect(enrichText(undefined, enrich)).toEqual({});
    expect(enrichText("Bonjour", undefined)).toEqual({});
  });

  it("names a sentiment function that answers off the scale", () => {
    expect(() => enrichText("x", { sentiment: () => 3 })).toThrow(
      new RangeError("enrich.sentiment: expected a number from -1 to 1, received 3"),
    );
  });
});

describe("withEnrichment", () => {
  const message = parseInteraction({
    id: "m1",
    customerId: "c1",
    channel: "email",
    direction: "inbound",
    author: { kind: "customer" },
    visibility: "public",
    occurredAt: "2024-01-01T00:00:00Z",
    source: { system: "test", id: "m1" },
  });

  it("puts what the text adds before tags and source, in the schema's order", () => {
    const enriched = withEnrichment(message, "Merci", {
      keepText: true,
      sentiment: () => 0.4,
      language: () => "fr",
    });
    expect(Object.keys(enriched).slice(-5)).toEqual([
      "sentiment",
      "language",
      "text",
      "tags",
      "source",
    ]);
    expect(enriched).toEqual({ ...message, sentiment: 0.4, language: "fr", text: "Merci" });
  });

  it("returns the interaction itself when nothing is added", () => {
    expect(withEnrichment(message, "  ", { sentiment: () => 0.4 })).toBe(message);
    expect(withEnrichment(message, "Merci", { language: () => null })).toBe(message);
  });
});
