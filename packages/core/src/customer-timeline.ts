import type { CareGesture } from "./care-gesture";
import type { Case } from "./case";
import type { ConsentEvent } from "./consent-event";
import type { CustomerSources } from "./customer-sources";
import type { CustomerId } from "./ids";
import type { Interaction } from "./interaction";
import type { JourneyEvent } from "./journey-event";
import type { SurveyResponse } from "./survey-response";
import type { Transaction } from "./transaction";
import type { Channel } from "./vocabulary";

/**
 * One timeline entry of a given kind. See {@link TimelineItem}.
 *
 * @example
 * ```ts
 * import type { Case, TimelineEntry } from "@rapport/core";
 * type CaseEntry = TimelineEntry<"case", Case>;
 * ```
 */
export type TimelineEntry<Kind extends string, Record> = {
  readonly kind: Kind;
  /** When it happened (a case: when it was created). */
  readonly at: Date;
  /** The channel it happened on, where it has one. */
  readonly channel: Channel | undefined;
  readonly record: Record;
};

/**
 * One entry of a customer's timeline, discriminated on `kind`, with its time, its channel and
 * the record itself.
 *
 * @example
 * ```ts
 * import type { TimelineItem } from "@rapport/core";
 * const describe = (item: TimelineItem) =>
 *   item.kind === "case" ? `case ${item.record.subject}` : item.kind;
 * ```
 */
export type TimelineItem =
  | TimelineEntry<"interaction", Interaction>
  | TimelineEntry<"case", Case>
  | TimelineEntry<"response", SurveyResponse>
  | TimelineEntry<"journey_event", JourneyEvent>
  | TimelineEntry<"consent_event", ConsentEvent>
  | TimelineEntry<"transaction", Transaction>
  | TimelineEntry<"gesture", CareGesture>;

function* itemsOf(customerId: CustomerId, sources: CustomerSources): Generator<TimelineItem> {
  for (const record of sources.interactions ?? []) {
    if (record.customerId === customerId)
      yield { kind: "interaction", at: record.occurredAt, channel: record.channel, record };
  }
  for (const record of sources.cases ?? []) {
    if (record.customerId === customerId)
      yield { kind: "case", at: record.createdAt, channel: record.channel, record };
  }
  for (const record of sources.surveyResponses ?? []) {
    if (record.customerId === customerId)
      yield { kind: "response", at: record.respondedAt, channel: record.channel, record };
  }
  for (const record of sources.journeyEvents ?? []) {
    if (record.customerId === customerId)
      yield { kind: "journey_event", at: record.occurredAt, channel: undefined, record };
  }
  for (const record of sources.consentEvents ?? []) {
    if (record.customerId === customerId)
      yield { kind: "consent_event", at: record.capturedAt, channel: record.channel, record };
  }
  for (const record of sources.transactions ?? []) {
    if (record.customerId === customerId)
      yield { kind: "transaction", at: record.occurredAt, channel: undefined, record };
  }
  for (const record of sources.careGestures ?? []) {
    if (record.customerId === customerId)
      yield { kind: "gesture", at: record.grantedAt, channel: undefined, record };
  }
}

/**
 * One time-ordered list of everything that happened with a customer across every channel:
 * the unified view a care team works from, so that an agent never asks twice.
 *
 * Items at the same instant keep a stable order: by kind in the order of
 * {@link CustomerSources} (interactions, cases, responses, journey events, consent events,
 * transactions, gestures), then in the order they were given. Inputs are not changed.
 *
 * @example
 * ```ts
 * import { customerId, customerTimeline, parseInteraction } from "@rapport/core";
 *
 * const interactions = [
 *   parseInteraction({
 *     id: "int_1", customerId: "cus_1", channel: "chat", direction: "inbound",
 *     author: { kind: "customer" }, occurredAt: "2024-03-01T09:00:00Z",
 *   }),
 * ];
 * for (const item of customerTimeline(customerId("cus_1"), { interactions })) {
 *   console.log(item.at.toISOString(), item.kind, item.channel);
 * }
 * ```
 */
export function customerTimeline(customerId: CustomerId, sources: CustomerSources): TimelineItem[] {
  // Array.prototype.sort is stable (ES2019), so equal times keep the order produced above.
  return [...itemsOf(customerId, sources)].sort((a, b) => a.at.getTime() - b.at.getTime());
}
