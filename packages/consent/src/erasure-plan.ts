import type { ConsentEvent, CustomerId, CustomerSources, RecordId } from "@rapport/core";
import { RapportValidationError, type ValidationIssue, validationIssue } from "@rapport/core";
import { oneOf } from "@rapport/stats";
import {
  type CustomerRecord,
  customerRecords,
  RECORD_KINDS,
  type RecordKind,
  type RecordRef,
} from "./customer-records";
import {
  DEFAULT_ERASURE_RULES,
  type ErasureKeepReason,
  type ErasureRule,
  KEEP_REASONS,
} from "./erasure-rules";
import { compareConsentEvents } from "./ledger-order";
import type { SuppressedPurpose, SuppressionRecord } from "./suppression-record";

/**
 * How to carry out an erasure request.
 *
 * @example
 * ```ts
 * import { recordId } from "@rapport/core";
 * import type { ErasurePolicy } from "@rapport/consent";
 * const policy: ErasurePolicy = {
 *   requestId: recordId("dsr_1"),
 *   requestedAt: new Date("2025-05-01T00:00:00Z"),
 *   rules: { transaction: { action: "keep", reason: "legal_obligation", retentionDays: 3650 } },
 * };
 * ```
 */
export interface ErasurePolicy {
  /** The erasure request's id, for the audit trail. */
  readonly requestId: RecordId;
  /** When the erasure takes effect. */
  readonly requestedAt: Date;
  /** Rules by entity; {@link DEFAULT_ERASURE_RULES} for those left out. */
  readonly rules?: Partial<Readonly<Record<RecordKind, ErasureRule>>>;
  /** The id that replaces the customer's in pseudonymised records (generate it randomly, outside); `erased:<requestId>` by default. */
  readonly pseudonym?: string;
}

/**
 * A record to keep, and why.
 *
 * @example
 * ```ts
 * import type { KeptRecord } from "@rapport/consent";
 * const kept: KeptRecord = { entity: "transaction", id: "tx_1", reason: "legal_obligation", until: null };
 * ```
 */
export interface KeptRecord extends RecordRef {
  /** The Art. 17(3) exception it is kept under. */
  readonly reason: ErasureKeepReason;
  /** When it must be deleted after all; `null` when no period was given. */
  readonly until: Date | null;
}

/**
 * A record to pseudonymise: replace its customer id and remove the listed fields.
 *
 * @example
 * ```ts
 * import type { PseudonymisedRecord } from "@rapport/consent";
 * const p: PseudonymisedRecord = { entity: "surveyResponse", id: "sr_1", pseudonym: "erased:dsr_1", removeFields: ["comment"] };
 * ```
 */
export interface PseudonymisedRecord extends RecordRef {
  /** The id that replaces the customer's. */
  readonly pseudonym: string;
  /** The fields to remove. */
  readonly removeFields: readonly string[];
}

/**
 * What {@link erasurePlan} returns: what the store must delete, keep (and why) and
 * pseudonymise, and the suppression record to store afterwards.
 *
 * @example
 * ```ts
 * import type { ErasurePlan } from "@rapport/consent";
 * const summary = (p: ErasurePlan) => `${p.delete.length} deleted, ${p.keep.length} kept`;
 * ```
 */
export interface ErasurePlan {
  /** The customer being erased. */
  readonly customerId: CustomerId;
  /** The erasure request. */
  readonly requestId: RecordId;
  /** Records to delete. */
  readonly delete: readonly RecordRef[];
  /** Records to keep, with the reason. */
  readonly keep: readonly KeptRecord[];
  /** Records to pseudonymise. */
  readonly pseudonymise: readonly PseudonymisedRecord[];
  /** What remains so that opt-outs keep being honoured. */
  readonly suppression: SuppressionRecord;
}

const DAY_MS = 86_400_000;

function validate(policy: ErasurePolicy): void {
  if (typeof policy !== "object" || policy === null) {
    throw new RapportValidationError("ErasurePolicy", [
      validationIssue([], "invalid_type", "an object { requestId, requestedAt }", policy),
    ]);
  }
  const issues: ValidationIssue[] = [];
  if (typeof policy.requestId !== "string" || policy.requestId === "") {
    const code = typeof policy.requestId === "string" ? "too_small" : "invalid_type";
    issues.push(validationIssue(["requestId"], code, "a non-empty id", policy.requestId));
  }
  if (!(policy.requestedAt instanceof Date) || Number.isNaN(policy.requestedAt.getTime())) {
    const code = policy.requestedAt instanceof Date ? "invalid_value" : "invalid_type";
    issues.push(validationIssue(["requestedAt"], code, "a valid Date", policy.requestedAt));
  }
  for (const [entity, rule] of Object.entries(policy.rules ?? {})) {
    const path = ["rules", entity];
    if (!RECORD_KINDS.includes(entity as RecordKind)) {
      issues.push(
        validationIssue(path, "unknown_key", `a record kind, ${oneOf(RECORD_KINDS)}`, entity),
      );
    } else if (rule?.action === "keep") {
      if (!KEEP_REASONS.includes(rule.reason)) {
        issues.push(
          validationIssue([...path, "reason"], "invalid_value", oneOf(KEEP_REASONS), rule.reason),
        );
      }
      const days = rule.retentionDays;
      if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
        const code = typeof days === "number" ? "too_small" : "invalid_type";
        issues.push(
          validationIssue(
            [...path, "retentionDays"],
            code,
            "a positive whole number of days",
            days,
          ),
        );
      }
    } else if (rule?.action === "pseudonymise") {
      if (!Array.isArray(rule.removeFields)) {
        issues.push(
          validationIssue(
            [...path, "removeFields"],
            "invalid_type",
            "an array of field names",
            rule.removeFields,
          ),
        );
      }
    } else if (rule?.action !== "delete") {
      const action = (rule as { action?: unknown } | undefined)?.action;
      issues.push(
        validationIssue(
          [...path, "action"],
          "invalid_value",
          oneOf(["delete", "pseudonymise", "keep"]),
          action,
        ),
      );
    }
  }
  if (issues.length > 0) throw new RapportValidationError("ErasurePolicy", issues);
}

// The opt-outs in force at `at`: per purpose, the latest event, if it is not a grant.
function optOutsAt(records: readonly CustomerRecord[], at: number): SuppressedPurpose[] {
  const latest = new Map<string, ConsentEvent>();
  for (const { entity, record } of records) {
    if (entity !== "consentEvent") continue;
    const event = record as ConsentEvent;
    if (event.capturedAt.getTime() > at) continue;
    const current = latest.get(event.purpose);
    if (!current || compareConsentEvents(current, event) < 0) latest.set(event.purpose, event);
  }
  const out: SuppressedPurpose[] = [];
  for (const event of latest.values()) {
    if (event.action !== "grant")
      out.push({ purpose: event.purpose, action: event.action, at: event.capturedAt });
  }
  return out.sort((a, b) => (a.purpose < b.purpose ? -1 : a.purpose > b.purpose ? 1 : 0));
}

/**
 * Plans the erasure of a customer (GDPR Art. 17, CCPA/CPRA §1798.105): every record held about
 * them is listed once, to delete, to keep (with its Art. 17(3) reason and, where a period is
 * given, until when) or to pseudonymise, plus the minimal suppression record that keeps their
 * opt-outs honoured (their consent events are deleted; the opt-outs in force at `requestedAt`
 * survive in it). Applying the plan is the store's job. Throws a `RapportValidationError` for a
 * malformed policy.
 *
 * @example
 * ```ts
 * import { customerId, decodeCustomer, decodeTransaction, recordId } from "@rapport/core";
 * import { erasurePlan } from "@rapport/consent";
 *
 * const plan = erasurePlan(
 *   customerId("cus_1"),
 *   {
 *     customers: [decodeCustomer({ id: "cus_1" })],
 *     transactions: [decodeTransaction({ id: "tx_1", customerId: "cus_1", amount: { amount: 1999, currency: "EUR" }, occurredAt: "2025-01-10T00:00:00Z" })],
 *   },
 *   { requestId: recordId("dsr_1"), requestedAt: new Date("2025-05-01T00:00:00Z") },
 * );
 * plan.delete; // [{ entity: "customer", id: "cus_1" }]
 * plan.keep; // [{ entity: "transaction", id: "tx_1", reason: "legal_obligation", until: null }]
 * ```
 */
export function erasurePlan(
  customerId: CustomerId,
  sources: CustomerSources,
  policy: ErasurePolicy,
): ErasurePlan {
  validate(policy);
  const now = policy.requestedAt.getTime();
  const pseudonym = policy.pseudonym ?? `erased:${policy.requestId}`;
  const records = customerRecords(customerId, sources);
  const toDelete: RecordRef[] = [];
  const keep: KeptRecord[] = [];
  const pseudonymise: PseudonymisedRecord[] = [];
  for (const { entity, id, at } of records) {
    const rule = policy.rules?.[entity] ?? DEFAULT_ERASURE_RULES[entity];
    if (rule.action === "pseudonymise") {
      pseudonymise.push({ entity, id, pseudonym, removeFields: rule.removeFields });
    } else if (rule.action === "keep") {
      // A record with no date cannot be shown past its period, so it is kept.
      const until =
        rule.retentionDays !== undefined && at !== null
          ? new Date(at.getTime() + rule.retentionDays * DAY_MS)
          : null;
      if (until !== null && until.getTime() <= now) toDelete.push({ entity, id });
      else keep.push({ entity, id, reason: rule.reason, until });
    } else {
      toDelete.push({ entity, id });
    }
  }
  return {
    customerId,
    requestId: policy.requestId,
    delete: toDelete,
    keep,
    pseudonymise,
    suppression: {
      customerId,
      requestId: policy.requestId,
      erasedAt: policy.requestedAt,
      optOuts: optOutsAt(records, now),
    },
  };
}
