// The calendar-day counts are worked by hand and checked with Python, e.g.
// (date(2024,6,10) - date(2024,5,2)).days == 39; date(2024,4,20) + timedelta(90) == date(2024,7,19).
import { type DataSubjectRequestJson, decodeDataSubjectRequest } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { pendingRequests } from "./pending-requests";

const dsr = (id: string, fields: Omit<DataSubjectRequestJson, "id" | "customerId">) =>
  decodeDataSubjectRequest({ id, customerId: `cus_${id}`, ...fields } as DataSubjectRequestJson);

const requests = [
  // Due 2 June (one month): overdue on 10 June.
  dsr("A", { right: "erasure", receivedAt: "2024-05-02T09:00:00Z", jurisdiction: "UK" }),
  // Due 30 June (31 May + one month, clamped).
  dsr("B", { right: "access", receivedAt: "2024-05-31T10:00:00Z", jurisdiction: "EU" }),
  // Refused after 17 days, in time.
  dsr("C", {
    right: "access",
    receivedAt: "2024-04-03T09:00:00Z",
    completedAt: "2024-04-20T12:00:00Z",
    outcome: "refused",
    refusalReason: "manifestly unfounded",
    jurisdiction: "UK",
  }),
  // Due 20 April, answered on 2 May after 43 days: late.
  dsr("D", {
    right: "portability",
    receivedAt: "2024-03-20T10:00:00Z",
    completedAt: "2024-05-02T10:00:00Z",
    outcome: "fulfilled",
    jurisdiction: "EU",
  }),
  // Received after the moment: it does not exist yet.
  dsr("E", { right: "access", receivedAt: "2024-06-11T00:00:00Z", jurisdiction: "EU" }),
  // Completed after the moment: still open then; no jurisdiction, so no deadline.
  dsr("F", {
    right: "objection",
    receivedAt: "2024-06-01T08:00:00Z",
    completedAt: "2024-06-12T08:00:00Z",
    outcome: "fulfilled",
  }),
  // Completed before the period.
  dsr("G", {
    right: "erasure",
    receivedAt: "2024-02-01T09:00:00Z",
    completedAt: "2024-02-20T09:00:00Z",
    outcome: "fulfilled",
    jurisdiction: "UK",
  }),
  // 45 days would end on 4 June; extended in time by 45 more: 19 July.
  dsr("H", {
    right: "access",
    receivedAt: "2024-04-20T17:00:00Z",
    extendedAt: "2024-05-15T17:00:00Z",
    extensionReason: "records in three systems",
    jurisdiction: "US-CA",
  }),
];

const options = {
  asOf: new Date("2024-06-10T12:00:00Z"),
  since: new Date("2024-04-01T00:00:00Z"),
  timeZone: "Europe/London",
};

describe("pendingRequests", () => {
  it("lists the open requests oldest first, with their deadline, age and days left", () => {
    const { pending } = pendingRequests(requests, options);
    expect(
      pending.map((p) => [p.request.id, p.deadline.dueDate, p.daysOpen, p.daysLeft, p.overdue]),
    ).toEqual([
      ["H", "2024-07-19", 51, 39, false],
      ["A", "2024-06-02", 39, -8, true],
      ["B", "2024-06-30", 10, 20, false],
      ["F", null, 9, null, false],
    ]);
  });

  it("sums up open, overdue, completed in the period, late and the median days to complete", () => {
    const { summary } = pendingRequests(requests, options);
    expect({ ...summary, byRight: undefined }).toEqual({
      open: 4,
      overdue: 1,
      completed: 2,
      completedLate: 1,
      oldestOpenDays: 51,
      // The median of 17 and 43 days.
      medianDaysToComplete: { value: 30, n: 2 },
      byRight: undefined,
    });
    expect(summary.byRight).toEqual({
      access: { open: 2, overdue: 0, completed: 1 },
      rectification: { open: 0, overdue: 0, completed: 0 },
      erasure: { open: 1, overdue: 1, completed: 0 },
      restriction: { open: 0, overdue: 0, completed: 0 },
      portability: { open: 0, overdue: 0, completed: 1 },
      objection: { open: 1, overdue: 0, completed: 0 },
      opt_out_of_sale: { open: 0, overdue: 0, completed: 0 },
    });
  });

  it("counts every completion before the moment without a period start, and is empty on nothing", () => {
    const { since: _, ...always } = options;
    expect(pendingRequests(requests, always).summary.completed).toBe(3);
    expect(pendingRequests([], options).summary).toMatchObject({
      open: 0,
      oldestOpenDays: null,
      medianDaysToComplete: { value: null, n: 0 },
    });
  });

  it("is overdue from the first instant after the due date", () => {
    const a = requests[0]!;
    // A is due 2 June: the period ends at midnight in London (23:00 UTC, summer time).
    const at = (iso: string) => pendingRequests([a], { ...options, asOf: new Date(iso) });
    expect(at("2024-06-02T22:59:59.999Z").pending[0]?.overdue).toBe(false);
    expect(at("2024-06-02T22:59:59.999Z").pending[0]?.daysLeft).toBe(0);
    expect(at("2024-06-02T23:00:00Z").pending[0]?.overdue).toBe(true);
  });

  it("names a bad argument", () => {
    expect(() => pendingRequests(null as never, options)).toThrow(
      "pendingRequests: requests: expected an array of data-subject requests, received null",
    );
    expect(() => pendingRequests(requests, { ...options, asOf: "2024-06-10" as never })).toThrow(
      TypeError,
    );
  });
});
