// One test per validation rule of the entities other than Case (see case.test.ts): each
// asserts that the message names the field, the value received and what was expected.
import { describe, expect, it } from "vitest";
import { safeParseAgent } from "./agent";
import { safeParseCareGesture } from "./care-gesture";
import { safeParseConsentEvent } from "./consent-event";
import { safeParseCustomer } from "./customer";
import { safeParseDataSubjectRequest } from "./data-subject-request";
import type { SafeParseResult } from "./entity-codec";
import { safeParseInteraction } from "./interaction";
import { safeParseJourneyEvent } from "./journey-event";
import { safeParseSurveyResponse } from "./survey-response";
import { safeParseTeam } from "./team";
import { safeParseTransaction } from "./transaction";

function rejection(result: SafeParseResult<unknown>): string {
  if (result.success) throw new Error("expected a rejection");
  return result.error.message;
}

const at = "2024-03-01T10:00:00Z";
const response = { id: "r1", customerId: "cus_1", respondedAt: at };

describe("SurveyResponse", () => {
  it("accepts every scale's bounds", () => {
    for (const input of [
      { kind: "nps", score: 0 },
      { kind: "nps", score: 10 },
      { kind: "csat", scale: "binary", score: "good" },
      { kind: "csat", scale: "five_point", score: 1 },
      { kind: "ces", scale: "seven_point", score: 7 },
      { kind: "ces", scale: "five_point", score: 5 },
    ]) {
      expect(safeParseSurveyResponse({ ...response, ...input }).success).toBe(true);
    }
  });

  it("rejects an NPS above 10, naming the scale", () => {
    expect(rejection(safeParseSurveyResponse({ ...response, kind: "nps", score: 11 }))).toContain(
      "score: expected an integer from 0 to 10 on the zero_to_ten scale, received 11",
    );
  });

  it("rejects a non-integer NPS, never rounding it", () => {
    expect(rejection(safeParseSurveyResponse({ ...response, kind: "nps", score: 8.5 }))).toContain(
      "score: expected an integer from 0 to 10 on the zero_to_ten scale, received 8.5",
    );
  });

  it("rejects a five-point CSAT of 0", () => {
    expect(
      rejection(
        safeParseSurveyResponse({ ...response, kind: "csat", scale: "five_point", score: 0 }),
      ),
    ).toContain("score: expected an integer from 1 to 5 on the five_point scale, received 0");
  });

  it("rejects a binary CSAT that is not good or bad", () => {
    expect(
      rejection(
        safeParseSurveyResponse({ ...response, kind: "csat", scale: "binary", score: "ok" }),
      ),
    ).toContain('score: expected "good" or "bad" on the binary scale, received "ok"');
  });

  it("rejects a seven-point CES of 8 and a five-point CES of 6", () => {
    expect(
      rejection(
        safeParseSurveyResponse({ ...response, kind: "ces", scale: "seven_point", score: 8 }),
      ),
    ).toContain("score: expected an integer from 1 to 7 on the seven_point scale, received 8");
    expect(
      rejection(
        safeParseSurveyResponse({ ...response, kind: "ces", scale: "five_point", score: 6 }),
      ),
    ).toContain("score: expected an integer from 1 to 5 on the five_point scale, received 6");
  });

  it("rejects an unknown kind", () => {
    expect(rejection(safeParseSurveyResponse({ ...response, kind: "star", score: 3 }))).toContain(
      'kind: expected one of "csat" | "nps" | "ces" | "happiness", received "star"',
    );
  });

  it("rejects a CSAT without a scale", () => {
    expect(rejection(safeParseSurveyResponse({ ...response, kind: "csat", score: 4 }))).toContain(
      'scale: expected one of "binary" | "five_point", received nothing',
    );
  });
});

describe("ConsentEvent", () => {
  const event = {
    id: "ce_1",
    customerId: "cus_1",
    purpose: "marketing",
    lawfulBasis: "consent",
    action: "grant",
    capturedAt: at,
    proof: { capturedBy: "form", method: "web_form" },
  };

  it("rejects an expiry at or before capture", () => {
    expect(rejection(safeParseConsentEvent({ ...event, expiresAt: at }))).toContain(
      "expiresAt: expected expiresAt after capturedAt (2024-03-01T10:00:00.000Z), received Date 2024-03-01T10:00:00.000Z",
    );
  });

  it("rejects a lawful basis outside GDPR Art. 6", () => {
    expect(rejection(safeParseConsentEvent({ ...event, lawfulBasis: "implied" }))).toContain(
      'lawfulBasis: expected one of "consent" | "contract"',
    );
  });

  it("rejects an event without proof", () => {
    const { proof: _, ...withoutProof } = event;
    expect(rejection(safeParseConsentEvent(withoutProof))).toContain(
      "proof: expected object, received nothing",
    );
  });
});

describe("Transaction", () => {
  const tx = { id: "t1", customerId: "cus_1", occurredAt: at };

  it("rejects money that is not an integer of minor units", () => {
    expect(
      rejection(safeParseTransaction({ ...tx, amount: { amount: 19.99, currency: "EUR" } })),
    ).toContain(
      "amount.amount: expected an integer amount in minor units (e.g. 1999 for 19.99), received 19.99",
    );
  });

  it("rejects a currency that is not an ISO 4217 code", () => {
    expect(
      rejection(safeParseTransaction({ ...tx, amount: { amount: 1999, currency: "eur" } })),
    ).toContain(
      'amount.currency: expected an ISO 4217 currency code such as "EUR", received "eur"',
    );
  });
});

describe("Customer", () => {
  it("rejects a time zone that is not an IANA name", () => {
    expect(rejection(safeParseCustomer({ id: "c", timeZone: "CET+1" }))).toContain(
      'timeZone: expected an IANA time-zone name such as "Europe/Berlin", received "CET+1"',
    );
  });

  it("rejects a malformed e-mail address, naming its index", () => {
    expect(rejection(safeParseCustomer({ id: "c", emails: ["a@b.co", "nope"] }))).toContain(
      'emails[1]: expected an e-mail address, received "nope"',
    );
  });

  it("rejects a locale that is not a BCP 47 tag", () => {
    expect(rejection(safeParseCustomer({ id: "c", locale: "english!" }))).toContain(
      'locale: expected a BCP 47 language tag such as "en-GB", received "english!"',
    );
  });

  it("rejects quiet hours that are not HH:mm", () => {
    expect(
      rejection(
        safeParseCustomer({ id: "c", preferences: { quietHours: { start: "9pm", end: "08:00" } } }),
      ),
    ).toContain('preferences.quietHours.start: expected a time of day "HH:mm", received "9pm"');
  });

  it("rejects an empty id", () => {
    expect(rejection(safeParseCustomer({ id: "" }))).toContain(
      'id: expected a customer id (a non-empty string; make one with customerId("…")), received ""',
    );
  });
});

describe("Interaction", () => {
  const interaction = {
    id: "i1",
    customerId: "cus_1",
    channel: "chat",
    direction: "inbound",
    author: { kind: "customer" },
    occurredAt: at,
  };

  it("rejects a sentiment outside -1..1", () => {
    expect(rejection(safeParseInteraction({ ...interaction, sentiment: 1.5 }))).toContain(
      "sentiment: expected <= 1, received 1.5",
    );
  });

  it("rejects an unknown channel", () => {
    expect(rejection(safeParseInteraction({ ...interaction, channel: "fax" }))).toContain(
      'channel: expected one of "email" | "phone"',
    );
  });

  it("rejects a negative duration", () => {
    expect(rejection(safeParseInteraction({ ...interaction, durationSeconds: -5 }))).toContain(
      "durationSeconds: expected >= 0, received -5",
    );
  });

  it("rejects a transfer without a destination", () => {
    expect(
      rejection(
        safeParseInteraction({ ...interaction, transfer: { from: { kind: "agent", id: "a" } } }),
      ),
    ).toContain("transfer.to: expected object, received nothing");
  });
});

describe("Agent, Team, JourneyEvent and CareGesture", () => {
  it("rejects an agent role that does not exist", () => {
    expect(rejection(safeParseAgent({ id: "a", name: "A", role: "boss" }))).toContain(
      'role: expected one of "agent" | "team_lead" | "manager" | "admin", received "boss"',
    );
  });

  it("rejects a team without a name", () => {
    expect(rejection(safeParseTeam({ id: "t" }))).toContain(
      "name: expected string, received nothing",
    );
  });

  it("rejects a journey event without a name", () => {
    expect(
      rejection(safeParseJourneyEvent({ id: "e", customerId: "c", name: "", occurredAt: at })),
    ).toContain('name: expected length >= 1, received ""');
  });

  it("rejects a gesture of an unknown kind", () => {
    expect(
      rejection(
        safeParseCareGesture({
          id: "g",
          customerId: "c",
          agentId: "a",
          kind: "hug",
          reason: "r",
          grantedAt: at,
        }),
      ),
    ).toContain(
      'kind: expected one of "discount" | "refund" | "credit" | "replacement" | "extra_time", received "hug"',
    );
  });
});

describe("DataSubjectRequest", () => {
  const request = { id: "dsr_1", customerId: "cus_1", right: "access", receivedAt: at };
  const done = { completedAt: "2024-03-20T10:00:00Z" };

  it("accepts an open request, a fulfilled one and a refused one with its reason", () => {
    expect(safeParseDataSubjectRequest(request).success).toBe(true);
    expect(safeParseDataSubjectRequest({ ...request, ...done, outcome: "fulfilled" }).success).toBe(
      true,
    );
    const refused = { ...request, ...done, outcome: "refused", refusalReason: "unfounded" };
    expect(safeParseDataSubjectRequest(refused).success).toBe(true);
  });

  it("rejects a completion before receipt", () => {
    const early = { ...request, completedAt: "2024-02-29T10:00:00Z", outcome: "fulfilled" };
    expect(rejection(safeParseDataSubjectRequest(early))).toContain(
      "completedAt: expected completedAt not before receivedAt (2024-03-01T10:00:00.000Z), received Date 2024-02-29T10:00:00.000Z",
    );
  });

  it("rejects a verification before receipt", () => {
    expect(
      rejection(safeParseDataSubjectRequest({ ...request, verifiedAt: "2024-02-01T00:00:00Z" })),
    ).toContain("verifiedAt: expected verifiedAt not before receivedAt (2024-03-01T10:00:00.000Z)");
  });

  it("rejects a completion without an outcome, and an outcome without a completion", () => {
    expect(rejection(safeParseDataSubjectRequest({ ...request, ...done }))).toContain(
      "outcome: expected outcome when completedAt is given, received nothing",
    );
    expect(rejection(safeParseDataSubjectRequest({ ...request, outcome: "fulfilled" }))).toContain(
      'outcome: expected no outcome unless completedAt is given, received "fulfilled"',
    );
  });

  it("asks a refusal for its reason and refuses a reason for a fulfilled request", () => {
    const refused = { ...request, ...done, outcome: "refused" };
    expect(rejection(safeParseDataSubjectRequest(refused))).toContain(
      'refusalReason: expected refusalReason when the outcome is "refused" or "partially_fulfilled", received nothing',
    );
    const fulfilled = { ...request, ...done, outcome: "fulfilled", refusalReason: "why" };
    expect(rejection(safeParseDataSubjectRequest(fulfilled))).toContain(
      'refusalReason: expected no refusalReason unless the outcome is "refused" or "partially_fulfilled", received "why"',
    );
  });

  it("asks an extension for its reason and keeps it before the completion", () => {
    const extended = { ...request, extendedAt: "2024-03-10T10:00:00Z" };
    expect(rejection(safeParseDataSubjectRequest(extended))).toContain(
      "extensionReason: expected extensionReason when extendedAt is given, received nothing",
    );
    const late = {
      ...extended,
      extensionReason: "complex",
      completedAt: "2024-03-05T10:00:00Z",
      outcome: "fulfilled",
    };
    expect(rejection(safeParseDataSubjectRequest(late))).toContain(
      "extendedAt: expected extendedAt not after completedAt (2024-03-05T10:00:00.000Z), received Date 2024-03-10T10:00:00.000Z",
    );
  });

  it("rejects a right that no regime grants", () => {
    expect(rejection(safeParseDataSubjectRequest({ ...request, right: "forget" }))).toContain(
      'right: expected one of "access" | "rectification" | "erasure"',
    );
  });
});
