import { describe, expect, it } from "vitest";
import { contactReasonTrend } from "./contact-reason-trend";
import { reasonOutcomes } from "./reason-outcomes";

describe("contactReasonTrend", () => {
  it("shares reasons per month in the time zone", () => {
    const trend = contactReasonTrend(
      [
        // 23:30 UTC on 31 March is 1 April in Berlin (UTC+2 after the change of clocks).
        { at: new Date("2024-03-31T23:30:00Z"), reason: "refund" },
        { at: new Date("2024-03-05T09:00:00Z"), reason: "refund" },
        { at: new Date("2024-03-06T09:00:00Z"), reason: "login" },
        { at: new Date("2024-04-10T09:00:00Z"), reason: "login" },
        { at: new Date("2024-04-11T09:00:00Z"), reason: "login" },
      ],
      { period: "month", timeZone: "Europe/Berlin" },
    );
    expect(trend.reasons).toEqual(["login", "refund"]);
    expect(trend.periods.map((p) => [p.label, p.n])).toEqual([
      ["2024-03", 2],
      ["2024-04", 3],
    ]);
    expect(trend.periods[1]!.shares.refund!.successes).toBe(1);
    expect(trend.periods[1]!.shares.login!.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(trend.periods[0]!.shares.refund!.interval?.method).toBe("wilson");
  });

  it("names an invalid instant", () => {
    expect(() =>
      contactReasonTrend([{ at: new Date("x"), reason: "a" }], { period: "day", timeZone: "UTC" }),
    ).toThrow(RangeError);
  });
});

describe("reasonOutcomes", () => {
  it("compares each reason's repeat-contact rate with the rest (Newcombe)", () => {
    const cases = [
      ...[true, true, true, false, false].map((repeat) => ({
        reason: "card",
        repeatContact: repeat,
      })),
      ...[true, false, false, false, false].map((repeat) => ({
        reason: "login",
        repeatContact: repeat,
        lowSatisfaction: null,
      })),
    ];
    const rows = reasonOutcomes(cases);
    expect(rows.map((r) => r.reason)).toEqual(["card", "login"]);
    const card = rows[0]!.repeatContact;
    expect(card.rate.value).toBe(60);
    // Wilson 3/5 and 1/5, then Newcombe (1998) method 10, by hand in Python:
    //   d = 40, lower = d − √((p1 − l1)² + (u2 − p2)²), upper = d + √((u1 − p1)² + (p2 − l2)²)
    expect(card.difference!.value).toBeCloseTo(40, 10);
    expect(card.difference!.lower).toBeCloseTo(-16.261479448, 6);
    expect(card.difference!.upper).toBeCloseTo(72.643616487, 6);
    // Nothing is known about satisfaction: no rate, no difference.
    expect(rows[0]!.lowSatisfaction.rate.n).toBe(0);
    expect(rows[0]!.lowSatisfaction.difference).toBeNull();
  });
});
