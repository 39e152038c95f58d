import { describe, expect, it } from "vitest";
import {
  FRESHDESK_PRIORITIES,
  FRESHDESK_SOURCES,
  FRESHDESK_STATUSES,
  freshdeskPriority,
  freshdeskSource,
  freshdeskStatus,
} from "./freshdesk-lookups";
import { FRESHDESK_RATINGS, freshdeskRatingToFivePoint } from "./freshdesk-rating";

const keys = (table: object) =>
  Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);

describe("freshdeskStatus", () => {
  const table: [number, string][] = [
    [2, "open"],
    [3, "pending"],
    [4, "solved"],
    [5, "closed"],
  ];
  it.each(table)("maps %i to %s", (code, status) => expect(freshdeskStatus(code)).toBe(status));
  it("covers exactly the built-in codes; custom ones need the overrides", () => {
    expect(keys(FRESHDESK_STATUSES)).toEqual([2, 3, 4, 5]);
    expect(freshdeskStatus(6)).toBeUndefined();
    expect(freshdeskStatus(6, { 6: "on_hold" })).toBe("on_hold");
    expect(freshdeskStatus(2, { 2: "new" })).toBe("new");
  });
  it.each([[1], [2.5], ["2"], [null]])("gives undefined for %s", (v) =>
    expect(freshdeskStatus(v)).toBeUndefined(),
  );
});

describe("freshdeskPriority", () => {
  const table: [number, string][] = [
    [1, "low"],
    [2, "normal"],
    [3, "high"],
    [4, "urgent"],
  ];
  it.each(table)("maps %i to %s", (code, p) => expect(freshdeskPriority(code)).toBe(p));
  it("covers the codes; a missing priority is normal", () => {
    expect(keys(FRESHDESK_PRIORITIES)).toEqual([1, 2, 3, 4]);
    expect(freshdeskPriority(undefined)).toBe("normal");
  });
  it.each([[0], [5], ["high"]])("gives undefined for %s", (v) =>
    expect(freshdeskPriority(v)).toBeUndefined(),
  );
});

describe("freshdeskSource", () => {
  const table: [number, string][] = [
    [1, "email"], // Email
    [2, "web"], // Portal
    [3, "phone"], // Phone
    [4, "self_service"], // Forum
    [5, "social"], // Twitter
    [6, "social"], // Facebook
    [7, "chat"], // Chat
    [8, "messaging"], // MobiHelp
    [9, "web"], // Feedback Widget
    [10, "email"], // Outbound Email
  ];
  it.each(table)("maps %i to %s", (code, channel) => expect(freshdeskSource(code)).toBe(channel));
  it("covers the codes; a missing source is email; overrides come first", () => {
    expect(keys(FRESHDESK_SOURCES)).toEqual(table.map(([c]) => c));
    expect(freshdeskSource(null)).toBe("email");
    expect(freshdeskSource(13, { 13: "messaging" })).toBe("messaging");
  });
  it.each([[11], [1.5], ["1"]])("gives undefined for %s", (v) =>
    expect(freshdeskSource(v)).toBeUndefined(),
  );
});

describe("freshdeskRatingToFivePoint", () => {
  // rank r (0..6, worst to best) -> 1 + round(4r / 6): 1, 1.67, 2.33, 3, 3.67, 4.33, 5 rounded
  const table: [number, number][] = [
    [-103, 1],
    [-102, 2],
    [-101, 2],
    [100, 3],
    [101, 4],
    [102, 4],
    [103, 5],
  ];
  it.each(table)("maps %i to %i", (code, score) =>
    expect(freshdeskRatingToFivePoint(code)).toBe(score),
  );
  it("covers the seven labelled codes, and a three-answer survey lands on 1, 3, 5", () => {
    expect(keys(FRESHDESK_RATINGS)).toEqual(table.map(([c]) => c));
    expect([-103, 100, 103].map(freshdeskRatingToFivePoint)).toEqual([1, 3, 5]);
  });
  it.each([[0], [104], [3], ["103"], [null]])("gives undefined for %s", (v) =>
    expect(freshdeskRatingToFivePoint(v)).toBeUndefined(),
  );
});
