import { describe, expect, it } from "vitest";
import { caseSegments } from "./case-segments";
import { makeCase } from "./sla-cases.fixture";
import { defineSlaPolicy } from "./sla-policy";

const at = (iso: string) => Date.parse(iso);

describe("caseSegments", () => {
  const urgentOnly = defineSlaPolicy({
    name: "Urgent",
    match: { priorities: ["urgent"] },
    targets: {},
  });
  const rest = defineSlaPolicy({ name: "Rest", targets: {} });

  it("cuts the case's life at each status change, carrying the priority and matching policies", () => {
    const value = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      priority: "urgent",
      statusHistory: [
        { status: "open", at: "2026-01-05T09:00:00Z", priority: "normal" },
        { status: "pending", at: "2026-01-05T10:00:00Z" },
        { status: "open", at: "2026-01-05T11:00:00Z", priority: "urgent" },
        { status: "solved", at: "2026-01-05T12:00:00Z" },
      ],
    });
    const segments = caseSegments(value, [urgentOnly, rest], at("2026-01-05T11:30:00Z"));
    // The change at creation replaces the initial "new"; the solve after asOf is ignored.
    expect(
      segments.map((s) => [
        new Date(s.from).toISOString(),
        s.to,
        s.status,
        s.priority,
        s.policy?.name,
      ]),
    ).toEqual([
      ["2026-01-05T09:00:00.000Z", at("2026-01-05T10:00:00Z"), "open", "normal", "Rest"],
      ["2026-01-05T10:00:00.000Z", at("2026-01-05T11:00:00Z"), "pending", "normal", "Rest"],
      ["2026-01-05T11:00:00.000Z", Number.POSITIVE_INFINITY, "open", "urgent", "Urgent"],
    ]);
  });

  it("starts a case with history as new, and clamps a change recorded before creation", () => {
    const value = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      statusHistory: [{ status: "open", at: "2026-01-05T09:30:00Z" }],
    });
    const segments = caseSegments(value, [], at("2026-01-06T00:00:00Z"));
    expect(segments.map((s) => [s.status, s.policy])).toEqual([
      ["new", null],
      ["open", null],
    ]);
    expect(caseSegments(value, [], at("2026-01-01T00:00:00Z"))).toEqual([]);
    // A change stamped before creation counts from creation.
    const early = makeCase({
      createdAt: "2026-01-05T09:00:00Z",
      statusHistory: [{ status: "open", at: "2026-01-05T08:00:00Z" }],
    });
    expect(
      caseSegments(early, [], at("2026-01-06T00:00:00Z")).map((s) => [s.from, s.status]),
    ).toEqual([[at("2026-01-05T09:00:00Z"), "open"]]);
  });
});
