import type { Case } from "./case";
import { caseStatusAt } from "./case-status-at";
import type { ConsentEvent } from "./consent-event";
import type { CarePreferences } from "./customer";
import type { CustomerSources } from "./customer-sources";
import type { CustomerId } from "./ids";
import type { Interaction } from "./interaction";
import type { SurveyResponse, SurveyResponseOf } from "./survey-response";
import type { Channel } from "./vocabulary";

const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED_STATUSES: ReadonlySet<Case["status"]> = new Set(["solved", "closed"]);

/**
 * What an agent needs to see first about a customer at a moment. See {@link customerSnapshot}.
 *
 * @example
 * ```ts
 * import type { CustomerSnapshot } from "@rapport/core";
 * const headline = (s: CustomerSnapshot) => `${s.openCases.length} open, last NPS ${s.latest.nps?.score ?? "-"}`;
 * ```
 */
export interface CustomerSnapshot {
  readonly customerId: CustomerId;
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
  /** The customer's first preferred channel and contact style, where known. */
  readonly preferredChannel: Channel | null;
  readonly contactStyle: CarePreferences["contactStyle"] | null;
  /** For each marketing purpose, whether an unexpired grant stands at `asOf`. */
  readonly marketingConsent: {
    readonly missing: boolean;
    readonly purposes: ReadonlyArray<{ readonly purpose: string; readonly granted: boolean }>;
  };
}

/**
 * Options of {@link customerSnapshot}.
 *
 * @example
 * ```ts
 * import type { CustomerSnapshotOptions } from "@rapport/core";
 * const options: CustomerSnapshotOptions = { marketingPurposes: ["newsletter", "offers"] };
 * ```
 */
export interface CustomerSnapshotOptions {
  /** The consent purposes that marketing contact needs. Default `["marketing"]`. */
  readonly marketingPurposes?: readonly string[];
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

function isGranted(event: ConsentEvent | null, asOf: Date): boolean {
  if (event === null || event.action !== "grant") return false;
  return event.expiresAt === undefined || event.expiresAt.getTime() > asOf.getTime();
}

/**
 * A customer at a glance, as of a moment: open cases, last contact and its channel, the latest
 * CSAT, NPS and CES answers, how often they reached out in the last 30 and 90 days, how they
 * like to be contacted, and whether consent for marketing contact is missing.
 *
 * Nothing after `asOf` is counted, so a snapshot of the past is what an agent saw then. The
 * consent check here is a quick look (the latest event per purpose); `@rapport/consent`
 * evaluates consent in full (notices, objections, GPC, minors).
 *
 * @example
 * ```ts
 * import { customerId, customerSnapshot, parseCase } from "@rapport/core";
 *
 * const cases = [
 *   parseCase({
 *     id: "case_1", customerId: "cus_1", channel: "email", status: "open",
 *     createdAt: "2024-03-01T09:00:00Z",
 *   }),
 * ];
 * const snapshot = customerSnapshot(customerId("cus_1"), { cases }, new Date("2024-03-05T00:00:00Z"));
 * snapshot.openCases.length; // 1
 * snapshot.marketingConsent.missing; // true
 * ```
 */
export function customerSnapshot(
  customerId: CustomerId,
  sources: CustomerSources,
  asOf: Date,
  options: CustomerSnapshotOptions = {},
): CustomerSnapshot {
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
  const consentEvents = mine(sources.consentEvents);
  const purposes = (options.marketingPurposes ?? ["marketing"]).map((purpose) => ({
    purpose,
    granted: isGranted(
      latestAt(
        consentEvents.filter((e) => e.purpose === purpose),
        (e) => e.capturedAt,
        asOf,
      ),
      asOf,
    ),
  }));

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
