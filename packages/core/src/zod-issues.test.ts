import { describe, expect, it } from "vitest";
import { safeParseCase } from "./case";
import { safeParseCustomer } from "./customer";
import type { SafeParseResult } from "./entity-codec";
import type { ValidationIssue } from "./rapport-validation-error";
import { safeParseSurveyResponse } from "./survey-response";
import { safeParseTransaction } from "./transaction";

function issuesOf(result: SafeParseResult<unknown>): readonly ValidationIssue[] {
  if (result.success) throw new Error("expected a rejection");
  return result.error.issues;
}

describe("validation issues", () => {
  it("carry zod's code, what was expected and what was received", () => {
    const issues = issuesOf(
      safeParseCase({
        id: "",
        customerId: 42,
        channel: "email",
        status: "asap",
        createdAt: "2024-01-10T09:00:00Z",
        solvedAt: "2024-01-09T09:00:00Z",
      }),
    );
    expect(issues).toEqual([
      {
        path: ["id"],
        code: "too_small",
        expected: 'a case id (a non-empty string; make one with caseId("…"))',
        received: '""',
        message: 'expected a case id (a non-empty string; make one with caseId("…")), received ""',
      },
      {
        path: ["customerId"],
        code: "invalid_type",
        expected: 'a customer id (a non-empty string; make one with customerId("…"))',
        received: "42",
        message:
          'expected a customer id (a non-empty string; make one with customerId("…")), received 42',
      },
      {
        path: ["status"],
        code: "invalid_value",
        expected: 'one of "new" | "open" | "pending" | "on_hold" | "solved" | "closed"',
        received: '"asap"',
        message:
          'expected one of "new" | "open" | "pending" | "on_hold" | "solved" | "closed", received "asap"',
      },
    ]);
  });

  it("name a refinement custom, with the schema's own wording", () => {
    const [issue] = issuesOf(
      safeParseCase({
        id: "case_1",
        customerId: "cus_1",
        channel: "email",
        status: "solved",
        createdAt: "2024-01-10T09:00:00Z",
        solvedAt: "2024-01-09T09:00:00Z",
      }),
    );
    expect(issue).toEqual({
      path: ["solvedAt"],
      code: "custom",
      expected: "solvedAt not before createdAt (2024-01-10T09:00:00.000Z)",
      received: "Date 2024-01-09T09:00:00.000Z",
      message:
        "expected solvedAt not before createdAt (2024-01-10T09:00:00.000Z), received Date 2024-01-09T09:00:00.000Z",
    });
  });

  it("report a format, a discriminator and a wrong type", () => {
    expect(issuesOf(safeParseCustomer({ id: "c", emails: ["not-an-address"] }))).toEqual([
      expect.objectContaining({
        path: ["emails", 0],
        code: "invalid_format",
        expected: "an e-mail address",
      }),
    ]);
    expect(
      issuesOf(safeParseSurveyResponse({ id: "r", customerId: "c", kind: "stars", score: 3 })),
    ).toEqual([
      {
        path: ["kind"],
        code: "invalid_union",
        expected: 'one of "csat" | "nps" | "ces" | "happiness"',
        received: '"stars"',
        message: 'expected one of "csat" | "nps" | "ces" | "happiness", received "stars"',
      },
    ]);
    const [amount] = issuesOf(
      safeParseTransaction({
        id: "t",
        customerId: "c",
        amount: { amount: 19.99, currency: "EUR" },
        occurredAt: "2024-01-01T00:00:00Z",
      }),
    );
    expect(amount).toMatchObject({
      path: ["amount", "amount"],
      code: "invalid_type",
      received: "19.99",
    });
  });
});
