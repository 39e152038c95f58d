import { decodeDataSubjectRequest } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { consentHtml } from "./consent-html";
import { requestsSection } from "./requests-section";

// Two UK requests at 20 March 2024 (London): r1 from 1 February is due 1 March, so overdue,
// 48 days open (29 days of February + 19 of March); r2, answered on 11 March after 9 days.
const requests = [
  decodeDataSubjectRequest({
    id: "r1",
    customerId: "c1",
    right: "erasure",
    receivedAt: "2024-02-01T10:00:00Z",
    jurisdiction: "UK",
  }),
  decodeDataSubjectRequest({
    id: "r2",
    customerId: "c2",
    right: "access",
    receivedAt: "2024-03-02T10:00:00Z",
    completedAt: "2024-03-11T10:00:00Z",
    outcome: "fulfilled",
    jurisdiction: "UK",
  }),
];
const options = {
  asOf: new Date("2024-03-20T12:00:00Z"),
  timeZone: "Europe/London",
  period: "month" as const,
};

describe("the requests of the consent and privacy section", () => {
  it("counts open, overdue and completed requests by right, naming no customer", () => {
    const section = requestsSection(requests, options);
    expect(section).toEqual({
      received: 2,
      open: 1,
      overdue: 1,
      withoutDeadline: 0,
      oldestOpenDays: 48,
      period: "2024-03",
      completed: 1,
      completedLate: 0,
      medianDaysToComplete: 9,
      byRight: [
        { right: "access", open: 0, overdue: 0, completed: 1 },
        { right: "erasure", open: 1, overdue: 1, completed: 0 },
      ],
    });
    expect(requestsSection(requests, { ...options, asOf: new Date("2024-01-01T00:00:00Z") })).toBe(
      null,
    );
  });

  it("shows the section with requests and no consent records", () => {
    const html = consentHtml(null, {
      period: "month",
      locale: "en-GB",
      requests: requestsSection(requests, options),
    }).html;
    expect(html).toContain("<h3>Data-subject requests</h3>");
    expect(html).toContain(
      "1 open, 1 past the legal deadline; the oldest was received 48 days ago.",
    );
    expect(html).not.toContain("c1");
    expect(consentHtml(null, { period: "month", locale: "en-GB", requests: null }).html).toBe(null);
  });
});
