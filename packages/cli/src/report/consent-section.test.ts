import { decodeConsentEvent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { consentSection } from "./consent-section";

let next = 0;
const consent = (customerId: string, purpose: string, action: string, capturedAt: string) =>
  decodeConsentEvent({
    id: `ce${next++}`,
    customerId,
    purpose,
    lawfulBasis: "consent",
    action: action as "grant",
    capturedAt,
    proof: { capturedBy: "preference-centre", method: "web_form" },
  });

// The report: five customers, 20 March 2024, by month in Berlin (March starts on
// 29 February 23:00 UTC).
const customers = ["u1", "u2", "u3", "u4", "u5"];
const options = {
  asOf: new Date("2024-03-20T12:00:00Z"),
  timeZone: "Europe/Berlin",
  period: "month",
} as const;
const consentEvents = [
  // marketing_email: u1 granted; u2 granted, withdrew in March; u3 withdrew in February and
  // granted again in March; u4 said no without ever saying yes; u5 has no record in effect.
  consent("u1", "marketing_email", "grant", "2024-01-10T10:00:00Z"),
  consent("u2", "marketing_email", "grant", "2024-01-10T10:00:00Z"),
  consent("u2", "marketing_email", "withdraw", "2024-03-05T10:00:00Z"),
  consent("u3", "marketing_email", "grant", "2024-02-01T10:00:00Z"),
  consent("u3", "marketing_email", "withdraw", "2024-02-15T10:00:00Z"),
  consent("u3", "marketing_email", "grant", "2024-03-10T10:00:00Z"),
  consent("u4", "marketing_email", "withdraw", "2024-03-02T10:00:00Z"),
  consent("u5", "marketing_email", "grant", "2024-03-25T10:00:00Z"), // after asOf
  // analytics: u1 granted, withdrew at 00:30 on 1 March in Berlin (still 29 February in UTC);
  // u2 restricted processing; u5 objected.
  consent("u1", "analytics", "grant", "2024-02-10T10:00:00Z"),
  consent("u1", "analytics", "withdraw", "2024-02-29T23:30:00Z"),
  consent("u2", "analytics", "restrict", "2024-03-01T10:00:00Z"),
  consent("u5", "analytics", "object", "2024-03-12T10:00:00Z"),
];

describe("consentSection", () => {
  const section = consentSection({ consentEvents, customers }, options)!;

  it("gives per purpose the share of customers allowed, with counts by hand", () => {
    expect([section.customers, section.withRecords, section.records]).toEqual([5, 5, 11]);
    expect([section.period, section.previousPeriod]).toEqual(["2024-03", "2024-02"]);
    expect(section.purposes.map((p) => p.purpose)).toEqual(["analytics", "marketing_email"]);
    const email = section.purposes[1]!;
    // u1 and u3 of five: scipy binomtest(2, 5).proportion_ci(method="wilson") ×100.
    expect(email.allowed).toMatchObject({ value: 40, successes: 2, n: 5, method: "wilson" });
    expect(email.allowed.lower).toBeCloseTo(11.762077423, 6);
    expect(email.allowed.upper).toBeCloseTo(76.927571872, 6);
    expect([email.granted, email.denied, email.undecided]).toEqual([2, 2, 1]);
    const analytics = section.purposes[0]!;
    // Nobody: binomtest(0, 5) → 0 to 43.4482.
    expect(analytics.allowed).toMatchObject({ value: 0, successes: 0, n: 5 });
    expect(analytics.allowed.upper).toBeCloseTo(43.448246478, 6);
    expect([analytics.granted, analytics.denied, analytics.undecided]).toEqual([0, 3, 2]);
  });

  it("counts withdrawals of a consent in effect, per period in the report's zone", () => {
    const [analytics, email] = section.purposes;
    // u2 in March; u4's "no" ended nothing; u3's in February.
    expect([email!.withdrawals, email!.previousWithdrawals]).toEqual([1, 1]);
    // u1's at 00:30 Berlin time on 1 March: March.
    expect([analytics!.withdrawals, analytics!.previousWithdrawals]).toEqual([1, 0]);
    expect([section.restricted, section.objected]).toEqual([1, 1]);
    const utc = consentSection({ consentEvents, customers }, { ...options, timeZone: "UTC" })!;
    expect([utc.purposes[0]!.withdrawals, utc.purposes[0]!.previousWithdrawals]).toEqual([0, 1]);
  });

  it("counts a customer known only from the consent records, and is null without records", () => {
    const more = [...consentEvents, consent("u9", "analytics", "grant", "2024-03-01T10:00:00Z")];
    const wider = consentSection({ consentEvents: more, customers }, options)!;
    expect(wider.customers).toBe(6);
    expect(wider.purposes[0]!.allowed).toMatchObject({ successes: 1, n: 6 });
    expect(consentSection({ consentEvents: [], customers }, options)).toBe(null);
    expect(consentSection({ consentEvents: consentEvents.slice(7, 8), customers }, options)).toBe(
      null,
    ); // only the record after asOf
  });

  it("names no customer", () => {
    expect(JSON.stringify(section)).not.toMatch(/u[0-9]/);
  });
});
