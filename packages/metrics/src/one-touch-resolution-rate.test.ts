import { describe, expect, it } from "vitest";
import { caseOf, interactionOf, serviceCases } from "./__fixtures__/cases.fixture";
import { oneTouchResolutionRate } from "./one-touch-resolution-rate";

describe("oneTouchResolutionRate", () => {
  it("without interactions: solved, never reopened, never pending", () => {
    // Solved now: c1, c2, c5; c5 went pending → 2 of 3.
    const rate = oneTouchResolutionRate(serviceCases);
    expect(rate).toMatchObject({ successes: 2, n: 3 });
    expect(rate.value).toBeCloseTo(200 / 3, 12);
  });

  it("with interactions: exactly one public agent reply", () => {
    const interactions = [
      interactionOf({ id: "i1", caseId: "c1" }),
      interactionOf({ id: "i2", caseId: "c1" }),
      interactionOf({ id: "i3", caseId: "c5" }),
      interactionOf({ id: "i4", caseId: "c5", visibility: "private" }),
      interactionOf({ id: "i5", caseId: "c5", direction: "inbound", author: { kind: "customer" } }),
      interactionOf({ id: "i6", caseId: "c5", author: { kind: "bot" } }),
      interactionOf({ id: "i7" }),
    ];
    // c1: two replies; c2: none; c5: one (the note, the customer and the bot do not count).
    const rate = oneTouchResolutionRate(serviceCases, { interactions });
    expect(rate).toMatchObject({ successes: 1, n: 3 });
  });

  it("a reopened case is never one-touch", () => {
    const reopened = caseOf({ id: "c7", status: "solved", reopenCount: 2 });
    expect(oneTouchResolutionRate([reopened])).toMatchObject({ successes: 0, n: 1, value: 0 });
  });
});
