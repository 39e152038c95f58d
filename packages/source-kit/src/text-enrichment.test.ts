import { describe, expect, it } from "vitest";
import { enrichText } from "./text-enrichment";

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
