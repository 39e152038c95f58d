import { type CaseJson, decodeCase } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { defineSchedule } from "./schedule";
import { scheduleOfPolicy } from "./schedule-of-policy";
import { defineSlaPolicy } from "./sla-policy";

const day = [{ from: "09:00", to: "17:00" }];
const standard = defineSchedule({ timeZone: "Europe/Paris", weekly: { monday: day } });
const vipHours = defineSchedule({ timeZone: "Europe/Paris", weekly: { saturday: day } });
const vip = defineSlaPolicy({
  name: "VIP",
  match: { tagsAny: ["vip"] },
  schedule: vipHours,
  targets: { normal: { firstReply: { minutes: 60, time: "business" } } },
});
const calendarOnly = defineSlaPolicy({
  name: "Chat",
  match: { channels: ["chat"] },
  targets: { normal: { firstReply: { minutes: 5, time: "calendar" } } },
});
const kase = (fields: Partial<CaseJson>) =>
  decodeCase({
    id: "c1",
    customerId: "u1",
    channel: "email",
    status: "open",
    createdAt: "2026-01-01T00:00:00Z",
    ...fields,
  } as CaseJson);

describe("scheduleOfPolicy", () => {
  const of = scheduleOfPolicy([calendarOnly, vip], standard);

  it("takes the schedule of the first policy that applies", () => {
    expect(of(kase({ tags: ["vip"] }))).toBe(vipHours);
  });

  it("falls back when no policy applies or the one that does has no schedule", () => {
    expect(of(kase({}))).toBe(standard);
    expect(of(kase({ channel: "chat", tags: ["vip"] }))).toBe(standard);
  });

  it("says what is wrong with its arguments", () => {
    expect(() => scheduleOfPolicy(vip as never, standard)).toThrow(TypeError);
    expect(() => scheduleOfPolicy([vip], {} as never)).toThrow(
      new TypeError(
        "scheduleOfPolicy: fallback: expected a schedule made by defineSchedule, received an object",
      ),
    );
  });
});
