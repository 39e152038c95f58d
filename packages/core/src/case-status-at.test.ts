import { describe, expect, it } from "vitest";
import { parseCase } from "./case";
import { caseStatusAt } from "./case-status-at";

const base = { id: "c", customerId: "u", channel: "email", createdAt: "2024-03-01T09:00:00Z" };
const at = (iso: string) => new Date(iso);

describe("caseStatusAt", () => {
  it("replays the status history up to the moment, the change at that instant included", () => {
    const kase = parseCase({
      ...base,
      status: "solved",
      statusHistory: [
        { status: "open", at: "2024-03-01T09:00:00Z" },
        { status: "pending", at: "2024-03-01T10:00:00Z" },
        { status: "solved", at: "2024-03-02T10:00:00Z" },
      ],
    });
    expect(caseStatusAt(kase, at("2024-03-01T08:59:59Z"))).toBeNull();
    expect(caseStatusAt(kase, at("2024-03-01T09:30:00Z"))).toBe("open");
    expect(caseStatusAt(kase, at("2024-03-01T10:00:00Z"))).toBe("pending");
    expect(caseStatusAt(kase, at("2024-03-05T00:00:00Z"))).toBe("solved");
  });

  it("is new between creation and a first recorded change", () => {
    const kase = parseCase({
      ...base,
      status: "open",
      statusHistory: [{ status: "open", at: "2024-03-01T11:00:00Z" }],
    });
    expect(caseStatusAt(kase, at("2024-03-01T10:00:00Z"))).toBe("new");
  });

  it("uses solved and closed times when there is no history", () => {
    const kase = parseCase({
      ...base,
      status: "closed",
      solvedAt: "2024-03-02T09:00:00Z",
      closedAt: "2024-03-06T09:00:00Z",
    });
    expect(caseStatusAt(kase, at("2024-03-01T12:00:00Z"))).toBe("open");
    expect(caseStatusAt(kase, at("2024-03-03T00:00:00Z"))).toBe("solved");
    expect(caseStatusAt(kase, at("2024-03-07T00:00:00Z"))).toBe("closed");
  });

  it("falls back to the current status", () => {
    expect(
      caseStatusAt(parseCase({ ...base, status: "pending" }), at("2024-03-09T00:00:00Z")),
    ).toBe("pending");
    expect(caseStatusAt(parseCase({ ...base, status: "solved" }), at("2024-03-09T00:00:00Z"))).toBe(
      "solved",
    );
  });
});
