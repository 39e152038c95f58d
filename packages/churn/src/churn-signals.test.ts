import { customerId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { AS_OF, HISTORY } from "./__fixtures__/care-history.fixture";
import { CHURN_SIGNALS, churnSignals } from "./churn-signals";

describe("churnSignals", () => {
  it("derives every signal from the fixture history, as worked by hand", () => {
    const signals = churnSignals(customerId("cus_1"), HISTORY, { asOf: AS_OF });
    expect(signals.customerId).toBe("cus_1");
    expect(Object.keys(signals.values)).toEqual([...CHURN_SIGNALS]);
    expect(signals.values).toEqual({
      // Last purchase Apr 1 (the Jun 20 refund and the Jul 20 purchase do not count): 90 days.
      daysSinceLastPurchase: 90,
      // Last inbound contact Jun 28 00:00 (the outbound reply is not a contact): 2 days.
      daysSinceLastContact: 2,
      // 3 contacts in the last 30 days, 2 in the 90 before: ln((3 + 1)/(2/3 + 1)) = ln 2.4.
      contactTrend: expect.closeTo(Math.log(2.4), 12),
      // case_a open, case_c pending.
      unresolvedCases: 2,
      // case_a re-opened Jun 5 and Jun 15 (history); case_b reopenCount 1, updated Jun 25.
      reopenedCases: 3,
      // CSAT 5/5 → 1, then "bad" → 0: latest 0, trend 0 − 1.
      latestCsat: 0,
      csatTrend: -1,
      // NPS 9, 7, 4: latest 4, trend 4 − 8.
      latestNps: 4,
      npsTrend: -4,
      // CES 2 of 7 → (2 − 1)/6; a single answer has no trend.
      latestCes: 1 / 6,
      cesTrend: null,
      // Sentiment −0.5 (Apr 20) and −0.8 (Jun 10); bad CSAT; NPS detractor 4; hard CES 2/7.
      negativeInteractions: 5,
      // Sentiment 0.6 (Jun 28).
      positiveInteractions: 1,
      transfers: 1,
      // Second inbound on case_a and on case_b.
      repeatContacts: 2,
      // The 2023 gesture is out of the 90-day window.
      careGestures: 1,
    });
  });

  it("gives nulls and zeros for a customer without data", () => {
    const { values } = churnSignals(customerId("nobody"), HISTORY, { asOf: AS_OF });
    expect(values.daysSinceLastPurchase).toBeNull();
    expect(values.latestNps).toBeNull();
    expect(values.contactTrend).toBe(0);
    expect(values.negativeInteractions).toBe(0);
    expect(churnSignals(customerId("nobody"), {}, { asOf: AS_OF }).values.unresolvedCases).toBe(0);
  });

  it("ignores everything after asOf (no look-ahead)", () => {
    const early = churnSignals(customerId("cus_1"), HISTORY, {
      asOf: new Date("2024-02-01T00:00:00Z"),
    });
    // Jan 10 10:00 → Feb 1 00:00 = 21 days 14 hours.
    expect(early.values.daysSinceLastPurchase).toBeCloseTo(21 + 14 / 24, 12);
    expect(early.values.latestNps).toBe(9);
    expect(early.values.unresolvedCases).toBe(0);
  });

  it("rejects an invalid asOf", () => {
    expect(() => churnSignals(customerId("c"), {}, { asOf: new Date("x") })).toThrow(
      /churnSignals: options.asOf: expected a valid Date/,
    );
  });
});
