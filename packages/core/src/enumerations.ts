// The model's enumerations, kept apart from the schemas so that code which needs only a
// list of values (a status, a channel) does not pull in zod.

/**
 * The roles that care policies can grant permissions to.
 *
 * @example
 * ```ts
 * import { AGENT_ROLES } from "@rapport/core";
 * AGENT_ROLES; // ["agent", "team_lead", "manager", "admin"]
 * ```
 */
export const AGENT_ROLES = ["agent", "team_lead", "manager", "admin"] as const;

/**
 * The kinds of goodwill gesture an agent can grant.
 *
 * @example
 * ```ts
 * import { GESTURE_KINDS } from "@rapport/core";
 * GESTURE_KINDS.includes("extra_time"); // true
 * ```
 */
export const GESTURE_KINDS = ["discount", "refund", "credit", "replacement", "extra_time"] as const;

/**
 * The statuses a case moves through, in the order a case usually takes them.
 *
 * @example
 * ```ts
 * import { CASE_STATUSES } from "@rapport/core";
 * CASE_STATUSES.includes("on_hold"); // true
 * ```
 */
export const CASE_STATUSES = ["new", "open", "pending", "on_hold", "solved", "closed"] as const;

/**
 * A case status: one of {@link CASE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { CaseStatus } from "@rapport/core";
 * const status: CaseStatus = "pending";
 * ```
 */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Case priorities, from lowest to highest.
 *
 * @example
 * ```ts
 * import { CASE_PRIORITIES } from "@rapport/core";
 * CASE_PRIORITIES.indexOf("urgent"); // 3
 * ```
 */
export const CASE_PRIORITIES = ["low", "normal", "high", "urgent"] as const;

/**
 * A case priority: one of {@link CASE_PRIORITIES}.
 *
 * @example
 * ```ts
 * import type { CasePriority } from "@rapport/core";
 * const priority: CasePriority = "high";
 * ```
 */
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/**
 * The six lawful bases for processing personal data in GDPR Article 6(1)(a)-(f).
 *
 * @example
 * ```ts
 * import { LAWFUL_BASES } from "@rapport/core";
 * LAWFUL_BASES[0]; // "consent"
 * ```
 */
export const LAWFUL_BASES = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interests",
] as const;

/**
 * A lawful basis: one of {@link LAWFUL_BASES}.
 *
 * @example
 * ```ts
 * import type { LawfulBasis } from "@rapport/core";
 * const basis: LawfulBasis = "legitimate_interests";
 * ```
 */
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/**
 * What a consent event does: `grant` consent, `withdraw` it, `object` to processing (GDPR
 * Art. 21) or ask to `restrict` it (Art. 18).
 *
 * @example
 * ```ts
 * import { CONSENT_ACTIONS } from "@rapport/core";
 * CONSENT_ACTIONS; // ["grant", "withdraw", "object", "restrict"]
 * ```
 */
export const CONSENT_ACTIONS = ["grant", "withdraw", "object", "restrict"] as const;

/**
 * The channels a customer and a business talk on.
 *
 * @example
 * ```ts
 * import { CHANNELS } from "@rapport/core";
 * CHANNELS.includes("chat"); // true
 * ```
 */
export const CHANNELS = [
  "email",
  "phone",
  "chat",
  "messaging",
  "social",
  "sms",
  "web",
  "in_person",
  "self_service",
] as const;

/**
 * The rights a data subject can exercise by request: GDPR/UK GDPR Arts. 15–18, 20 and 21
 * (`access`, `rectification`, `erasure`, `restriction`, `portability`, `objection`) and the
 * CCPA/CPRA right to opt out of the sale or sharing of personal information.
 *
 * @example
 * ```ts
 * import { DATA_SUBJECT_RIGHTS } from "@rapport/core";
 * DATA_SUBJECT_RIGHTS.includes("portability"); // true
 * ```
 */
export const DATA_SUBJECT_RIGHTS = [
  "access",
  "rectification",
  "erasure",
  "restriction",
  "portability",
  "objection",
  "opt_out_of_sale",
] as const;

/**
 * A data-subject right: one of {@link DATA_SUBJECT_RIGHTS}.
 *
 * @example
 * ```ts
 * import type { DataSubjectRight } from "@rapport/core";
 * const right: DataSubjectRight = "erasure";
 * ```
 */
export type DataSubjectRight = (typeof DATA_SUBJECT_RIGHTS)[number];

/**
 * How a completed data-subject request ended: `fulfilled`, `partially_fulfilled` (part of it
 * refused, with a reason) or `refused` (with a reason, GDPR Art. 12(4)).
 *
 * @example
 * ```ts
 * import { REQUEST_OUTCOMES } from "@rapport/core";
 * REQUEST_OUTCOMES; // ["fulfilled", "partially_fulfilled", "refused"]
 * ```
 */
export const REQUEST_OUTCOMES = ["fulfilled", "partially_fulfilled", "refused"] as const;

/**
 * A request outcome: one of {@link REQUEST_OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { RequestOutcome } from "@rapport/core";
 * const outcome: RequestOutcome = "refused";
 * ```
 */
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
