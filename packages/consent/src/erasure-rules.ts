import type { RecordKind } from "./customer-records";

/**
 * Why a record survives an erasure request: the exceptions of GDPR Art. 17(3):
 * `freedom_of_expression` (a), `legal_obligation` (b, e.g. invoices kept for tax law),
 * `public_health` (c), `archiving_research` (d), `legal_claims` (e).
 *
 * @example
 * ```ts
 * import type { ErasureKeepReason } from "@rapport/consent";
 * const reason: ErasureKeepReason = "legal_obligation";
 * ```
 */
export type ErasureKeepReason =
  | "freedom_of_expression"
  | "legal_obligation"
  | "public_health"
  | "archiving_research"
  | "legal_claims";

/**
 * What to do with one entity's records on erasure: delete them, pseudonymise them (replace the
 * customer id and drop the listed personal fields, so that aggregates such as NPS over time
 * survive without the person), or keep them for a reason, for `retentionDays` after the
 * record's date where given (records already past it are deleted).
 *
 * @example
 * ```ts
 * import type { ErasureRule } from "@rapport/consent";
 * const invoices: ErasureRule = { action: "keep", reason: "legal_obligation", retentionDays: 3650 };
 * ```
 */
export type ErasureRule =
  | { readonly action: "delete" }
  | { readonly action: "pseudonymise"; readonly removeFields: readonly string[] }
  | {
      readonly action: "keep";
      readonly reason: ErasureKeepReason;
      readonly retentionDays?: number;
    };

/**
 * The rules used for entities a policy leaves out: transactions are kept under a legal
 * obligation (set `retentionDays` to your law's period); survey responses are pseudonymised
 * (the free-text comment and the links to the case and the source system go; the score stays);
 * data-subject requests are pseudonymised too: a controller must be able to show that it
 * answered each request in time (GDPR Art. 5(2) accountability, Art. 17(3)(b); CCPA
 * regulations keep request records for 24 months), which needs the right, the dates and the
 * outcome but not the person, so the customer id and the source link go (a store also
 * blanks the free-text reasons), and the request that asked for the erasure stays provable.
 * Everything else, consent events included, is deleted (the opt-outs survive in the
 * suppression record).
 *
 * @example
 * ```ts
 * import { DEFAULT_ERASURE_RULES } from "@rapport/consent";
 * DEFAULT_ERASURE_RULES.transaction.action; // "keep"
 * ```
 */
export const DEFAULT_ERASURE_RULES: Readonly<Record<RecordKind, ErasureRule>> = {
  customer: { action: "delete" },
  interaction: { action: "delete" },
  case: { action: "delete" },
  surveyResponse: { action: "pseudonymise", removeFields: ["comment", "caseId", "source"] },
  journeyEvent: { action: "delete" },
  consentEvent: { action: "delete" },
  transaction: { action: "keep", reason: "legal_obligation" },
  careGesture: { action: "delete" },
  dataSubjectRequest: { action: "pseudonymise", removeFields: ["source"] },
};

/** The reasons an `ErasureRule` may keep a record for (internal). */
export const KEEP_REASONS: readonly string[] = [
  "freedom_of_expression",
  "legal_obligation",
  "public_health",
  "archiving_research",
  "legal_claims",
];
