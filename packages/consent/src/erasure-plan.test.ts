import { RapportValidationError, recordId } from "@rapport/core";
import { describe, expect, it } from "vitest";
import { C1, DSR } from "./__fixtures__/ledger.fixture";
import { sources } from "./__fixtures__/sources.fixture";
import { customerRecords } from "./customer-records";
import { erasurePlan } from "./erasure-plan";
import { evaluateConsent } from "./evaluate-consent";

const requestedAt = new Date("2024-06-01T00:00:00Z");

describe("erasurePlan", () => {
  it("lists each of the customer's records once: delete, keep with reason, or pseudonymise", () => {
    const plan = erasurePlan(C1, sources, {
      requestId: DSR,
      requestedAt,
      rules: { transaction: { action: "keep", reason: "legal_obligation", retentionDays: 3650 } },
    });
    expect(plan.delete).toEqual([
      { entity: "customer", id: "cus_1" },
      { entity: "case", id: "case_1" },
      { entity: "interaction", id: "int_1" },
      { entity: "journeyEvent", id: "je_1" },
      { entity: "consentEvent", id: "ce_1" },
      { entity: "consentEvent", id: "ce_2" },
      { entity: "consentEvent", id: "ce_3" },
      { entity: "consentEvent", id: "ce_4" },
      { entity: "consentEvent", id: "ce_5" },
      // 2013-01-01 + 3650 days = 2022-12-30, before the request: its retention is over.
      { entity: "transaction", id: "tx_old" },
      { entity: "careGesture", id: "gst_1" },
    ]);
    // 2024-01-10 + 3650 days (two leap days, 2024 and 2028, inside) = 2034-01-07.
    expect(plan.keep).toEqual([
      {
        entity: "transaction",
        id: "tx_1",
        reason: "legal_obligation",
        until: new Date("2034-01-07T00:00:00Z"),
      },
    ]);
    expect(plan.pseudonymise).toEqual([
      {
        entity: "surveyResponse",
        id: "sr_1",
        pseudonym: "erased:dsr_1",
        removeFields: ["comment", "caseId", "source"],
      },
      // Kept without the person, as proof that the access request was answered in time.
      {
        entity: "dataSubjectRequest",
        id: "dsr_access_1",
        pseudonym: "erased:dsr_1",
        removeFields: ["source"],
      },
    ]);
    const all = [...plan.delete, ...plan.keep, ...plan.pseudonymise].map(
      (r) => `${r.entity}:${r.id}`,
    );
    const held = customerRecords(C1, sources).map((r) => `${r.entity}:${r.id}`);
    expect(all.sort()).toEqual(held.sort());
  });

  it("leaves a minimal suppression record with the opt-outs in force at the request", () => {
    const plan = erasurePlan(C1, sources, { requestId: DSR, requestedAt, pseudonym: "p_7f3a" });
    expect(plan.suppression).toEqual({
      customerId: "cus_1",
      requestId: "dsr_1",
      erasedAt: requestedAt,
      optOuts: [
        { purpose: "ad_sharing", action: "object", at: new Date("2024-03-01T00:00:00Z") },
        { purpose: "marketing_email", action: "withdraw", at: new Date("2024-03-01T00:00:00Z") },
      ],
    });
    expect(plan.pseudonymise[0]?.pseudonym).toBe("p_7f3a");
    // Default rules: transactions kept without an end date.
    expect(plan.keep.map((k) => [k.id, k.until])).toEqual([
      ["tx_old", null],
      ["tx_1", null],
    ]);
  });

  it("keeps opt-outs honoured after the plan is applied", () => {
    const plan = erasurePlan(C1, sources, { requestId: DSR, requestedAt });
    const deleted = new Set(plan.delete.map((r) => r.id));
    const remaining = [...(sources.consentEvents ?? [])].filter((e) => !deleted.has(e.id));
    const asOf = new Date("2024-07-01T00:00:00Z");
    const decision = evaluateConsent(remaining, {
      customerId: C1,
      purpose: "marketing_email",
      asOf,
      suppressions: [plan.suppression],
    });
    expect(decision).toMatchObject({
      allowed: false,
      state: "denied",
      reason: "suppressed",
      evidence: ["dsr_1"],
    });
  });

  it("rejects a malformed policy, listing every problem", () => {
    try {
      erasurePlan(C1, sources, {
        requestId: recordId("x"),
        requestedAt: new Date("nope"),
        rules: {
          transaction: { action: "keep", reason: "because" as never, retentionDays: 0 },
          surveyResponse: { action: "pseudonymise", removeFields: "comment" as never },
          case: { action: "shred" } as never,
          invoices: { action: "delete" },
        } as never,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RapportValidationError);
      expect(
        (error as RapportValidationError).issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      ).toEqual([
        "requestedAt: expected a valid Date, received an invalid Date",
        'rules.transaction.reason: expected one of "freedom_of_expression" | "legal_obligation" | "public_health" | "archiving_research" | "legal_claims", received "because"',
        "rules.transaction.retentionDays: expected a positive whole number of days, received 0",
        'rules.surveyResponse.removeFields: expected an array of field names, received "comment"',
        'rules.case.action: expected one of "delete" | "pseudonymise" | "keep", received "shred"',
        'rules.invoices: expected a record kind, one of "customer" | "case" | "interaction" | "surveyResponse" | "journeyEvent" | "consentEvent" | "transaction" | "careGesture" | "dataSubjectRequest", received "invoices"',
      ]);
      // Each issue carries zod's code for its kind of problem.
      expect(
        (error as RapportValidationError).issues.map((i) => (i as { code?: string }).code),
      ).toEqual([
        "invalid_value", // an invalid Date: the right type, a value out of its domain
        "invalid_value",
        "too_small",
        "invalid_type",
        "invalid_value",
        "unknown_key",
      ]);
    }
    expect(() => erasurePlan(C1, {}, { requestId: "" as never, requestedAt })).toThrow(
      /requestId: expected a non-empty id/,
    );
  });

  it("does not mutate its inputs and handles a customer with nothing held", () => {
    const before = JSON.stringify(sources);
    const plan = erasurePlan(C1, {}, { requestId: DSR, requestedAt });
    expect(plan).toMatchObject({
      delete: [],
      keep: [],
      pseudonymise: [],
      suppression: { optOuts: [] },
    });
    erasurePlan(C1, sources, { requestId: DSR, requestedAt });
    expect(JSON.stringify(sources)).toBe(before);
  });
});
