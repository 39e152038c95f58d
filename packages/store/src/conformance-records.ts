import {
  parseCareGesture,
  parseCase,
  parseConsentEvent,
  parseCustomer,
  parseDataSubjectRequest,
  parseInteraction,
  parseJourneyEvent,
  parseSurveyResponse,
  parseTransaction,
  type SurveyResponse,
} from "@rapport/core";
import type { StoreEntity, StoreRecords } from "./store-entity";

/**
 * The personal values planted in {@link personalRecords}: none may survive an erasure.
 *
 * @example
 * ```ts
 * import { PERSONAL_VALUES } from "@rapport/store/conformance";
 * const leaked = (dump: string) => PERSONAL_VALUES.filter((value) => dump.includes(value));
 * ```
 */
export const PERSONAL_VALUES = [
  "cust-ada-1",
  "Ada Lovelace-Secret",
  "ada.secret@example.com",
  "+44 7700 900123",
  "Analytical Engines Ltd",
  "zd-ada-99",
  "my printer hates me",
  "Printer on fire",
  "Guardian Byron",
  "evidence-ada-7",
  "sorry about the printer",
  "zd-ada-dsr-4",
] as const;

/**
 * One record of every store entity for one customer, each carrying personal fields (see
 * {@link PERSONAL_VALUES}): fixtures for an adapter's own tests.
 *
 * @example
 * ```ts
 * import { personalRecords } from "@rapport/store/conformance";
 * personalRecords().careGestures[0]?.reason; // "sorry about the printer"
 * ```
 */
export function personalRecords(): { [E in StoreEntity]: StoreRecords[E][] } {
  const customerId = "cust-ada-1";
  const source = { system: "zendesk", id: "zd-ada-99" };
  return {
    customers: [
      parseCustomer({
        id: customerId,
        name: "Ada Lovelace-Secret",
        emails: ["ada.secret@example.com"],
        phones: ["+44 7700 900123"],
        organization: "Analytical Engines Ltd",
        externalIds: [source],
        timeZone: "Europe/London",
        segment: "smb",
        firstSeenAt: "2024-01-02T09:00:00Z",
        preferences: { channels: ["email"], contactStyle: "brief", language: "en-GB" },
      }),
    ],
    interactions: [
      parseInteraction({
        id: "int-1",
        customerId,
        channel: "email",
        direction: "inbound",
        author: { kind: "customer", id: customerId },
        occurredAt: "2024-01-03T10:00:00Z",
        source,
      }),
    ],
    cases: [
      parseCase({
        id: "case-1",
        customerId,
        subject: "Printer on fire",
        channel: "email",
        status: "solved",
        createdAt: "2024-01-03T10:00:00Z",
        solvedAt: "2024-01-04T10:00:00Z",
        source,
      }),
    ],
    surveyResponses: [
      parseSurveyResponse({
        kind: "nps",
        score: 3,
        id: "resp-1",
        customerId,
        comment: "my printer hates me",
        respondedAt: "2024-01-05T10:00:00Z",
        source,
      }),
    ],
    journeyEvents: [
      parseJourneyEvent({
        id: "jev-1",
        customerId,
        name: "signed_up",
        stage: "onboarding",
        occurredAt: "2024-01-02T09:00:00Z",
        properties: { email: "ada.secret@example.com" },
      }),
    ],
    consentEvents: [
      parseConsentEvent({
        id: "con-1",
        customerId,
        purpose: "marketing",
        lawfulBasis: "consent",
        action: "grant",
        capturedAt: "2024-01-02T09:00:00Z",
        proof: {
          capturedBy: "web-form",
          method: "checkbox",
          evidenceRef: "evidence-ada-7",
          authorizedBy: { name: "Guardian Byron", relation: "parent" },
        },
        source,
      }),
    ],
    transactions: [
      parseTransaction({
        id: "txn-1",
        customerId,
        amount: { amount: 1999, currency: "GBP" },
        occurredAt: "2024-01-02T09:05:00Z",
        source,
      }),
    ],
    careGestures: [
      parseCareGesture({
        id: "ges-1",
        customerId,
        agentId: "agent-1",
        kind: "discount",
        value: { amount: 500, currency: "GBP" },
        reason: "sorry about the printer",
        grantedAt: "2024-01-04T11:00:00Z",
        source,
      }),
    ],
    dataSubjectRequests: [
      parseDataSubjectRequest({
        id: "dsr-ada-1",
        customerId,
        right: "access",
        receivedAt: "2024-01-06T09:00:00Z",
        extendedAt: "2024-01-20T09:00:00Z",
        extensionReason: "records in three systems to search",
        completedAt: "2024-02-10T09:00:00Z",
        outcome: "fulfilled",
        jurisdiction: "UK",
        channel: "email",
        source: { system: "zendesk", id: "zd-ada-dsr-4" },
      }),
    ],
  };
}

/** A seeded pseudo-random generator (a 32-bit LCG, Numerical Recipes constants). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` survey responses of every kind and scale, spread over 2023-10 to 2024-12 (across
 * both daylight-saving changes of Europe and America), with and without team and channel:
 * the same responses for the same `seed`, on every machine.
 *
 * @example
 * ```ts
 * import { surveyResponsesForCounts } from "@rapport/store/conformance";
 * surveyResponsesForCounts(100).length; // 100
 * ```
 */
export function surveyResponsesForCounts(count: number, seed = 7): SurveyResponse[] {
  const random = lcg(seed);
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)] as T;
  const start = Date.parse("2023-10-01T00:00:00Z");
  const span = Date.parse("2025-01-01T00:00:00Z") - start;
  const responses: SurveyResponse[] = [];
  for (let i = 0; i < count; i++) {
    // Whole minutes, so some responses share a time and order by id.
    const at = new Date(start + Math.floor((random() * span) / 60_000) * 60_000);
    const base = {
      id: `sr-${String(i).padStart(5, "0")}`,
      customerId: `c-${Math.floor(random() * 50)}`,
      respondedAt: at.toISOString(),
      ...(random() < 0.8 ? { teamId: pick(["team-a", "team-b", "team-c"]) } : {}),
      ...(random() < 0.9 ? { channel: pick(["email", "chat", "phone"] as const) } : {}),
      ...(random() < 0.5 ? { agentId: pick(["agent-1", "agent-2"]) } : {}),
      ...(random() < 0.3 ? { surveyId: "post-case" } : {}),
    };
    const kind = pick(["nps", "nps", "csat-binary", "csat-five", "ces"] as const);
    const score = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    responses.push(
      parseSurveyResponse(
        kind === "nps"
          ? { ...base, kind: "nps", score: score(0, 10) }
          : kind === "csat-binary"
            ? { ...base, kind: "csat", scale: "binary", score: random() < 0.7 ? "good" : "bad" }
            : kind === "csat-five"
              ? { ...base, kind: "csat", scale: "five_point", score: score(1, 5) }
              : { ...base, kind: "ces", scale: "seven_point", score: score(1, 7) },
      ),
    );
  }
  return responses;
}

/** An NPS answer of a customer at an instant, for the conformance tests. */
export const npsAnswer = (
  id: string,
  customer: string,
  at: string,
  score: number,
): SurveyResponse =>
  parseSurveyResponse({ kind: "nps", id, customerId: customer, respondedAt: at, score });
