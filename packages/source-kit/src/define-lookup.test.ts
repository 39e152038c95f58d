import { describe, expect, it } from "vitest";
import { defineLookup } from "./define-lookup";

describe("defineLookup", () => {
  const status = defineLookup({
    field: "status",
    table: { 2: "open", 3: "pending", 4: "solved", 5: "closed" },
    integerCodes: true,
    overrideOption: "statusMap",
  });
  const priority = defineLookup({
    field: "priority",
    table: { low: "low", high: "high" },
    missing: "normal",
  });

  it("maps listed codes, exactly by type", () => {
    expect(status.get(4)).toBe("solved");
    expect(status.get("4")).toBeUndefined();
    expect(status.get(4.5)).toBeUndefined();
    expect(priority.get("high")).toBe("high");
    expect(priority.get(1)).toBeUndefined();
  });

  it("never takes an inherited name for a code", () => {
    expect(priority.get("__proto__")).toBeUndefined();
    expect(priority.get("toString")).toBeUndefined();
    expect(priority.get("constructor")).toBeUndefined();
  });

  it("gives the missing value for null and undefined, and refuses them without one", () => {
    expect(priority.get(null)).toBe("normal");
    expect(priority.get(undefined)).toBe("normal");
    expect(status.get(null)).toBeUndefined();
  });

  it("looks in the overrides first", () => {
    expect(status.get(6, { 6: "on_hold" })).toBe("on_hold");
    expect(status.get(2, { 2: "new" })).toBe("new");
  });

  it("takes an otherwise value for unlisted codes", () => {
    const kind = defineLookup({
      field: "part_type",
      table: { close: "status" },
      otherwise: "event",
    });
    expect(kind.get("close")).toBe("status");
    expect(kind.get("participant_added")).toBe("event");
  });

  it("writes its own message from the table", () => {
    expect(status.reason(9)).toBe(
      "expected one of 2 | 3 | 4 | 5 (or a code given in statusMap), received 9",
    );
    expect(priority.reason("urgent")).toBe(
      'expected one of "low" | "high" or null, received "urgent"',
    );
    expect(priority.expected).toBe('one of "low" | "high" or null');
  });

  it("freezes its table", () => {
    expect(Object.isFrozen(status.table)).toBe(true);
  });
});
