// Property: for every entity, any valid wire value decodes, and encoding the decoded value
// gives JSON that decodes to an equal value (decode ∘ encode = identity on decoded values).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeAgent, encodeAgent } from "./agent";
import { decodeCareGesture, encodeCareGesture } from "./care-gesture";
import { decodeCase, encodeCase } from "./case";
import { decodeConsentEvent, encodeConsentEvent } from "./consent-event";
import { decodeCustomer, encodeCustomer } from "./customer";
import { decodeDataSubjectRequest, encodeDataSubjectRequest } from "./data-subject-request";
import {
  CASE_PRIORITIES,
  CASE_STATUSES,
  CHANNELS,
  CONSENT_ACTIONS,
  DATA_SUBJECT_RIGHTS,
  GESTURE_KINDS,
  LAWFUL_BASES,
  REQUEST_OUTCOMES,
} from "./enumerations";
import { decodeInteraction, encodeInteraction } from "./interaction";
import { decodeJourneyEvent, encodeJourneyEvent } from "./journey-event";
import { decodeSurveyResponse, encodeSurveyResponse } from "./survey-response";
import { decodeTeam, encodeTeam } from "./team";
import { decodeTransaction, encodeTransaction } from "./transaction";

const MIN = Date.UTC(1990, 0, 1);
const MAX = Date.UTC(2090, 0, 1);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant written as local time at a random UTC offset, e.g. `2031-07-04T23:15:00.123-07:30`. */
const isoWithOffset = fc
  .tuple(fc.integer({ min: MIN, max: MAX }), fc.integer({ min: -48, max: 56 }))
  .map(([ms, quarterHours]) => {
    const offset = quarterHours * 15;
    const local = new Date(ms + offset * 60_000);
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(
      local.getUTCHours(),
    )}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${
      offset === 0 ? "Z" : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
    }`;
  });
const id = fc.string({ minLength: 1, maxLength: 12 });
const channel = fc.constantFrom(...CHANNELS);
const tags = fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 });
const source = fc.record({ system: fc.constantFrom("zendesk", "intercom", "csv"), id });
const money = fc.record({
  amount: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  currency: fc.constantFrom("EUR", "USD", "JPY"),
});
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function roundTrips<T>(
  arbitrary: fc.Arbitrary<T>,
  decode: (json: T) => unknown,
  encode: (value: never) => unknown,
) {
  fc.assert(
    fc.property(arbitrary, (json) => {
      const value = decode(json);
      const wire = JSON.parse(JSON.stringify(encode(value as never)));
      expect(decode(wire)).toEqual(value);
    }),
    { numRuns: 150 },
  );
}

/** Removes keys whose value is undefined, as JSON would. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

describe("codec round trip", () => {
  it("Customer", () => {
    const customer = fc
      .record({
        id,
        name: optional(fc.string()),
        emails: fc.array(fc.constantFrom("a@example.com", "b.c@example.org"), { maxLength: 2 }),
        phones: fc.array(fc.constantFrom("+44 20 7946 0000", "+1 555 0100"), { maxLength: 2 }),
        locale: optional(fc.constantFrom("en-GB", "de", "pt-BR")),
        timeZone: optional(fc.constantFrom("UTC", "Europe/Berlin", "Australia/Lord_Howe")),
        firstSeenAt: optional(isoWithOffset),
        customerSince: optional(isoWithOffset),
        externalIds: fc.array(source, { maxLength: 2 }),
        preferences: fc.record({
          channels: fc.uniqueArray(channel, { maxLength: 3 }),
          contactStyle: optional(fc.constantFrom("high-touch" as const, "brief" as const)),
          quietHours: optional(fc.constant({ start: "21:00", end: "08:00" })),
        }),
      })
      .map(defined);
    roundTrips(customer, decodeCustomer, encodeCustomer);
  });

  it("Agent and Team", () => {
    roundTrips(
      fc
        .record({ id, name: id, skills: fc.array(id, { maxLength: 3 }), teamId: optional(id) })
        .map(defined),
      decodeAgent,
      encodeAgent,
    );
    roundTrips(fc.record({ id, name: id }), decodeTeam, encodeTeam);
  });

  it("Interaction", () => {
    const interaction = fc
      .record({
        id,
        customerId: id,
        caseId: optional(id),
        channel,
        direction: fc.constantFrom("inbound" as const, "outbound" as const),
        author: fc.record({
          kind: fc.constantFrom("customer" as const, "agent" as const, "bot" as const),
        }),
        visibility: fc.constantFrom("public" as const, "private" as const),
        occurredAt: isoWithOffset,
        durationSeconds: optional(fc.integer({ min: 0, max: 7200 })),
        // JSON has no negative zero, so -0 is left out of the generated values.
        sentiment: optional(
          fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
        ),
        tags,
        source: optional(source),
      })
      .map(defined);
    roundTrips(interaction, decodeInteraction, encodeInteraction);
  });

  it("Case (with ordered status history)", () => {
    const kase = fc
      .record({
        created: fc.integer({ min: MIN, max: MAX - 1e10 }),
        steps: fc.array(
          fc.tuple(fc.integer({ min: 0, max: 1e8 }), fc.constantFrom(...CASE_STATUSES)),
          {
            maxLength: 5,
          },
        ),
        status: fc.constantFrom(...CASE_STATUSES),
        priority: fc.constantFrom(...CASE_PRIORITIES),
        id,
        customerId: id,
        channel,
        reopenCount: fc.nat(5),
        tags,
      })
      .map(({ created, steps, ...rest }) => {
        let at = created;
        const statusHistory = steps.map(([gap, status]) => {
          at += gap;
          return { status, at: new Date(at).toISOString() };
        });
        return {
          ...rest,
          createdAt: new Date(created).toISOString(),
          firstReplyAt: new Date(created + 60_000).toISOString(),
          solvedAt: new Date(at).toISOString(),
          statusHistory,
        };
      });
    roundTrips(kase, decodeCase, encodeCase);
  });

  it("SurveyResponse (every kind and scale)", () => {
    const base = { id, customerId: id, respondedAt: isoWithOffset, comment: optional(fc.string()) };
    const response = fc.oneof(
      fc.record({
        ...base,
        kind: fc.constant("nps" as const),
        score: fc.integer({ min: 0, max: 10 }),
      }),
      fc.record({
        ...base,
        kind: fc.constant("csat" as const),
        scale: fc.constant("binary" as const),
        score: fc.constantFrom("good" as const, "bad" as const),
      }),
      fc.record({
        ...base,
        kind: fc.constant("csat" as const),
        scale: fc.constant("five_point" as const),
        score: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({
        ...base,
        kind: fc.constant("ces" as const),
        scale: fc.constant("seven_point" as const),
        score: fc.integer({ min: 1, max: 7 }),
      }),
    );
    roundTrips(response.map(defined), decodeSurveyResponse, encodeSurveyResponse);
  });

  it("JourneyEvent", () => {
    const event = fc
      .record({
        id,
        customerId: id,
        name: id,
        stage: optional(id),
        occurredAt: isoWithOffset,
        properties: fc.dictionary(
          fc.string({ minLength: 1, maxLength: 5 }),
          fc.oneof(fc.string(), fc.integer()),
        ),
      })
      .map(defined);
    roundTrips(event, decodeJourneyEvent, encodeJourneyEvent);
  });

  it("ConsentEvent", () => {
    const event = fc
      .record({
        id,
        customerId: id,
        purpose: id,
        lawfulBasis: fc.constantFrom(...LAWFUL_BASES),
        action: fc.constantFrom(...CONSENT_ACTIONS),
        noticeVersion: optional(id),
        captured: fc.integer({ min: MIN, max: MAX - 1e10 }),
        validFor: optional(fc.integer({ min: 1, max: 1e10 })),
        proof: fc.record({ capturedBy: id, method: id }),
      })
      .map(({ captured, validFor, ...rest }) =>
        defined({
          ...rest,
          capturedAt: new Date(captured).toISOString(),
          expiresAt:
            validFor === undefined ? undefined : new Date(captured + validFor).toISOString(),
        }),
      );
    roundTrips(event, decodeConsentEvent, encodeConsentEvent);
  });

  it("Transaction and CareGesture", () => {
    roundTrips(
      fc.record({ id, customerId: id, amount: money, occurredAt: isoWithOffset }),
      decodeTransaction,
      encodeTransaction,
    );
    roundTrips(
      fc
        .record({
          id,
          customerId: id,
          agentId: id,
          kind: fc.constantFrom(...GESTURE_KINDS),
          value: optional(money),
          minutes: optional(fc.integer({ min: 1, max: 120 })),
          reason: id,
          grantedAt: isoWithOffset,
        })
        .map(defined),
      decodeCareGesture,
      encodeCareGesture,
    );
  });

  it("DataSubjectRequest", () => {
    const DAY = 86_400_000;
    const request = fc
      .record({
        id,
        customerId: id,
        right: fc.constantFrom(...DATA_SUBJECT_RIGHTS),
        received: fc.integer({ min: MIN, max: MAX - 200 * DAY }),
        extendedAfter: optional(fc.integer({ min: 0, max: 30 * DAY })),
        completedAfter: optional(fc.integer({ min: 30 * DAY, max: 120 * DAY })),
        outcome: fc.constantFrom(...REQUEST_OUTCOMES),
        jurisdiction: optional(fc.constantFrom("EU", "UK", "US-CA", "BR")),
      })
      .map(({ received, extendedAfter, completedAfter, outcome, ...rest }) =>
        defined({
          ...rest,
          receivedAt: new Date(received).toISOString(),
          extendedAt:
            extendedAfter === undefined
              ? undefined
              : new Date(received + extendedAfter).toISOString(),
          extensionReason: extendedAfter === undefined ? undefined : "complex request",
          completedAt:
            completedAfter === undefined
              ? undefined
              : new Date(received + completedAfter).toISOString(),
          outcome: completedAfter === undefined ? undefined : outcome,
          refusalReason:
            completedAfter === undefined || outcome === "fulfilled"
              ? undefined
              : "manifestly unfounded",
        }),
      );
    roundTrips(request, decodeDataSubjectRequest, encodeDataSubjectRequest);
  });
});
