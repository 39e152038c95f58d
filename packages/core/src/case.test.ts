import { describe, expect, it } from "vitest";
import { type CaseJson, decodeCase, encodeCase, parseCase, safeParseCase } from "./case";
import { RapportValidationError } from "./rapport-validation-error";

const base: CaseJson = {
  id: "case_1",
  customerId: "cus_1",
  channel: "email",
  status: "open",
  createdAt: "2024-03-01T09:00:00+01:00",
};

function messageOf(input: unknown): string {
  const result = safeParseCase(input);
  if (result.success) throw new Error("expected a rejection");
  return result.error.message;
}

describe("Case", () => {
  it("decodes wire dates to Dates and applies defaults", () => {
    const value = decodeCase(base);
    expect(value.createdAt).toEqual(new Date("2024-03-01T08:00:00Z"));
    expect(value.priority).toBe("normal");
    expect(value.reopenCount).toBe(0);
    expect(value.statusHistory).toEqual([]);
    expect(value.tags).toEqual([]);
  });

  it("encodes to UTC ISO strings that decode to an equal value", () => {
    const value = decodeCase({ ...base, solvedAt: "2024-03-02T10:00:00-05:00" });
    const json = encodeCase(value);
    expect(json.createdAt).toBe("2024-03-01T08:00:00.000Z");
    expect(json.solvedAt).toBe("2024-03-02T15:00:00.000Z");
    expect(decodeCase(JSON.parse(JSON.stringify(json)))).toEqual(value);
  });

  it("strips unknown fields instead of rejecting them", () => {
    const value = parseCase({ ...base, satisfaction: "good", nested: { x: 1 } });
    expect(value).not.toHaveProperty("satisfaction");
  });

  it("rejects an unknown status, naming the field, the value and the options", () => {
    expect(messageOf({ ...base, status: "asap" })).toContain(
      'status: expected one of "new" | "open" | "pending" | "on_hold" | "solved" | "closed", received "asap"',
    );
  });

  it("rejects an unknown priority", () => {
    expect(messageOf({ ...base, priority: "p1" })).toContain('priority: expected one of "low"');
  });

  it("rejects a date-time without an offset", () => {
    expect(messageOf({ ...base, createdAt: "2024-03-01T09:00:00" })).toContain(
      'createdAt: expected an ISO 8601 date-time with an offset (e.g. 2024-03-01T09:30:00+01:00) or a valid Date, received "2024-03-01T09:00:00"',
    );
  });

  it("rejects a missing required field", () => {
    const { customerId: _, ...withoutCustomer } = base;
    expect(messageOf(withoutCustomer)).toContain(
      'customerId: expected a customer id (a non-empty string; make one with customerId("…")), received nothing (the field is missing)',
    );
  });

  it("rejects a case solved before it was created", () => {
    expect(messageOf({ ...base, solvedAt: "2024-03-01T07:59:59Z" })).toContain(
      "solvedAt: expected solvedAt not before createdAt (2024-03-01T08:00:00.000Z), received Date 2024-03-01T07:59:59.000Z",
    );
  });

  it("rejects a case closed before it was created", () => {
    expect(messageOf({ ...base, closedAt: "2024-02-01T00:00:00Z" })).toContain(
      "closedAt: expected closedAt not before createdAt",
    );
  });

  it("rejects a first reply before creation", () => {
    expect(messageOf({ ...base, firstReplyAt: "2024-03-01T07:00:00Z" })).toContain(
      "firstReplyAt: expected firstReplyAt not before createdAt",
    );
  });

  it("accepts a first reply at the instant of creation", () => {
    expect(safeParseCase({ ...base, firstReplyAt: "2024-03-01T08:00:00Z" }).success).toBe(true);
  });

  it("rejects a status history out of time order, naming the entry", () => {
    const message = messageOf({
      ...base,
      statusHistory: [
        { status: "open", at: "2024-03-01T10:00:00Z" },
        { status: "pending", at: "2024-03-01T12:00:00Z" },
        { status: "solved", at: "2024-03-01T11:00:00Z" },
      ],
    });
    expect(message).toContain(
      "statusHistory[2].at: expected status changes in time order (not before statusHistory[1] at 2024-03-01T12:00:00.000Z)",
    );
  });

  it("rejects a negative reopen count", () => {
    expect(messageOf({ ...base, reopenCount: -1 })).toContain(
      "reopenCount: expected >= 0, received -1",
    );
  });

  it("lists every issue, not only the first", () => {
    const result = safeParseCase({ ...base, status: "x", channel: "fax" });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((i) => i.path.join("."))).toEqual(["channel", "status"]);
  });

  it("throws RapportValidationError from parseCase", () => {
    expect(() => parseCase({})).toThrow(RapportValidationError);
  });
});
