import type { ConsentEvent, RecordId } from "@rapport/core";
import { checkDate, expectedMessage } from "@rapport/stats";
import { ageAt, ageOfConsent } from "./age-of-consent";
import type { ConsentDecision, ConsentReason, ConsentState } from "./consent-decision";
import type { ConsentQuery } from "./consent-query";
import { compareConsentEvents } from "./ledger-order";
import type { Purpose, PurposeCatalog } from "./purposes";
import type { SuppressionRecord } from "./suppression-record";

// The purpose assumed when none is declared: the most protective reading, opt-in consent.
const undeclared = (id: string): Purpose => ({
  id,
  description: id,
  lawfulBasis: "consent",
  requirement: "opt_in",
  sellsOrShares: false,
});

/**
 * Decides whether a customer's data may be processed for a purpose at a moment, by replaying
 * the consent ledger up to that moment (so a withdrawal is never retroactive).
 *
 * Rules, in order:
 * 1. Only the customer's events for the purpose captured at or before `asOf` count (inclusive:
 *    an event at exactly `asOf` is in effect at `asOf`). Order does not matter: events are sorted
 *    by time; at the same instant the most restrictive wins (grant < withdraw < object <
 *    restrict), then by id. The latest event wins.
 * 2. After an erasure (a suppression record with `erasedAt` ≤ `asOf`), events up to `erasedAt`
 *    no longer count; a remembered opt-out denies (`suppressed`), else nothing allows
 *    (`erased`), except a legal obligation.
 * 3. A restriction (Art. 18) stops everything except processing under a legal obligation.
 * 4. `requirement: "none"` (contract, legal obligation…): allowed whatever was withdrawn;
 *    only an objection stops it where the basis is legitimate interests or a public task (Art. 21).
 * 5. A purpose that sells or shares data is denied under a GPC signal (most restrictive wins).
 * 6. `"opt_out"`: allowed until a withdrawal or objection; except that selling or sharing the
 *    data of a consumer under 16 in California (`jurisdiction: "US-CA"`) needs an opt-in, from a
 *    parent under 13 (CCPA/CPRA §1798.120(c)), so rule 7 applies instead.
 * 7. `"opt_in"`: allowed only with a latest event that is a grant, not expired (valid on
 *    [capturedAt, expiresAt)), not given before a published notice that changed the purpose
 *    materially, and, for a child under the age of consent at the grant, authorised by a parent.
 *    Default deny.
 *
 * Throws a `TypeError` when `asOf` or `subject.birthDate` is not a `Date` or `subject.age` is not
 * a number, and a `RangeError` for an invalid `Date` or an age that is not a non-negative number:
 * an unreadable age must not pass the checks.
 *
 * @example
 * ```ts
 * import { customerId, decodeConsentEvent } from "@rapport/core";
 * import { evaluateConsent } from "@rapport/consent";
 *
 * const ledger = [
 *   decodeConsentEvent({
 *     id: "ce_1", customerId: "cus_1", purpose: "marketing_email", lawfulBasis: "consent",
 *     action: "grant", capturedAt: "2025-01-01T10:00:00Z",
 *     proof: { capturedBy: "signup-form", method: "web_form" },
 *   }),
 * ];
 * const decision = evaluateConsent(ledger, {
 *   customerId: customerId("cus_1"),
 *   purpose: "marketing_email",
 *   asOf: new Date("2025-02-01T00:00:00Z"),
 * });
 * decision.allowed; // true
 * decision.evidence; // ["ce_1"]
 * ```
 */
export function evaluateConsent(
  ledger: Iterable<ConsentEvent>,
  query: ConsentQuery,
): ConsentDecision {
  if (typeof query !== "object" || query === null) {
    throw new TypeError(
      expectedMessage("evaluateConsent: query", "an object { customerId, purpose, asOf }", query),
    );
  }
  const { customerId, purpose: purposeId, asOf } = query;
  checkDate("evaluateConsent: query.asOf", asOf);
  const { birthDate, age: givenAge } = query.subject ?? {};
  // An unreadable age would pass every age check (NaN < 16 is false): refuse it instead.
  if (birthDate !== undefined) checkDate("evaluateConsent: query.subject.birthDate", birthDate);
  if (givenAge !== undefined && !(Number.isFinite(givenAge) && givenAge >= 0)) {
    throw new (typeof givenAge === "number" ? RangeError : TypeError)(
      expectedMessage(
        "evaluateConsent: query.subject.age",
        "a non-negative number of years",
        givenAge,
      ),
    );
  }

  const purpose = query.purposes?.byId.get(purposeId) ?? undeclared(purposeId);
  const basis = purpose.lawfulBasis;
  const requirement = purpose.requirement;
  const time = asOf.getTime();

  const suppression = (query.suppressions ?? [])
    .filter((s) => s.customerId === customerId && s.erasedAt.getTime() <= time)
    .reduce<SuppressionRecord | undefined>(
      (latest, s) => (latest && latest.erasedAt >= s.erasedAt ? latest : s),
      undefined,
    );
  const after = suppression ? suppression.erasedAt.getTime() : Number.NEGATIVE_INFINITY;

  const latest = latestEvent(ledger, customerId, purposeId, time, after);

  const decide = (
    allowed: boolean,
    state: ConsentState,
    reason: ConsentReason,
    detail: string,
    extra: { signal?: "gpc"; expiresAt?: Date; evidence?: readonly RecordId[] } = {},
  ): ConsentDecision => ({
    customerId,
    purpose: purposeId,
    asOf,
    allowed,
    state,
    basis,
    requirement,
    reason,
    detail,
    evidence: extra.evidence ?? (latest ? [latest.id] : []),
    signal: extra.signal ?? null,
    expiresAt: extra.expiresAt ?? null,
  });

  const legalObligation = basis === "legal_obligation";
  if (suppression && latest === undefined && !legalObligation) {
    const optOut = suppression.optOuts.find((o) => o.purpose === purposeId);
    return optOut
      ? decide(
          false,
          "denied",
          "suppressed",
          `erased on ${suppression.erasedAt.toISOString()}; their ${optOut.action} of ${optOut.at.toISOString()} is still honoured`,
          { evidence: [suppression.requestId] },
        )
      : decide(false, "undecided", "erased", `erased on ${suppression.erasedAt.toISOString()}`, {
          evidence: [suppression.requestId],
        });
  }

  const action = latest?.action;
  const choice: ConsentState =
    action === undefined ? "undecided" : action === "grant" ? "granted" : "denied";

  if (action === "restrict" && !legalObligation) {
    return decide(
      false,
      "denied",
      "restricted",
      "the customer asked to restrict processing (GDPR Art. 18)",
    );
  }
  if (requirement === "none") {
    const objectable = basis === "legitimate_interests" || basis === "public_task";
    if (action === "object" && objectable) {
      return decide(
        false,
        "denied",
        "objected",
        `the customer objected to processing on ${basis} (GDPR Art. 21)`,
      );
    }
    if (!(query.signals?.gpc === true && purpose.sellsOrShares && !legalObligation)) {
      return decide(
        true,
        choice,
        "basis_not_consent",
        `rests on ${basis}, which the customer's choice does not switch off`,
      );
    }
  }
  if (query.signals?.gpc === true && purpose.sellsOrShares) {
    return decide(
      false,
      "denied",
      "gpc_opt_out",
      "a Global Privacy Control signal opts out of selling or sharing",
      {
        signal: "gpc",
      },
    );
  }
  // CCPA/CPRA §1798.120(c): selling or sharing the data of a California consumer under 16 needs
  // an opt-in (their own from 13, a parent's below), so the opt-in rules apply instead.
  const subject = query.subject;
  const ageNow = subject?.birthDate ? ageAt(subject.birthDate, asOf) : subject?.age;
  const californiaMinor =
    purpose.sellsOrShares &&
    ageNow !== undefined &&
    ageNow < 16 &&
    query.jurisdiction?.toUpperCase() === "US-CA";
  if (requirement === "opt_out" && !californiaMinor) {
    if (action === "object") {
      return decide(
        false,
        "denied",
        "objected",
        `the customer objected to processing on ${basis} (GDPR Art. 21)`,
      );
    }
    if (action === "withdraw") {
      return decide(false, "denied", "opted_out", "the customer opted out");
    }
    return decide(
      true,
      choice,
      "not_opted_out",
      "an opt-out purpose the customer has not opted out of",
      {
        ...(latest?.expiresAt ? { expiresAt: latest.expiresAt } : {}),
      },
    );
  }
  // opt-in: default deny
  if (latest === undefined) {
    return decide(
      false,
      "undecided",
      "no_consent",
      californiaMinor
        ? "selling or sharing a California consumer's data under 16 needs their opt-in (CCPA §1798.120(c)); none is on record"
        : "consent is needed and none is on record",
    );
  }
  if (action === "withdraw") {
    return decide(
      false,
      "denied",
      "consent_withdrawn",
      "the customer withdrew consent (GDPR Art. 7(3))",
    );
  }
  if (action === "object") {
    return decide(false, "denied", "objected", "the customer objected (GDPR Art. 21)");
  }
  const grant = latest;
  if (grant.expiresAt && grant.expiresAt.getTime() <= time) {
    return decide(
      false,
      "undecided",
      "consent_expired",
      `the consent expired at ${grant.expiresAt.toISOString()}`,
    );
  }
  const superseding = supersedingNotice(grant, purposeId, query.purposes, time);
  if (superseding) {
    return decide(
      false,
      "undecided",
      "notice_superseded",
      `notice ${superseding} changed this purpose materially after the consent was given; fresh consent is needed`,
    );
  }
  if (subject && (subject.birthDate !== undefined || subject.age !== undefined)) {
    const age = subject.birthDate ? ageAt(subject.birthDate, grant.capturedAt) : subject.age!;
    const threshold = ageOfConsent(
      query.jurisdiction ?? grant.jurisdiction,
      query.ageOfConsentTable,
    );
    if (age < threshold && grant.proof.authorizedBy === undefined) {
      return decide(
        false,
        "undecided",
        "parental_authorisation_missing",
        `given at age ${age}, under the age of consent (${threshold}), without a parent's authorisation (GDPR Art. 8; CCPA §1798.120(c))`,
      );
    }
  }
  return decide(true, "granted", "consent_granted", "the customer granted consent", {
    ...(grant.expiresAt ? { expiresAt: grant.expiresAt } : {}),
  });
}

// The version of the first notice in effect at `time` that changed the purpose materially
// after the grant's own notice (or after the grant, where its notice is unknown).
function supersedingNotice(
  grant: ConsentEvent,
  purposeId: string,
  catalog: PurposeCatalog | undefined,
  time: number,
): string | undefined {
  if (!catalog) return undefined;
  const own = catalog.notices.find((n) => n.version === grant.noticeVersion);
  const since = (own?.publishedAt ?? grant.capturedAt).getTime();
  return catalog.notices.find(
    (n) =>
      n.publishedAt.getTime() > since &&
      n.publishedAt.getTime() <= time &&
      (n.materialChanges ?? []).includes(purposeId),
  )?.version;
}

/**
 * The ledger's deciding event for a customer and purpose: the latest captured in
 * `(after, time]`. Its own small function, so that the one loop over a large ledger is
 * compiled on its own rather than as part of the whole decision.
 */
function latestEvent(
  ledger: Iterable<ConsentEvent>,
  customerId: string,
  purposeId: string,
  time: number,
  after: number,
): ConsentEvent | undefined {
  let latest: ConsentEvent | undefined;
  for (const event of ledger) {
    if (event.customerId !== customerId || event.purpose !== purposeId) continue;
    const captured = event.capturedAt.getTime();
    if (captured > time || captured <= after) continue;
    if (latest === undefined || compareConsentEvents(latest, event) < 0) latest = event;
  }
  return latest;
}
