import type {
  CareGesture,
  Case,
  Channel,
  ConsentEvent,
  CustomerId,
  CustomerSources,
  Interaction,
  JourneyEvent,
  SurveyResponse,
  Transaction,
} from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { requireCustomerId } from "./require-arguments";

/**
 * One timeline entry of a given record kind. See {@link TimelineItem}.
 *
 * @example
 * ```ts
 * import type { Case } from "@rapport/core";
 * import type { TimelineEntry } from "@rapport/customer-view";
 * type CaseEntry = TimelineEntry<"case", Case>;
 * ```
 */
export type TimelineEntry<Kind extends string, Record> = {
  /** The record kind, as in core's entity vocabulary: `"case"`, `"surveyResponse"`… */
  readonly kind: Kind;
  /** When it happened (a case: when it was created). */
  readonly at: Date;
  /** The channel it happened on, where it has one. */
  readonly channel: Channel | undefined;
  /** The record itself. */
  readonly record: Record;
};

/**
 * One entry of a customer's timeline, discriminated on `kind` (the record kinds of core's
 * `ENTITY_KINDS`), with its time, its channel and the record itself.
 *
 * @example
 * ```ts
 * import type { TimelineItem } from "@rapport/customer-view";
 * const describe = (item: TimelineItem) =>
 *   item.kind === "case" ? `case ${item.record.subject}` : item.kind;
 * ```
 */
export type TimelineItem =
  | TimelineEntry<"interaction", Interaction>
  | TimelineEntry<"case", Case>
  | TimelineEntry<"surveyResponse", SurveyResponse>
  | TimelineEntry<"journeyEvent", JourneyEvent>
  | TimelineEntry<"consentEvent", ConsentEvent>
  | TimelineEntry<"transaction", Transaction>
  | TimelineEntry<"careGesture", CareGesture>;

/**
 * Options of {@link customerTimeline}: what the timeline fills in from an interaction's
 * `text` where the record has none (the functions are passed in, e.g. from `@rapport/voice`).
 *
 * @example
 * ```ts
 * import type { CustomerTimelineOptions } from "@rapport/customer-view";
 * const options: CustomerTimelineOptions = {
 *   enrich: { sentiment: (text) => (text.includes("thanks") ? 0.5 : 0), language: () => "en" },
 * };
 * ```
 */
export interface CustomerTimelineOptions {
  readonly enrich?: {
    /** Sentiment of a text, −1..1. */
    readonly sentiment?: (text: string) => number;
    /** Language of a text (ISO 639), or `null` when unknown. */
    readonly language?: (text: string) => string | null;
  };
}

// A copy of the interaction with the sentiment and language its text gives, where it has
// text and lacks them; the record itself is never changed.
function enriched(record: Interaction, enrich: CustomerTimelineOptions["enrich"]): Interaction {
  const text = record.text;
  if (enrich === undefined || text === undefined || text.trim() === "") return record;
  const sentiment =
    record.sentiment === undefined && enrich.sentiment ? enrich.sentiment(text) : undefined;
  if (sentiment !== undefined && !(sentiment >= -1 && sentiment <= 1)) {
    throw new RangeError(
      expectedMessage(
        "customerTimeline: options.enrich.sentiment",
        "a number from -1 to 1",
        sentiment,
      ),
    );
  }
  const language = record.language === undefined && enrich.language ? enrich.language(text) : null;
  if (sentiment === undefined && language === null) return record;
  return {
    ...record,
    ...(sentiment === undefined ? {} : { sentiment }),
    ...(language === null ? {} : { language }),
  };
}

function* itemsOf(
  customerId: CustomerId,
  sources: CustomerSources,
  options: CustomerTimelineOptions,
): Generator<TimelineItem> {
  for (const interaction of sources.interactions ?? []) {
    if (interaction.customerId === customerId) {
      const record = enriched(interaction, options.enrich);
      yield { kind: "interaction", at: record.occurredAt, channel: record.channel, record };
    }
  }
  for (const record of sources.cases ?? []) {
    if (record.customerId === customerId)
      yield { kind: "case", at: record.createdAt, channel: record.channel, record };
  }
  for (const record of sources.surveyResponses ?? []) {
    if (record.customerId === customerId)
      yield { kind: "surveyResponse", at: record.respondedAt, channel: record.channel, record };
  }
  for (const record of sources.journeyEvents ?? []) {
    if (record.customerId === customerId)
      yield { kind: "journeyEvent", at: record.occurredAt, channel: undefined, record };
  }
  for (const record of sources.consentEvents ?? []) {
    if (record.customerId === customerId)
      yield { kind: "consentEvent", at: record.capturedAt, channel: record.channel, record };
  }
  for (const record of sources.transactions ?? []) {
    if (record.customerId === customerId)
      yield { kind: "transaction", at: record.occurredAt, channel: undefined, record };
  }
  for (const record of sources.careGestures ?? []) {
    if (record.customerId === customerId)
      yield { kind: "careGesture", at: record.grantedAt, channel: undefined, record };
  }
}

/**
 * One time-ordered list of everything that happened with a customer across every channel:
 * the unified view a care team works from, so that an agent never asks twice.
 *
 * Items at the same instant keep a stable order: by kind (interactions, cases, survey
 * responses, journey events, consent events, transactions, care gestures), then in the order
 * they were given. Inputs are not changed. Throws a `TypeError` when `customerId` is not a
 * non-empty string. With `options.enrich`, an interaction with `text` and no `sentiment` (or
 * `language`) appears with the one its text gives, as a copy.
 *
 * @example
 * ```ts
 * import { customerId, parseInteraction } from "@rapport/core";
 * import { customerTimeline } from "@rapport/customer-view";
 *
 * const interactions = [
 *   parseInteraction({
 *     id: "int_1", customerId: "cus_1", channel: "chat", direction: "inbound",
 *     author: { kind: "customer" }, occurredAt: "2024-03-01T09:00:00Z",
 *   }),
 * ];
 * for (const item of customerTimeline(customerId("cus_1"), { interactions })) {
 *   console.log(item.at.toISOString(), item.kind, item.channel); // "2024-03-01T09:00:00.000Z interaction chat"
 * }
 * ```
 */
export function customerTimeline(
  customerId: CustomerId,
  sources: CustomerSources,
  options: CustomerTimelineOptions = {},
): TimelineItem[] {
  requireCustomerId("customerTimeline", customerId);
  // Array.prototype.sort is stable (ES2019), so equal times keep the order produced above.
  return [...itemsOf(customerId, sources ?? {}, options ?? {})].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
}
