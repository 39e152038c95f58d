import type { ConsentReason, PurposeCatalog } from "@rapport/consent";
import {
  type CarePreferences,
  type Case,
  type Channel,
  type CustomerId,
  type CustomerSources,
  caseStatusAt,
  type Interaction,
  type SurveyResponse,
  type SurveyResponseOf,
} from "@rapport/core";
import { checkDate } from "@rapport/stats";
import { consentDecision } from "./consent-decision";
import { requireCustomerId } from "./require-arguments";

const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED_STATUSES: ReadonlySet<Case["status"]> = new Set(["solved", "closed"]);

/**
 * Whether the customer may be contacted for one marketing purpose at `asOf`, as
 * `@rapport/consent`'s `evaluateConsent` decides it.
 *
 * @example
 * ```ts
 * import type { PurposeConsent } from "@rapport/customer-view";
 * const line = (p: PurposeConsent) => `${p.purpose}: ${p.granted ? "yes" : "no"} (${p.reason})`;
 * ```
 */
export interface PurposeConsent {
  /** The purpose id. */
  readonly purpose: string;
  /** Whether contact for it is allowed at `asOf`. */
  readonly granted: boolean;
  /** Why, as `evaluateConsent` says: `consent_granted`, `consent_withdrawn`, `no_consent`… */
  readonly reason: ConsentReason;
}

/**
 * What an agent needs to see first about a customer at a moment. See {@link customerSnapshot}.
 *
 * @example
 * ```ts
 * import type { CustomerSnapshot } from "@rapport/customer-view";
 * const headline = (s: CustomerSnapshot) => `${s.openCases.length} open, last NPS ${s.latest.nps?.score ?? "-"}`;
 * ```
 */
export interface CustomerSnapshot {
  /** The customer. */
  readonly customerId: CustomerId;
  /** The moment of the snapshot. */
  readonly asOf: Date;
  /** Cases created by `asOf` and, at `asOf`, neither solved nor closed; oldest first. */
  readonly openCases: Case[];
  /** The latest public interaction at or before `asOf`, either direction. */
  readonly lastContact: {
    readonly at: Date;
    readonly channel: Channel;
    readonly direction: Interaction["direction"];
  } | null;
  /** The latest answer of each survey kind at or before `asOf`. */
  readonly latest: {
    readonly csat: SurveyResponseOf<"csat"> | null;
    readonly nps: SurveyResponseOf<"nps"> | null;
    readonly ces: SurveyResponseOf<"ces"> | null;
  };
  /** Inbound interactions (the customer reaching out) in the 30 and 90 days before `asOf`. */
  readonly contacts: { readonly last30Days: number; readonly last90Days: number };
  /** The customer's first preferred channel, where known. */
  readonly preferredChannel: Channel | null;
  /** The customer's contact style, where known. */
  readonly contactStyle: CarePreferences["contactStyle"] | null;
  /** For each marketing purpose, whether consent allows contact at `asOf`; `missing` if any does not. */
  readonly marketingConsent: {
    readonly missing: boolean;
    readonly purposes: readonly PurposeConsent[];
  };
}

/**
 * Options of {@link customerSnapshot}.
 *
 * @example
 * ```ts
 * import type { CustomerSnapshotOptions } from "@rapport/customer-view";
 * const options: CustomerSnapshotOptions = {
 *   asOf: new Date("2024-03-05T00:00:00Z"),
 *   marketingPurposes: ["newsletter", "offers"],
 * };
 * ```
 */
export interface CustomerSnapshotOptions {
  /** The moment of the snapshot: nothing after it is counted. Required. */
  readonly asOf: Date;
  /** The consent purposes that marketing contact needs. Default `["marketing"]`. */
  readonly marketingPurposes?: readonly string[];
  /**
   * The business's purposes and notices, as `@rapport/consent` declares them; an undeclared
   * purpose is opt-in consent (a grant is needed).
   */
  readonly purposes?: PurposeCatalog;
}

function latestAt<T>(records: Iterable<T>, at: (record: T) => Date, asOf: Date): T | null {
  let latest: T | null = null;
  for (const record of records) {
    const time = at(record).getTime();
    // `>=` so that of two records at the same instant, the later one in the input wins.
    if (time <= asOf.getTime() && (latest === null || time >= at(latest).getTime()))
      latest = record;
  }
  return latest;
}

/**
 * A customer at a glance, as of a moment: open cases, last contact and its channel, the latest
 * CSAT, NPS and CES answers, how often they reached out in the last 30 and 90 days, how they
 * like to be contacted, and whether consent for marketing contact is missing.
 *
 * Nothing after `options.asOf` is counted, so a snapshot of the past is what an agent saw
 * then. Consent is `@rapport/consent`'s `evaluateConsent` for each purpose at `asOf` (a
 * withdrawal and a grant at the same instant: the withdrawal wins, in both). Throws a
 * `TypeError` for a `customerId` that is not a string or an `asOf` that is not a `Date`, and a
 * `RangeError` for an invalid `Date`.
 *
 * @example
 * ```ts
 * import { customerId, parseCase } from "@rapport/core";
 * import { customerSnapshot } from "@rapport/customer-view";
 *
 * const cases = [
 *   parseCase({
 *     id: "case_1", customerId: "cus_1", channel: "email", status: "open",
 *     createdAt: "2024-03-01T09:00:00Z",
 *   }),
 * ];
 * const snapshot = customerSnapshot(customerId("cus_1"), { cases }, {
 *   asOf: new Date("2024-03-05T00:00:00Z"),
 * });
 * snapshot.openCases.length; // 1
 * snapshot.marketingConsent.missing; // true
 * ```
 */
export function customerSnapshot(
  customerId: CustomerId,
  sources: CustomerSources,
  options: CustomerSnapshotOptions,
): CustomerSnapshot {
  requireCustomerId("customerSnapshot", customerId);
  const asOf = checkDate("customerSnapshot: options.asOf", options?.asOf);
  const mine = <T extends { customerId: CustomerId }>(records: Iterable<T> | undefined): T[] =>
    [...(records ?? [])].filter((record) => record.customerId === customerId);
  const until = asOf.getTime();

  const openCases = mine(sources.cases)
    .filter((c) => {
      const status = caseStatusAt(c, asOf);
      return status !== null && !CLOSED_STATUSES.has(status);
    })
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const interactions = mine(sources.interactions).filter((i) => i.visibility === "public");
  const last = latestAt(interactions, (i) => i.occurredAt, asOf);
  const inboundWithin = (days: number) =>
    interactions.filter((i) => {
      const time = i.occurredAt.getTime();
      return i.direction === "inbound" && time <= until && time > until - days * DAY_MS;
    }).length;

  const responses = mine(sources.surveyResponses);
  const latestOf = <Kind extends SurveyResponse["kind"]>(kind: Kind) =>
    latestAt(
      responses.filter((r): r is SurveyResponseOf<Kind> => r.kind === kind),
      (r) => r.respondedAt,
      asOf,
    );

  const customer = [...(sources.customers ?? [])].find((c) => c.id === customerId);
  const ledger = mine(sources.consentEvents);
  const purposes = (options.marketingPurposes ?? ["marketing"]).map((purpose) => {
    const decision = consentDecision(ledger, customerId, purpose, {
      asOf,
      purposes: options.purposes,
    });
    return { purpose, granted: decision.allowed, reason: decision.reason };
  });

  return {
    customerId,
    asOf,
    openCases,
    lastContact: last && { at: last.occurredAt, channel: last.channel, direction: last.direction },
    latest: { csat: latestOf("csat"), nps: latestOf("nps"), ces: latestOf("ces") },
    contacts: { last30Days: inboundWithin(30), last90Days: inboundWithin(90) },
    preferredChannel: customer?.preferences.channels[0] ?? null,
    contactStyle: customer?.preferences.contactStyle ?? null,
    marketingConsent: { missing: purposes.some((p) => !p.granted), purposes },
  };
}
