import { describe, expect, it } from "vitest";
import { ZENDESK_PRIORITIES, zendeskPriority } from "./zendesk-lookups";

describe("zendeskPriority", () => {
  it.each([
    ["low", "low"],
    ["normal", "normal"],
    ["high", "high"],
    ["urgent", "urgent"],
  ])("maps %s to %s", (zendesk, ours) => {
    expect(zendeskPriority(zendesk)).toBe(ours);
  });

  it("reads a missing priority (null, as Zendesk sends it) as normal", () => {
    expect(zendeskPriority(null)).toBe("normal");
    expect(zendeskPriority(undefined)).toBe("normal");
  });

  it("covers exactly the documented priorities", () => {
    expect(Object.keys(ZENDESK_PRIORITIES).sort()).toEqual(["high", "low", "normal", "urgent"]);
  });

  it.each([["asap"], ["constructor"], [1]])("gives undefined for %s", (value) => {
    expect(zendeskPriority(value)).toBeUndefined();
  });
});
