import { type ConsentEvent, type Customer, customerId, recordId } from "@rapport/core";
import { createImportCollector, type ImportResult } from "@rapport/source-kit";
import { CustomerDrafts } from "./customer-drafts";
import { stageLookup } from "./journey-stages";
import { readConsentEvents, SEGMENT_CONSENT_EVENT } from "./segment-consent";
import { checkSegmentOptions, type SegmentImportOptions } from "./segment-import-options";
import { eachSegmentItem } from "./segment-input";
import { journeyEventOf } from "./segment-journey-event";
import { failed, identityLinks, nonEmpty, prepare, type Step } from "./segment-prepare";
import { readGroupTraits, readIdentifyTraits } from "./segment-traits";

export type { AnonymousPolicy, SegmentImportOptions } from "./segment-import-options";

/**
 * Imports a Segment Spec event stream (or RudderStack's, or any Segment-compatible one) into
 * the care model:
 * - `identify` → customer traits (`name` or `firstName`+`lastName`, `email`, `phone`,
 *   `timezone`, `locale`, `company`, `plan`, `createdAt` → `customerSince`), from `traits` and
 *   `context.traits`; several calls for one user merge, the latest value of each trait winning;
 * - `track` → a journey event, its stage from the event name (see {@link stageLookup}); but
 *   `"Segment Consent Preference Updated"` → one consent event per category of its
 *   `context.consent.categoryPreferences` (`true` a grant, `false` a withdrawal, lawful basis
 *   consent, purposes from `consentPurposes` or the category in snake case, ids
 *   `<system>:<messageId>:consent:<category>`);
 * - `group` → the customer's organization (the group's `name`, else its id) and plan;
 * - `page`/`screen` → ignored (with the reason) unless `pageViews`; `alias` → ignored, used to
 *   link an anonymous visitor to a user.
 *
 * Takes one message, an array, a batch `{ batch: [...] }`, or JSON/NDJSON text. Customer ids
 * are `<system>:<userId>` (e.g. `segment:user_42`), journey-event ids `<system>:<messageId>`.
 * One customer is returned per user seen (their `firstSeenAt` is their earliest message).
 * Messages are deduplicated by `messageId`; every message is in the report as accepted,
 * rejected (with the field and the reason), duplicate or ignored. Never throws for bad input;
 * throws a `TypeError` for bad options.
 *
 * @example
 * ```ts
 * import { importSegment } from "@rapport/segment";
 *
 * const result = importSegment({
 *   batch: [
 *     { type: "identify", messageId: "m1", userId: "user_42", timestamp: "2024-03-01T09:00:00Z",
 *       traits: { name: "Ada Lovelace", email: "ada@example.com" } },
 *     { type: "track", messageId: "m2", userId: "user_42", timestamp: "2024-03-01T09:05:00Z",
 *       event: "Trial Started", properties: { plan: "pro" } },
 *   ],
 * }, { asOf: new Date("2024-06-01T00:00:00Z") });
 * result.customers[0]?.id; // "segment:user_42"
 * result.journeyEvents[0]?.stage; // "consideration"
 * result.report.accepted; // 2
 * ```
 */
export function importSegment(input: unknown, options: SegmentImportOptions): ImportResult {
  const { system, asOf, anonymous, consentPurposes } = checkSegmentOptions(options);
  const stageOf = stageLookup(options.stages ?? {}, {
    replaceDefaults: options.replaceDefaultStages ?? false,
  });
  // Event names repeat: each is normalised and looked up once per import.
  const stages = new Map<string, string | undefined>();
  const stageOfName = (name: string) => {
    if (stages.has(name)) return stages.get(name);
    const stage = stageOf(name);
    stages.set(name, stage);
    return stage;
  };
  const collector = createImportCollector(system);
  const steps: Step[] = [];
  eachSegmentItem(input, {
    value: (at, value) => steps.push(prepare(at, value, asOf)),
    error: (at, error) => steps.push(failed("message", null, "(json)", `${error} (at ${at})`)),
  });
  const links = identityLinks(steps);
  const drafts = new CustomerDrafts();
  // A consent-preference message is one record of the report and one consent event per category.
  const consentEvents: ConsentEvent[] = [];

  for (const step of steps) {
    if (!step.ok) {
      collector.reject(step.entity, step.sourceId, step.field, step.reason);
      continue;
    }
    const { message, type, messageId, userId, anonymousId, at } = step;
    if (type === "alias") {
      const previousId = nonEmpty(message.previousId);
      if (previousId === undefined || userId === undefined) {
        collector.reject(
          type,
          messageId,
          previousId === undefined ? "previousId" : "userId",
          "an alias needs a previousId and a userId",
        );
      } else {
        collector.ignore(
          type,
          messageId,
          `alias only links identities (${previousId} → ${userId})`,
        );
      }
      continue;
    }
    if ((type === "page" || type === "screen") && options.pageViews !== true) {
      collector.ignore(
        type,
        messageId,
        `${type} calls are not imported by default (set pageViews: true to import them as journey events)`,
      );
      continue;
    }
    let key = userId;
    if (key === undefined) {
      const users = links.get(anonymousId!);
      if (anonymous === "customer") key = `anonymous:${anonymousId}`;
      else if (anonymous === "resolve" && users?.size === 1) key = [...users][0]!;
      else {
        const why =
          anonymous === "ignore"
            ? 'anonymous visitors are not imported (anonymous: "ignore")'
            : users === undefined
              ? "no message of this import links this anonymousId to a userId"
              : `this anonymousId is linked to ${users.size} userIds`;
        collector.ignore(type, messageId, `anonymous (no userId): ${why}`);
        continue;
      }
    }
    const id = customerId(`${system}:${key}`);
    const time = at.getTime();
    if (type === "identify" || type === "group") {
      const groupId = nonEmpty(message.groupId);
      if (type === "group" && groupId === undefined) {
        collector.reject(type, messageId, "groupId", "expected a groupId");
        continue;
      }
      const read =
        type === "identify"
          ? readIdentifyTraits(message.traits, message.context)
          : readGroupTraits(groupId!, message.traits);
      if (!read.ok) {
        collector.reject(type, messageId, read.field, read.reason);
        continue;
      }
      // The traits are checked as they are read, and the customers list is replaced by the
      // merged drafts (each parsed then): the record given here only counts the message.
      const partial = { id, ...read.traits } as Customer;
      if (collector.accept("customers", type, messageId, partial)) {
        drafts.merge(key, read.traits, time);
      }
      continue;
    }
    const name =
      type === "track"
        ? nonEmpty(message.event)
        : `Viewed ${nonEmpty(message.name) ?? "a"} ${type === "page" ? "Page" : "Screen"}`;
    if (name === undefined) {
      collector.reject(type, messageId, "event", "expected an event name");
      continue;
    }
    if (type === "track" && name === SEGMENT_CONSENT_EVENT) {
      const read = readConsentEvents(
        message,
        { system, messageId, customer: id, at },
        consentPurposes,
      );
      if (!read.ok) collector.reject(type, messageId, read.field, read.reason);
      else if (collector.merged(type, messageId)) {
        consentEvents.push(...read.events);
        drafts.seen(key, time);
      }
      continue;
    }
    const event = journeyEventOf(
      recordId(`${system}:${messageId}`),
      id,
      name,
      stageOfName(name),
      at,
      { system, id: messageId },
      message.properties,
    );
    if (collector.accept("journeyEvents", type, messageId, event)) drafts.seen(key, time);
  }

  const result = collector.result();
  return { ...result, customers: drafts.customers(system), consentEvents };
}
