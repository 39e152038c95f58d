import type { ConsentEvent } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { C1, C2, catalog, DSR, ev } from "./__fixtures__/ledger.fixture";
import type { ConsentReason, ConsentState } from "./consent-decision";
import type { ConsentQuery } from "./consent-query";
import { evaluateConsent } from "./evaluate-consent";
import type { SuppressionRecord } from "./suppression-record";

interface Scenario {
  name: string;
  ledger: ConsentEvent[];
  query: Omit<Partial<ConsentQuery>, "asOf"> & { purpose: string; asOf: string };
  expected: {
    allowed: boolean;
    state: ConsentState;
    reason: ConsentReason;
    evidence: string[];
    expiresAt?: string | null;
    signal?: "gpc" | null;
  };
}

const grant = ev("g1", "marketing_email", "grant", "2024-03-01T10:00:00Z", { noticeVersion: "v1" });
const withdraw = ev("w1", "marketing_email", "withdraw", "2024-06-01T10:00:00Z");
const regrant = ev("g2", "marketing_email", "grant", "2024-09-01T10:00:00Z", {
  noticeVersion: "v1",
});
// Captured at the same instant as the withdrawal: the most restrictive (withdraw) wins.
const grantSameInstant = ev("x3", "marketing_email", "grant", "2024-06-01T10:00:00Z");
const expiring = ev("g4", "marketing_email", "grant", "2024-03-01T10:00:00Z", {
  expiresAt: "2025-03-01T10:00:00Z",
});
const analyticsV1 = ev("ga", "analytics", "grant", "2024-06-01T00:00:00Z", { noticeVersion: "v1" });
const marketingV1 = ev("gm", "marketing_email", "grant", "2024-06-01T00:00:00Z", {
  noticeVersion: "v1",
});
const analyticsV2 = ev("ga2", "analytics", "grant", "2025-02-10T00:00:00Z", {
  noticeVersion: "v2",
});
// Captured after v2 was published, but on a stale form still showing v1.
const analyticsStale = ev("ga3", "analytics", "grant", "2025-02-10T00:00:00Z", {
  noticeVersion: "v1",
});
const objectLi = ev("o1", "fraud_prevention", "object", "2024-05-01T00:00:00Z", {
  lawfulBasis: "legitimate_interests",
});
const objectSharing = ev("o2", "ad_sharing", "object", "2024-05-01T00:00:00Z", {
  lawfulBasis: "legitimate_interests",
});
const optOutSharing = ev("w2", "ad_sharing", "withdraw", "2024-05-01T00:00:00Z", {
  lawfulBasis: "legitimate_interests",
});
const adsGrant = ev("ad1", "advertising", "grant", "2024-03-01T00:00:00Z");
const contractWithdraw = ev("w3", "service_emails", "withdraw", "2024-05-01T00:00:00Z", {
  lawfulBasis: "contract",
});
const contractRestrict = ev("r1", "service_emails", "restrict", "2024-05-01T00:00:00Z", {
  lawfulBasis: "contract",
});
const invoicesRestrict = ev("r2", "invoices", "restrict", "2024-05-01T00:00:00Z", {
  lawfulBasis: "legal_obligation",
});
const marketingRestrict = ev("r3", "marketing_email", "restrict", "2024-07-01T00:00:00Z");
const marketingObject = ev("o3", "marketing_email", "object", "2024-07-01T00:00:00Z");
// A 14-year-old (born 2010-05-01) grants on 2024-06-01.
const minorGrant = ev("gk", "marketing_email", "grant", "2024-06-01T00:00:00Z", {
  jurisdiction: "DE",
});
const minorGrantAuthorised = ev("gk2", "marketing_email", "grant", "2024-06-01T00:00:00Z", {
  jurisdiction: "DE",
  proof: {
    capturedBy: "signup-form",
    method: "double_opt_in",
    authorizedBy: { name: "Jo Doe", relation: "mother" },
  },
});
const otherCustomer = ev("x1", "marketing_email", "grant", "2024-03-01T10:00:00Z", {
  customerId: "cus_2",
});
const beforeErasure = ev("ge", "analytics", "grant", "2024-01-10T00:00:00Z");
const withdrawnBeforeErasure = ev("we", "marketing_email", "withdraw", "2024-02-01T00:00:00Z");
const afterErasure = ev("gn", "analytics", "grant", "2024-09-01T00:00:00Z");
// Born 2009-03-01: 15 on 2024-06-01 (grant) and on 2024-07-01 (asked); 12 on 2021-06-01.
const teen = { birthDate: new Date("2009-03-01T00:00:00Z") };
const sharingGrant = ev("sg", "ad_sharing", "grant", "2024-06-01T00:00:00Z", {
  lawfulBasis: "legitimate_interests",
});
const sharingGrantAt12 = ev("sg12", "ad_sharing", "grant", "2021-06-01T00:00:00Z", {
  lawfulBasis: "legitimate_interests",
});
const suppression: SuppressionRecord = {
  customerId: C1,
  requestId: DSR,
  erasedAt: new Date("2024-04-01T00:00:00Z"),
  optOuts: [
    { purpose: "marketing_email", action: "withdraw", at: new Date("2024-02-01T00:00:00Z") },
  ],
};

const scenarios: Scenario[] = [
  {
    name: "no record: consent needed and absent, default deny",
    ledger: [],
    query: { purpose: "marketing_email", asOf: "2024-05-01T00:00:00Z" },
    expected: { allowed: false, state: "undecided", reason: "no_consent", evidence: [] },
  },
  {
    name: "grant",
    ledger: [grant],
    query: { purpose: "marketing_email", asOf: "2024-05-01T00:00:00Z" },
    expected: {
      allowed: true,
      state: "granted",
      reason: "consent_granted",
      evidence: ["g1"],
      expiresAt: null,
    },
  },
  {
    name: "withdraw after grant",
    ledger: [grant, withdraw],
    query: { purpose: "marketing_email", asOf: "2024-07-01T00:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "consent_withdrawn", evidence: ["w1"] },
  },
  {
    name: "a withdrawal is not retroactive: before it, the grant still holds",
    ledger: [grant, withdraw],
    query: { purpose: "marketing_email", asOf: "2024-05-31T23:59:59.999Z" },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["g1"] },
  },
  {
    name: "re-grant after withdrawal",
    ledger: [grant, withdraw, regrant],
    query: { purpose: "marketing_email", asOf: "2024-10-01T00:00:00Z" },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["g2"] },
  },
  {
    name: "grant and withdraw at the same instant: withdraw wins (listed grant last)",
    ledger: [grant, withdraw, grantSameInstant],
    query: { purpose: "marketing_email", asOf: "2024-06-01T10:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "consent_withdrawn", evidence: ["w1"] },
  },
  {
    name: "grant and withdraw at the same instant: withdraw wins (listed grant first)",
    ledger: [grantSameInstant, withdraw],
    query: { purpose: "marketing_email", asOf: "2024-08-01T00:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "consent_withdrawn", evidence: ["w1"] },
  },
  {
    name: "evaluated exactly at the grant's time: the grant counts",
    ledger: [grant],
    query: { purpose: "marketing_email", asOf: "2024-03-01T10:00:00Z" },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["g1"] },
  },
  {
    name: "evaluated 1 ms before the grant: nothing yet",
    ledger: [grant],
    query: { purpose: "marketing_email", asOf: "2024-03-01T09:59:59.999Z" },
    expected: { allowed: false, state: "undecided", reason: "no_consent", evidence: [] },
  },
  {
    name: "evaluated exactly at the withdrawal's time: the withdrawal counts",
    ledger: [grant, withdraw],
    query: { purpose: "marketing_email", asOf: "2024-06-01T10:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "consent_withdrawn", evidence: ["w1"] },
  },
  {
    name: "late, out-of-order event: an older grant arriving after a withdrawal does not override it",
    ledger: [withdraw, grant],
    query: { purpose: "marketing_email", asOf: "2024-07-01T00:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "consent_withdrawn", evidence: ["w1"] },
  },
  {
    name: "late, out-of-order event: a newer grant listed first still wins",
    ledger: [regrant, withdraw, grant],
    query: { purpose: "marketing_email", asOf: "2024-10-01T00:00:00Z" },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["g2"] },
  },
  {
    name: "expiry boundary: 1 ms before expiry the consent holds",
    ledger: [expiring],
    query: { purpose: "marketing_email", asOf: "2025-03-01T09:59:59.999Z" },
    expected: {
      allowed: true,
      state: "granted",
      reason: "consent_granted",
      evidence: ["g4"],
      expiresAt: "2025-03-01T10:00:00.000Z",
    },
  },
  {
    name: "expiry boundary: at expiresAt the consent no longer counts",
    ledger: [expiring],
    query: { purpose: "marketing_email", asOf: "2025-03-01T10:00:00Z" },
    expected: {
      allowed: false,
      state: "undecided",
      reason: "consent_expired",
      evidence: ["g4"],
      expiresAt: null,
    },
  },
  {
    name: "notice change: the materially changed purpose needs fresh consent",
    ledger: [analyticsV1, marketingV1],
    query: { purpose: "analytics", asOf: "2025-02-01T00:00:00Z", purposes: catalog },
    expected: { allowed: false, state: "undecided", reason: "notice_superseded", evidence: ["ga"] },
  },
  {
    name: "notice change: other purposes keep their consent",
    ledger: [analyticsV1, marketingV1],
    query: { purpose: "marketing_email", asOf: "2025-02-01T00:00:00Z", purposes: catalog },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["gm"] },
  },
  {
    name: "notice change: before the new notice took effect the old consent holds",
    ledger: [analyticsV1],
    query: { purpose: "analytics", asOf: "2024-12-31T23:59:59Z", purposes: catalog },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["ga"] },
  },
  {
    name: "notice change: fresh consent under the new notice counts",
    ledger: [analyticsV1, analyticsV2],
    query: { purpose: "analytics", asOf: "2025-03-01T00:00:00Z", purposes: catalog },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["ga2"] },
  },
  {
    name: "notice change: a grant on a stale form (old notice) after the change does not count",
    ledger: [analyticsStale],
    query: { purpose: "analytics", asOf: "2025-03-01T00:00:00Z", purposes: catalog },
    expected: {
      allowed: false,
      state: "undecided",
      reason: "notice_superseded",
      evidence: ["ga3"],
    },
  },
  {
    name: "objection to legitimate interest stops it",
    ledger: [objectLi],
    query: { purpose: "fraud_prevention", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: false, state: "denied", reason: "objected", evidence: ["o1"] },
  },
  {
    name: "legitimate interest without objection is allowed",
    ledger: [],
    query: { purpose: "fraud_prevention", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: true, state: "undecided", reason: "basis_not_consent", evidence: [] },
  },
  {
    name: "objection to an opt-out (legitimate interest) purpose",
    ledger: [objectSharing],
    query: { purpose: "ad_sharing", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: false, state: "denied", reason: "objected", evidence: ["o2"] },
  },
  {
    name: "opt-out purpose, opted out",
    ledger: [optOutSharing],
    query: { purpose: "ad_sharing", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: false, state: "denied", reason: "opted_out", evidence: ["w2"] },
  },
  {
    name: "opt-out purpose, no choice on record: allowed but still undecided",
    ledger: [],
    query: { purpose: "ad_sharing", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: true, state: "undecided", reason: "not_opted_out", evidence: [] },
  },
  {
    name: "GPC with a stored grant: the opt-out of sale/sharing wins",
    ledger: [adsGrant],
    query: {
      purpose: "advertising",
      asOf: "2024-06-01T00:00:00Z",
      purposes: catalog,
      signals: { gpc: true },
    },
    expected: {
      allowed: false,
      state: "denied",
      reason: "gpc_opt_out",
      evidence: ["ad1"],
      signal: "gpc",
    },
  },
  {
    name: "no GPC signal is no preference: the stored grant holds",
    ledger: [adsGrant],
    query: { purpose: "advertising", asOf: "2024-06-01T00:00:00Z", purposes: catalog, signals: {} },
    expected: {
      allowed: true,
      state: "granted",
      reason: "consent_granted",
      evidence: ["ad1"],
      signal: null,
    },
  },
  {
    name: "GPC on an opt-out sharing purpose",
    ledger: [],
    query: {
      purpose: "ad_sharing",
      asOf: "2024-06-01T00:00:00Z",
      purposes: catalog,
      signals: { gpc: true },
    },
    expected: {
      allowed: false,
      state: "denied",
      reason: "gpc_opt_out",
      evidence: [],
      signal: "gpc",
    },
  },
  {
    name: "GPC does not touch a purpose that neither sells nor shares",
    ledger: [marketingV1],
    query: {
      purpose: "marketing_email",
      asOf: "2024-07-01T00:00:00Z",
      purposes: catalog,
      signals: { gpc: true },
    },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["gm"] },
  },
  {
    name: "contract basis after withdrawal: still allowed, the choice is recorded",
    ledger: [contractWithdraw],
    query: { purpose: "service_emails", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: true, state: "denied", reason: "basis_not_consent", evidence: ["w3"] },
  },
  {
    name: "restriction stops contract processing (Art. 18)",
    ledger: [contractRestrict],
    query: { purpose: "service_emails", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: false, state: "denied", reason: "restricted", evidence: ["r1"] },
  },
  {
    name: "restriction does not stop a legal obligation",
    ledger: [invoicesRestrict],
    query: { purpose: "invoices", asOf: "2024-06-01T00:00:00Z", purposes: catalog },
    expected: { allowed: true, state: "denied", reason: "basis_not_consent", evidence: ["r2"] },
  },
  {
    name: "restriction after a consent grant",
    ledger: [grant, marketingRestrict],
    query: { purpose: "marketing_email", asOf: "2024-08-01T00:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "restricted", evidence: ["r3"] },
  },
  {
    name: "objection after a consent grant",
    ledger: [grant, marketingObject],
    query: { purpose: "marketing_email", asOf: "2024-08-01T00:00:00Z" },
    expected: { allowed: false, state: "denied", reason: "objected", evidence: ["o3"] },
  },
  {
    name: "a minor (14, Germany: 16) without a parent's authorisation",
    ledger: [minorGrant],
    query: {
      purpose: "marketing_email",
      asOf: "2024-07-01T00:00:00Z",
      subject: { birthDate: new Date("2010-05-01T00:00:00Z") },
    },
    expected: {
      allowed: false,
      state: "undecided",
      reason: "parental_authorisation_missing",
      evidence: ["gk"],
    },
  },
  {
    name: "a minor with a parent's authorisation recorded",
    ledger: [minorGrantAuthorised],
    query: {
      purpose: "marketing_email",
      asOf: "2024-07-01T00:00:00Z",
      subject: { birthDate: new Date("2010-05-01T00:00:00Z") },
    },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["gk2"] },
  },
  {
    name: "the same 14-year-old in Belgium (13) may consent alone",
    ledger: [minorGrant],
    query: {
      purpose: "marketing_email",
      asOf: "2024-07-01T00:00:00Z",
      jurisdiction: "BE",
      subject: { birthDate: new Date("2010-05-01T00:00:00Z") },
    },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["gk"] },
  },
  {
    name: "age given instead of a birth date",
    ledger: [minorGrant],
    query: { purpose: "marketing_email", asOf: "2024-07-01T00:00:00Z", subject: { age: 15 } },
    expected: {
      allowed: false,
      state: "undecided",
      reason: "parental_authorisation_missing",
      evidence: ["gk"],
    },
  },
  {
    name: "California consumer of 15: selling/sharing needs their opt-in (§1798.120(c))",
    ledger: [],
    query: {
      purpose: "ad_sharing",
      asOf: "2024-07-01T00:00:00Z",
      purposes: catalog,
      jurisdiction: "US-CA",
      subject: teen,
    },
    expected: { allowed: false, state: "undecided", reason: "no_consent", evidence: [] },
  },
  {
    name: "California consumer of 15 who opted in",
    ledger: [sharingGrant],
    query: {
      purpose: "ad_sharing",
      asOf: "2024-07-01T00:00:00Z",
      purposes: catalog,
      jurisdiction: "US-CA",
      subject: teen,
    },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["sg"] },
  },
  {
    name: "California consumer who opted in at 12, without a parent",
    ledger: [sharingGrantAt12],
    query: {
      purpose: "ad_sharing",
      asOf: "2024-07-01T00:00:00Z",
      purposes: catalog,
      jurisdiction: "US-CA",
      subject: teen,
    },
    expected: {
      allowed: false,
      state: "undecided",
      reason: "parental_authorisation_missing",
      evidence: ["sg12"],
    },
  },
  {
    name: "the same 15-year-old outside California: opt-out rules",
    ledger: [],
    query: {
      purpose: "ad_sharing",
      asOf: "2024-07-01T00:00:00Z",
      purposes: catalog,
      jurisdiction: "US-NY",
      subject: teen,
    },
    expected: { allowed: true, state: "undecided", reason: "not_opted_out", evidence: [] },
  },
  {
    name: "erased customer: a remembered opt-out is still honoured",
    ledger: [withdrawnBeforeErasure],
    query: {
      purpose: "marketing_email",
      asOf: "2024-05-01T00:00:00Z",
      suppressions: [suppression],
    },
    expected: { allowed: false, state: "denied", reason: "suppressed", evidence: ["dsr_1"] },
  },
  {
    name: "erased customer: a grant from before the erasure no longer counts",
    ledger: [beforeErasure],
    query: { purpose: "analytics", asOf: "2024-05-01T00:00:00Z", suppressions: [suppression] },
    expected: { allowed: false, state: "undecided", reason: "erased", evidence: ["dsr_1"] },
  },
  {
    name: "erased customer who grants again afterwards",
    ledger: [beforeErasure, afterErasure],
    query: { purpose: "analytics", asOf: "2024-10-01T00:00:00Z", suppressions: [suppression] },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["gn"] },
  },
  {
    name: "erased customer: a legal obligation still applies",
    ledger: [],
    query: {
      purpose: "invoices",
      asOf: "2024-05-01T00:00:00Z",
      purposes: catalog,
      suppressions: [suppression],
    },
    expected: { allowed: true, state: "undecided", reason: "basis_not_consent", evidence: [] },
  },
  {
    name: "an erasure later than the moment asked about changes nothing",
    ledger: [beforeErasure],
    query: { purpose: "analytics", asOf: "2024-03-01T00:00:00Z", suppressions: [suppression] },
    expected: { allowed: true, state: "granted", reason: "consent_granted", evidence: ["ge"] },
  },
  {
    name: "another customer's grant does not count",
    ledger: [otherCustomer],
    query: { purpose: "marketing_email", asOf: "2024-05-01T00:00:00Z" },
    expected: { allowed: false, state: "undecided", reason: "no_consent", evidence: [] },
  },
];

describe("evaluateConsent: scenarios", () => {
  it.each(scenarios)("$name", ({ ledger, query, expected }) => {
    const frozen = ledger.map((e) => structuredClone(e));
    const decision = evaluateConsent(ledger, {
      customerId: C1,
      ...query,
      asOf: new Date(query.asOf),
    });
    expect({
      allowed: decision.allowed,
      state: decision.state,
      reason: decision.reason,
      evidence: decision.evidence,
    }).toEqual({
      allowed: expected.allowed,
      state: expected.state,
      reason: expected.reason,
      evidence: expected.evidence,
    });
    if (expected.expiresAt !== undefined) {
      expect(decision.expiresAt?.toISOString() ?? null).toBe(expected.expiresAt);
    }
    if (expected.signal !== undefined) expect(decision.signal).toBe(expected.signal);
    expect(decision.detail.length).toBeGreaterThan(0);
    expect(ledger).toEqual(frozen); // inputs are never mutated
  });
});

describe("evaluateConsent", () => {
  it("reports the basis and requirement of the purpose, with the question asked", () => {
    const asOf = new Date("2024-06-01T00:00:00Z");
    const d = evaluateConsent([], {
      customerId: C2,
      purpose: "service_emails",
      asOf,
      purposes: catalog,
    });
    expect(d).toMatchObject({
      customerId: "cus_2",
      purpose: "service_emails",
      basis: "contract",
      requirement: "none",
    });
    expect(d.asOf).toBe(asOf);
  });

  it("treats an undeclared purpose as opt-in consent", () => {
    const d = evaluateConsent([], {
      customerId: C1,
      purpose: "mystery",
      asOf: new Date("2024-01-01T00:00:00Z"),
      purposes: catalog,
    });
    expect(d).toMatchObject({
      basis: "consent",
      requirement: "opt_in",
      allowed: false,
      reason: "no_consent",
    });
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "treats a purpose named %s as undeclared, not as something every object inherits",
    (purpose) => {
      const d = evaluateConsent([], {
        customerId: C1,
        purpose,
        asOf: new Date("2024-01-01T00:00:00Z"),
        purposes: catalog,
      });
      expect(d).toMatchObject({
        basis: "consent",
        requirement: "opt_in",
        allowed: false,
        reason: "no_consent",
      });
    },
  );

  it("rejects an unreadable age instead of treating the subject as an adult", () => {
    // With an Invalid Date the age would be NaN, and NaN < 16 is false: the child's grant
    // without a parent's authorisation would count.
    const query = {
      customerId: C1,
      purpose: "marketing_email",
      asOf: new Date("2024-05-01T00:00:00Z"),
    };
    expect(() =>
      evaluateConsent([grant], { ...query, subject: { birthDate: new Date("nope") } }),
    ).toThrow(
      new RangeError(
        "evaluateConsent: query.subject.birthDate: expected a valid Date, received an invalid Date",
      ),
    );
    expect(() => evaluateConsent([grant], { ...query, subject: { age: Number.NaN } })).toThrow(
      new RangeError(
        "evaluateConsent: query.subject.age: expected a non-negative number of years, received NaN",
      ),
    );
    expect(() => evaluateConsent([grant], { ...query, subject: { age: -1 } })).toThrow(RangeError);
    expect(() =>
      evaluateConsent([grant], { ...query, subject: { age: "15" as unknown as number } }),
    ).toThrow(TypeError);
  });

  it("rejects an invalid or missing moment with a clear error", () => {
    expect(() =>
      evaluateConsent([], { customerId: C1, purpose: "x", asOf: new Date("nope") }),
    ).toThrow(
      new RangeError(
        "evaluateConsent: query.asOf: expected a valid Date, received an invalid Date",
      ),
    );
    // The moment used to be `at`: a query still written that way names the field it lacks.
    expect(() =>
      evaluateConsent([], { customerId: C1, purpose: "x", at: new Date() } as never),
    ).toThrow(
      new TypeError(
        "evaluateConsent: query.asOf: expected a Date, received nothing (the field is missing)",
      ),
    );
  });

  it("takes the latest of several suppression records", () => {
    const later: SuppressionRecord = {
      ...suppression,
      erasedAt: new Date("2024-10-01T00:00:00Z"),
      optOuts: [],
    };
    const d = evaluateConsent([beforeErasure, afterErasure], {
      customerId: C1,
      purpose: "analytics",
      asOf: new Date("2024-11-01T00:00:00Z"),
      suppressions: [suppression, later],
    });
    // The grant of 2024-09-01 came before the second erasure, so it no longer counts.
    expect(d).toMatchObject({ allowed: false, reason: "erased", evidence: ["dsr_1"] });
  });

  it("reports an opt-out purpose's grant expiry", () => {
    const g = ev("s1", "ad_sharing", "grant", "2024-01-01T00:00:00Z", {
      lawfulBasis: "legitimate_interests",
      expiresAt: "2025-01-01T00:00:00Z",
    });
    const d = evaluateConsent([g], {
      customerId: C1,
      purpose: "ad_sharing",
      asOf: new Date("2024-02-01T00:00:00Z"),
      purposes: catalog,
    });
    expect(d).toMatchObject({
      allowed: true,
      state: "granted",
      reason: "not_opted_out",
      evidence: ["s1"],
    });
    expect(d.expiresAt?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
  });

  it("accepts any iterable ledger", () => {
    function* gen() {
      yield grant;
    }
    expect(
      evaluateConsent(gen(), {
        customerId: C1,
        purpose: "marketing_email",
        asOf: new Date("2024-05-01T00:00:00Z"),
      }).allowed,
    ).toBe(true);
  });
});
