import { describe, expect, it } from "vitest";
import { parseCase, safeParseCase } from "./case";
import { decodeCustomer, parseCustomer, safeParseCustomer } from "./customer";
import type { SafeParseResult } from "./entity-codec";
import { parseInteraction } from "./interaction";
import { safeParseJourneyEvent } from "./journey-event";
import type { ValidationIssue } from "./rapport-validation-error";
import { safeParseSurveyResponse } from "./survey-response";

const reject = { unknownKeys: "reject" } as const;

function issuesOf(result: SafeParseResult<unknown>): readonly ValidationIssue[] {
  if (result.success) throw new Error("expected a rejection");
  return result.error.issues;
}

const kase = {
  id: "case_1",
  customerId: "cus_1",
  channel: "email",
  status: "open",
  createdAt: "2024-01-10T09:00:00Z",
};

describe("unknown keys", () => {
  it("are dropped by default and listed in dropped", () => {
    const result = safeParseCustomer({
      id: "cus_1",
      email: "ada@example.com",
      createdAt: "2024-01-01T00:00:00Z",
    });
    expect(result.success && result.dropped).toEqual(["email", "createdAt"]);
    expect(result.success && "email" in result.data).toBe(false);
    expect(result.success && result.data.emails).toEqual([]);
  });

  it("are none for clean input", () => {
    const result = safeParseCustomer({ id: "cus_1", emails: ["ada@example.com"] });
    expect(result.success && result.dropped).toEqual([]);
  });

  it("are rejected one issue per key, naming the nearest field", () => {
    const issues = issuesOf(
      safeParseCustomer(
        { id: "cus_1", email: "ada@example.com", createdAt: "2024-01-01T00:00:00Z" },
        reject,
      ),
    );
    expect(issues).toEqual([
      {
        path: ["email"],
        code: "unknown_key",
        expected: "a field of Customer",
        received: '"email"',
        message: "`email` is not a field of Customer; did you mean `emails`?",
      },
      expect.objectContaining({ path: ["createdAt"], code: "unknown_key" }),
    ]);
    // No field is within a third of `createdAt`'s letters: the message lists them all.
    expect(issues[1]?.message).toBe(
      "`createdAt` is not a field of Customer; its fields are `id`, `externalIds`, `name`, " +
        "`emails`, `phones`, `locale`, `timeZone`, `organization`, `segment`, `tier`, " +
        "`firstSeenAt`, `customerSince`, `preferences`",
    );
  });

  it("are found in nested objects and arrays, with their paths", () => {
    const input = {
      id: "cus_1",
      preferences: { chanels: ["chat"], quietHours: { start: "21:00", end: "08:00", zone: "x" } },
    };
    expect(safeParseCustomer(input)).toMatchObject({
      success: true,
      // The fields of the shape are checked first, then the keys left over.
      dropped: ["preferences.quietHours.zone", "preferences.chanels"],
    });
    expect(issuesOf(safeParseCustomer(input, reject)).map((issue) => issue.message)).toEqual([
      "`zone` is not a field of Customer.preferences.quietHours; its fields are `start`, `end`",
      "`chanels` is not a field of Customer.preferences; did you mean `channels`?",
    ]);
    const history = {
      ...kase,
      statusHistory: [
        { status: "new", at: "2024-01-10T09:00:00Z" },
        { stauts: "open", status: "open", at: "2024-01-10T10:00:00Z" },
      ],
    };
    expect(issuesOf(safeParseCase(history, reject))).toEqual([
      expect.objectContaining({
        path: ["statusHistory", 1, "stauts"],
        code: "unknown_key",
        message: "`stauts` is not a field of Case.statusHistory[1]; did you mean `status`?",
      }),
    ]);
    expect(() =>
      parseInteraction(
        {
          id: "int_1",
          customerId: "cus_1",
          channel: "chat",
          direction: "inbound",
          author: { kind: "customer", ID: "cus_1" },
          occurredAt: "2024-01-10T09:00:00Z",
        },
        reject,
      ),
    ).toThrow("author.ID: `ID` is not a field of Interaction.author; did you mean `id`?");
  });

  it("are found in every branch of a discriminated union, next to other issues", () => {
    const input = {
      id: "r1",
      customerId: "cus_1",
      kind: "nps",
      scroe: 9,
      respondedAt: "2024-03-01T10:00:00Z",
    };
    expect(issuesOf(safeParseSurveyResponse(input, reject)).map((issue) => issue.code)).toEqual([
      "invalid_type",
      "unknown_key",
    ]);
    // Lenient, the missing score is still an error, and the only one.
    expect(issuesOf(safeParseSurveyResponse(input)).map((issue) => issue.path)).toEqual([
      ["score"],
    ]);
  });

  it("leave open records (event properties) alone", () => {
    const result = safeParseJourneyEvent(
      {
        id: "ev_1",
        customerId: "cus_1",
        name: "Signed Up",
        occurredAt: "2024-01-01T00:00:00Z",
        properties: { plan: "pro", seats: 3 },
      },
      reject,
    );
    expect(result.success && result.data.properties).toEqual({ plan: "pro", seats: 3 });
  });

  it("apply to decode too, and a map index is not an option", () => {
    expect(() => decodeCustomer({ id: "cus_1", tire: "gold" } as never, reject)).toThrow(
      "`tire` is not a field of Customer; did you mean `tier`?",
    );
    const customers = [{ id: "a", email: "x" }, { id: "b" }].map(parseCustomer);
    expect(customers.map((customer) => customer.id)).toEqual(["a", "b"]);
  });

  it("keep defaults fresh for every parse", () => {
    const first = parseCase(kase);
    first.tags.push("mutated");
    first.statusHistory.push({ status: "open", at: new Date(0) });
    const second = parseCase(kase);
    expect(second.tags).toEqual([]);
    expect(second.statusHistory).toEqual([]);
  });
});
