import { describe, expect, it } from "vitest";
import { ZENDESK_STATUSES, zendeskStatus } from "./zendesk-lookups";

describe("zendeskStatus", () => {
  // The six statuses of the Zendesk Tickets API; `hold` is the only one renamed.
  it.each([
    ["new", "new"],
    ["open", "open"],
    ["pending", "pending"],
    ["hold", "on_hold"],
    ["solved", "solved"],
    ["closed", "closed"],
  ])("maps %s to %s", (zendesk, ours) => {
    expect(zendeskStatus(zendesk)).toBe(ours);
  });

  it("covers exactly the documented statuses", () => {
    expect(Object.keys(ZENDESK_STATUSES).sort()).toEqual([
      "closed",
      "hold",
      "new",
      "open",
      "pending",
      "solved",
    ]);
  });

  it.each([["deleted"], ["on_hold"], ["HOLD"], ["toString"], ["__proto__"], [3], [null]])(
    "gives undefined for %s",
    (value) => {
      expect(zendeskStatus(value)).toBeUndefined();
    },
  );
});
