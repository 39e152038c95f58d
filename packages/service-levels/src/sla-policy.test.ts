import { RapportValidationError } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { londonOffice, makeCase } from "./sla-cases.fixture";
import { defineSlaPolicy, type SlaPolicyInput } from "./sla-policy";

const errorOf = (input: unknown): RapportValidationError => {
  try {
    defineSlaPolicy(input as SlaPolicyInput);
  } catch (error) {
    if (error instanceof RapportValidationError) return error;
    throw error;
  }
  throw new Error("expected a RapportValidationError");
};

describe("defineSlaPolicy", () => {
  it("matches on declarative conditions, all of which must hold", () => {
    const policy = defineSlaPolicy({
      name: "VIP email",
      match: {
        channels: ["email"],
        tagsAny: ["vip", "gold"],
        tagsAll: ["paid"],
        teamIds: ["team_1"],
        priorities: ["high", "urgent"],
      },
      targets: { high: { firstReply: { minutes: 30, time: "calendar" } } },
    });
    const base = {
      createdAt: "2026-01-05T09:00:00Z",
      tags: ["paid", "gold"],
      teamId: "team_1",
      priority: "high" as const,
    };
    expect(policy.matches(makeCase(base))).toBe(true);
    expect(policy.matches(makeCase({ ...base, channel: "chat" }))).toBe(false);
    expect(policy.matches(makeCase({ ...base, tags: ["paid"] }))).toBe(false);
    expect(policy.matches(makeCase({ ...base, tags: ["gold"] }))).toBe(false);
    expect(policy.matches(makeCase({ ...base, teamId: "team_2" }))).toBe(false);
    expect(
      policy.matches(makeCase({ createdAt: base.createdAt, tags: base.tags, priority: "high" })),
    ).toBe(false);
    expect(policy.matches(makeCase({ ...base, priority: "low" }))).toBe(false);
  });

  it("takes a predicate, and matches every case without one", () => {
    const everyone = defineSlaPolicy({ name: "All", targets: {} });
    expect(everyone.matches(makeCase({ createdAt: "2026-01-05T09:00:00Z" }))).toBe(true);
    expect(everyone.schedule).toBeNull();
    const chats = defineSlaPolicy({
      name: "Chats",
      match: (c) => c.channel === "chat",
      schedule: londonOffice,
      targets: {},
    });
    expect(chats.matches(makeCase({ createdAt: "2026-01-05T09:00:00Z" }))).toBe(false);
    expect(chats.schedule).toBe(londonOffice);
  });

  it("names every bad field with the value and what was expected", () => {
    const error = errorOf({
      name: "",
      schedule: { timeZone: "UTC" },
      match: { channel: ["email"], priorities: ["asap"], tagsAny: "vip" },
      targets: {
        asap: {},
        normal: {
          firstReply: { minutes: 0, time: "business" },
          lunch: { minutes: 5, time: "calendar" },
          resolution: { minutes: 10, time: "weekly" },
        },
        low: "none",
      },
    });
    const lines = error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    // Each issue carries zod's code for its kind of problem.
    expect(error.issues.map((issue) => (issue as { code?: string }).code)).toEqual([
      "too_small",
      "invalid_value",
      "unknown_key",
      "invalid_value",
      "invalid_type",
      "unknown_key",
      "invalid_value",
      "unknown_key",
      "invalid_value",
      "invalid_type",
    ]);
    expect(lines).toEqual([
      'name: expected a non-empty string, received ""',
      "schedule: expected a schedule made by defineSchedule, received an object",
      'match.channel: expected one of "channels" | "teamIds" | "priorities" | "tagsAny" | "tagsAll", received "channel"',
      'match.priorities.0: expected one of "low" | "normal" | "high" | "urgent", received "asap"',
      'match.tagsAny: expected an array, received "vip"',
      'targets.asap: expected a priority, one of "low" | "normal" | "high" | "urgent", received "asap"',
      "targets.normal.firstReply.minutes: expected a positive number of minutes, received 0",
      'targets.normal.lunch: expected a metric, one of "firstReply" | "nextReply" | "periodicUpdate" | "pausableUpdate" | "requesterWait" | "agentWork" | "resolution", received "lunch"',
      'targets.normal.resolution.time: expected one of "business" | "calendar", received "weekly"',
      'targets.low: expected an object of targets per metric, received "none"',
    ]);
  });

  it("requires a schedule for business-time targets, once", () => {
    const error = errorOf({
      name: "No hours",
      targets: {
        normal: {
          firstReply: { minutes: 60, time: "business" },
          resolution: { minutes: 600, time: "business" },
        },
      },
    });
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain(
      "schedule: expected a schedule, as targets.normal.firstReply counts business time, received nothing (the field is missing)",
    );
    expect(errorOf(null).message).toContain("(root): expected an object, received null");
    expect(errorOf({ name: "x", targets: null, match: 3 }).message).toContain(
      "targets: expected an object of targets per priority, received null",
    );
  });
});
