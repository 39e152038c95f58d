import { describe, expect, it } from "vitest";
import { caseOf, serviceCases } from "./__fixtures__/cases.fixture";
import { reopenRate } from "./reopen-rate";

describe("reopenRate", () => {
  it("is reopened ÷ solved at least once", () => {
    // Solved at least once: c1, c2, c3 (reopened), c5 → 1 of 4 reopened = 25 %
    expect(reopenRate(serviceCases)).toMatchObject({ value: 25, successes: 1, n: 4 });
    expect(reopenRate([]).value).toBeNull();
  });

  it("recognises a solve from the status history alone", () => {
    const fromHistory = caseOf({
      id: "c6",
      status: "open",
      statusHistory: [{ status: "solved", at: "2024-03-01T10:00:00Z" }],
    });
    expect(reopenRate([fromHistory]).n).toBe(1);
  });
});
