// The properties of evaluateConsent over random ledgers, run by the unit suite with few cases
// and by the slow project with many (CONTRIBUTING.md, "Slow tests").
import { type ConsentEvent, customerId, decodeConsentEvent } from "@rapport/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateConsent } from "../evaluate-consent";
import { compareConsentEvents } from "../ledger-order";
import { catalog } from "./ledger.fixture";

const C1 = customerId("cus_1");
const BASE = Date.UTC(2024, 0, 1);
const HOUR = 3_600_000;
const PURPOSES = ["marketing_email", "analytics", "advertising", "ad_sharing", "service_emails"];
const OPT_IN = ["marketing_email", "analytics", "advertising"];

// Times on a coarse grid (1.5-day steps over a month) so that equal timestamps happen often.
const hour = fc.integer({ min: 0, max: 20 }).map((step) => step * 36);

const eventArb = fc
  .record({
    n: fc.nat(),
    customer: fc.constantFrom("cus_1", "cus_1", "cus_1", "cus_2"),
    purpose: fc.constantFrom(...PURPOSES),
    action: fc.constantFrom("grant", "grant", "grant", "withdraw", "object", "restrict"),
    at: hour,
    lifetime: fc.option(fc.integer({ min: 1, max: 24 * 10 }), { nil: undefined }),
    notice: fc.constantFrom(undefined, "v1", "v2"),
    authorised: fc.boolean(),
  })
  .map(
    (r): ConsentEvent =>
      decodeConsentEvent({
        id: `e${r.n}`,
        customerId: r.customer,
        purpose: r.purpose,
        lawfulBasis: "consent",
        action: r.action,
        capturedAt: new Date(BASE + r.at * HOUR).toISOString(),
        ...(r.lifetime
          ? { expiresAt: new Date(BASE + (r.at + r.lifetime) * HOUR).toISOString() }
          : {}),
        ...(r.notice ? { noticeVersion: r.notice } : {}),
        proof: {
          capturedBy: "test",
          method: "web_form",
          ...(r.authorised ? { authorizedBy: { name: "P", relation: "parent" } } : {}),
        },
      }),
  );

// Unique ids: fast-check may draw the same `n` twice.
const ledgerArb = fc
  .array(eventArb, { minLength: 8, maxLength: 30, size: "max" })
  .map((events) => events.map((e, i) => ({ ...e, id: `${e.id}_${i}` }) as ConsentEvent));

const queryArb = fc.record({
  purpose: fc.constantFrom(...PURPOSES),
  at: fc.integer({ min: -5, max: 24 * 31 }).map((h) => new Date(BASE + h * HOUR)),
  gpc: fc.constantFrom(undefined, true, false),
  birthYear: fc.constantFrom(undefined, 2000, 2010),
  withCatalog: fc.boolean(),
});

/** How many random cases each property tries. */
export interface ConsentPropertyRuns {
  /** Ledgers tried by the grant-in-force and the order properties. */
  ledgers: number;
  /** Ledger pairs tried by the retroactivity property. */
  retroactive: number;
}

/** Declares the evaluateConsent properties, each trying the given number of cases. */
export function describeConsentProperties(runs: ConsentPropertyRuns): void {
  describe(`evaluateConsent: properties (${runs.ledgers} ledgers)`, () => {
    it("never allows a purpose needing consent without a grant in force, captured at or before that time", () => {
      fc.assert(
        fc.property(ledgerArb, queryArb, (ledger, q) => {
          const purpose = OPT_IN.includes(q.purpose) ? q.purpose : "marketing_email";
          const d = evaluateConsent(ledger, {
            customerId: C1,
            purpose,
            asOf: q.at,
            ...(q.withCatalog ? { purposes: catalog } : {}),
            ...(q.gpc === undefined ? {} : { signals: { gpc: q.gpc } }),
            ...(q.birthYear
              ? { subject: { birthDate: new Date(Date.UTC(q.birthYear, 0, 1)) } }
              : {}),
          });
          if (!d.allowed) return;
          const t = q.at.getTime();
          const grants = ledger.filter(
            (e) =>
              e.customerId === C1 &&
              e.purpose === purpose &&
              e.action === "grant" &&
              e.capturedAt.getTime() <= t &&
              (e.expiresAt === undefined || e.expiresAt.getTime() > t),
          );
          expect(grants.map((g) => g.id)).toContain(d.evidence[0]);
          expect(d.state).toBe("granted");
          // …and nothing of the customer's for that purpose later than the grant, up to `at`, says no.
          const grantAt = grants.find((g) => g.id === d.evidence[0])!.capturedAt.getTime();
          const laterNo = ledger.filter(
            (e) =>
              e.customerId === C1 &&
              e.purpose === purpose &&
              e.action !== "grant" &&
              e.capturedAt.getTime() >= grantAt &&
              e.capturedAt.getTime() <= t,
          );
          expect(laterNo).toEqual([]);
        }),
        { numRuns: runs.ledgers },
      );
    });

    it("gives the same answer for events in any order as for the sorted ledger", () => {
      const permuted = ledgerArb.chain((ledger) =>
        fc.tuple(
          fc.constant(ledger),
          fc.shuffledSubarray(ledger, { minLength: ledger.length, maxLength: ledger.length }),
        ),
      );
      fc.assert(
        fc.property(permuted, queryArb, ([ledger, shuffled], q) => {
          const sorted = [...ledger].sort(compareConsentEvents);
          const query = {
            customerId: C1,
            purpose: q.purpose,
            asOf: q.at,
            purposes: catalog,
            ...(q.gpc === undefined ? {} : { signals: { gpc: q.gpc } }),
          };
          expect(evaluateConsent(shuffled, query)).toEqual(evaluateConsent(sorted, query));
          expect(evaluateConsent([...sorted].reverse(), query)).toEqual(
            evaluateConsent(sorted, query),
          );
        }),
        { numRuns: runs.ledgers },
      );
    });

    it("is never retroactive: events after the moment asked about change nothing", () => {
      fc.assert(
        fc.property(ledgerArb, ledgerArb, queryArb, (before, extra, q) => {
          const t = q.at.getTime();
          const past = before.filter((e) => e.capturedAt.getTime() <= t);
          const future = extra
            .filter((e) => e.capturedAt.getTime() > t)
            .map((e) => ({ ...e, id: `f_${e.id}` }) as ConsentEvent);
          const query = { customerId: C1, purpose: q.purpose, asOf: q.at, purposes: catalog };
          expect(evaluateConsent([...past, ...future], query)).toEqual(
            evaluateConsent(past, query),
          );
        }),
        { numRuns: runs.retroactive },
      );
    });
  });
}
