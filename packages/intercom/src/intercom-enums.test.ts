import { describe, expect, it } from "vitest";
import {
  INTERCOM_CHANNELS,
  INTERCOM_PART_TYPES,
  INTERCOM_PRIORITIES,
  INTERCOM_STATES,
  intercomChannel,
  intercomPartKind,
  intercomPriority,
  intercomState,
} from "./intercom-lookups";

describe("intercomState", () => {
  const table: [string, string][] = [
    ["open", "open"],
    ["closed", "closed"],
    ["snoozed", "on_hold"],
  ];
  it.each(table)("maps %s to %s", (state, status) => expect(intercomState(state)).toBe(status));
  it("covers exactly the documented states", () => {
    expect(Object.keys(INTERCOM_STATES).sort()).toEqual(table.map(([s]) => s).sort());
  });
  it.each([["pending"], ["toString"], [1]])("gives undefined for %s", (v) =>
    expect(intercomState(v)).toBeUndefined(),
  );
});

describe("intercomPriority", () => {
  const table: [string, string][] = [
    ["priority", "high"],
    ["not_priority", "normal"],
    ["none", "normal"],
    ["low", "low"],
    ["medium", "normal"],
    ["high", "high"],
    ["urgent", "urgent"],
  ];
  it.each(table)("maps %s to %s", (p, ours) => expect(intercomPriority(p)).toBe(ours));
  it("covers the table and reads a missing priority as normal", () => {
    expect(Object.keys(INTERCOM_PRIORITIES).sort()).toEqual(table.map(([p]) => p).sort());
    expect(intercomPriority(null)).toBe("normal");
    expect(intercomPriority(undefined)).toBe("normal");
  });
  it.each([["asap"], [2]])("gives undefined for %s", (v) =>
    expect(intercomPriority(v)).toBeUndefined(),
  );
});

describe("intercomChannel", () => {
  const table: [string, string][] = [
    ["conversation", "chat"],
    ["email", "email"],
    ["facebook", "social"],
    ["instagram", "social"],
    ["twitter", "social"],
    ["phone_call", "phone"],
    ["phone_switch", "phone"],
    ["sms", "sms"],
    ["whatsapp", "messaging"],
    ["push", "messaging"],
  ];
  it.each(table)("maps %s to %s", (t, ours) => expect(intercomChannel(t)).toBe(ours));
  it("covers the table and reads a missing source type as the Messenger", () => {
    expect(Object.keys(INTERCOM_CHANNELS).sort()).toEqual(table.map(([t]) => t).sort());
    expect(intercomChannel(undefined)).toBe("chat");
  });
  it.each([["fax"], [{}]])("gives undefined for %s", (v) =>
    expect(intercomChannel(v)).toBeUndefined(),
  );
});

describe("intercomPartKind", () => {
  const table: [string, unknown][] = [
    ["comment", { kind: "message", visibility: "public" }],
    ["quick_reply", { kind: "message", visibility: "public" }],
    ["note", { kind: "message", visibility: "private" }],
    ["note_and_reopen", { kind: "message", visibility: "private", status: "open" }],
    ["assignment", { kind: "assignment" }],
    ["default_assignment", { kind: "assignment" }],
    ["away_mode_assignment", { kind: "assignment" }],
    ["assign_and_reopen", { kind: "assignment", status: "open" }],
    ["assign_and_unsnooze", { kind: "assignment", status: "open" }],
    ["open", { kind: "status", status: "open" }],
    ["close", { kind: "status", status: "closed" }],
    ["snoozed", { kind: "status", status: "on_hold" }],
    ["unsnoozed", { kind: "status", status: "open" }],
    ["timer_unsnooze", { kind: "status", status: "open" }],
  ];
  it.each(table)("maps %s", (t, kind) => expect(intercomPartKind(t)).toEqual(kind));
  it("covers the table; other part types are events", () => {
    expect(Object.keys(INTERCOM_PART_TYPES).sort()).toEqual(table.map(([t]) => t).sort());
    for (const t of [
      "participant_added",
      "conversation_attribute_updated_by_admin",
      "__proto__",
      "constructor",
    ]) {
      expect(intercomPartKind(t)).toEqual({ kind: "event" });
    }
  });
});
