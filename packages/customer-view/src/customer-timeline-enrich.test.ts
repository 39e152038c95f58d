import { customerId, parseInteraction } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { customerTimeline } from "./customer-timeline";

const message = (id: string, text?: string, sentiment?: number) =>
  parseInteraction({
    id,
    customerId: "cus_1",
    channel: "chat",
    direction: "inbound",
    author: { kind: "customer" },
    occurredAt: "2024-03-01T09:00:00Z",
    ...(text === undefined ? {} : { text }),
    ...(sentiment === undefined ? {} : { sentiment }),
  });

describe("customerTimeline with enrich", () => {
  it("fills sentiment and language from the text where missing, on copies", () => {
    const interactions = [
      message("i1", "Thanks a lot"),
      message("i2", "Awful", -0.9),
      message("i3"),
    ];
    const items = customerTimeline(
      customerId("cus_1"),
      { interactions },
      {
        enrich: {
          sentiment: (text) => (text.startsWith("Thanks") ? 0.6 : -0.1),
          language: () => "en",
        },
      },
    );
    const records = items.map((item) => item.record as (typeof interactions)[number]);
    expect(records[0]).toMatchObject({ id: "i1", sentiment: 0.6, language: "en" });
    // The given sentiment stays; only the language is added.
    expect(records[1]).toMatchObject({ id: "i2", sentiment: -0.9, language: "en" });
    // No text: the record itself, unchanged.
    expect(records[2]).toBe(interactions[2]);
    expect(interactions[0]).not.toHaveProperty("sentiment");
  });

  it("leaves the timeline as it was without enrich, and names a bad sentiment function", () => {
    const interactions = [message("i1", "Thanks")];
    expect(customerTimeline(customerId("cus_1"), { interactions })[0]!.record).toBe(
      interactions[0],
    );
    expect(() =>
      customerTimeline(customerId("cus_1"), { interactions }, { enrich: { sentiment: () => 2 } }),
    ).toThrow(RangeError);
  });
});
