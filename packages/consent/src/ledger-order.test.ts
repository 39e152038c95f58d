import { describe, expect, it } from "vitest";
import { ev } from "./__fixtures__/ledger.fixture";
import { compareConsentEvents } from "./ledger-order";

describe("compareConsentEvents", () => {
  it("orders by time, then restrictiveness at the same instant, then id", () => {
    const t = "2024-06-01T10:00:00Z";
    const events = [
      ev("b", "p", "restrict", t),
      ev("a", "p", "grant", "2024-06-01T10:00:00.001Z"),
      ev("c", "p", "object", t),
      ev("z", "p", "grant", t),
      ev("y", "p", "withdraw", t),
      ev("x", "p", "withdraw", t),
    ];
    expect([...events].sort(compareConsentEvents).map((e) => `${e.action}:${e.id}`)).toEqual([
      "grant:z",
      "withdraw:x",
      "withdraw:y",
      "object:c",
      "restrict:b",
      "grant:a",
    ]);
    expect(compareConsentEvents(events[0]!, events[0]!)).toBe(0);
  });
});
