import { describe, expect, it } from "vitest";
import { gesture } from "./__fixtures__/records";
import type { GestureLimit } from "./gesture-rule";
import { limitUsage, teamLookup } from "./limit-usage";

const limit = (fields: Partial<GestureLimit>): GestureLimit => ({
  path: "gestures.x.limits[0]",
  scope: "agent",
  period: "month",
  count: null,
  value: null,
  minutes: null,
  roles: null,
  ...fields,
});
const at = new Date("2025-03-15T12:00:00Z");

describe("limitUsage", () => {
  it("lists gestures whose value or minutes are missing", () => {
    const noValue = gesture({ grantedAt: "2025-03-03T09:00:00Z", value: undefined });
    const noMinutes = gesture({ grantedAt: "2025-03-03T09:00:00Z" });
    const usage = limitUsage(
      limit({ value: { amount: 1000, currency: "EUR" }, minutes: 60 }),
      "agt_1",
      [noValue, noMinutes],
      { asOf: at, timeZone: "UTC", teams: new Map() },
    );
    expect(usage.excluded).toEqual([
      { gestureId: noValue.id, reason: "no value recorded" },
      { gestureId: noValue.id, reason: "no minutes recorded" },
      { gestureId: noMinutes.id, reason: "no minutes recorded" },
    ]);
    expect(usage.value!.used.amount).toBe(500);
  });

  it("counts up to asOf, within the period containing it", () => {
    const gestures = [
      gesture({ grantedAt: "2025-03-03T09:00:00Z" }),
      gesture({ grantedAt: "2025-03-20T09:00:00Z" }),
      gesture({ grantedAt: "2025-04-01T00:00:00Z" }), // next month
    ];
    const l = limit({ count: 10 });
    const options = { asOf: at, timeZone: "UTC", teams: new Map() };
    expect(limitUsage(l, "agt_1", gestures, options).count!.used).toBe(1);
    const endOfMarch = { ...options, asOf: new Date("2025-03-31T23:59:59.999Z") };
    expect(limitUsage(l, "agt_1", gestures, endOfMarch).count!.used).toBe(2);
    const sunday = { ...options, asOf: new Date("2025-03-20T12:00:00Z"), weekStartsOn: 0 as const };
    const weekly = limit({ count: 10, period: "week" });
    // The week of Thursday 03-20 from Sunday 03-16: holds the gesture of 03-20 09:00.
    expect(limitUsage(weekly, "agt_1", gestures, sunday).start.toISOString()).toBe(
      "2025-03-16T00:00:00.000Z",
    );
    expect(limitUsage(weekly, "agt_1", gestures, sunday).count!.used).toBe(1);
  });

  it("teamLookup keeps agents that have a team", () => {
    expect([...teamLookup([{ id: "a", teamId: "t" }, { id: "b" }] as never)]).toEqual([["a", "t"]]);
    expect(teamLookup(undefined).size).toBe(0);
  });
});
