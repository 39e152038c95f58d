import {
  type Customer,
  customerId,
  type JourneyEvent,
  parseCustomer,
  parseJourneyEvent,
  recordId,
} from "@rapport/core";
import {
  afterAsOfReason,
  createImportCollector,
  type ImportResult,
  requireAsOf,
} from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import { stageLookup } from "./journey-stages";
import { splitSegmentInput } from "./segment-input";
import { parseSegmentInstant } from "./segment-instant";
import {
  SEGMENT_MESSAGE_TYPES,
  type SegmentMessage,
  SegmentMessageSchema,
} from "./segment-message";
import { type CustomerTraits, readGroupTraits, readIdentifyTraits } from "./segment-traits";

/**
 * What to do with a message that has an `anonymousId` but no `userId`:
 * - `"resolve"` (default): attribute it to the user that another message of the same import
 *   links that `anonymousId` to (a message carrying both ids, or an `alias`); ignore it, with
 *   the reason, when there is no such link or more than one;
 * - `"ignore"`: ignore it, with the reason;
 * - `"customer"`: import the visitor as a customer of their own, `<system>:anonymous:<anonymousId>`.
 *
 * @example
 * ```ts
 * import type { AnonymousPolicy } from "@rapport/segment";
 * const policy: AnonymousPolicy = "resolve";
 * ```
 */
export type AnonymousPolicy = "resolve" | "ignore" | "customer";

/**
 * Options of {@link importSegment}.
 *
 * @example
 * ```ts
 * import type { SegmentImportOptions } from "@rapport/segment";
 * const options: SegmentImportOptions = {
 *   system: "rudderstack",
 *   stages: { "Demo Booked": "consideration" },
 *   asOf: new Date("2024-04-01T00:00:00Z"),
 * };
 * ```
 */
export interface SegmentImportOptions {
  /** The time of the import: messages dated after it are rejected (a wrong client clock, a typo). */
  readonly asOf: Date;
  /** The system named in ids, source references and the report: `"segment"` by default. */
  readonly system?: string;
  /** Event name → journey stage, over {@link DEFAULT_SEGMENT_STAGES}; `null` removes a stage. */
  readonly stages?: Readonly<Record<string, string | null>>;
  /** Use only `stages`, not the defaults. */
  readonly replaceDefaultStages?: boolean;
  /** Messages with an `anonymousId` and no `userId`; see {@link AnonymousPolicy}. */
  readonly anonymous?: AnonymousPolicy;
  /** Import `page` and `screen` calls as journey events (`Viewed <name> Page`); off by default. */
  readonly pageViews?: boolean;
}

interface Prepared {
  readonly message: SegmentMessage;
  readonly type: (typeof SEGMENT_MESSAGE_TYPES)[number];
  readonly messageId: string;
  readonly userId: string | undefined;
  readonly anonymousId: string | undefined;
  readonly at: Date;
}

type Step =
  | { readonly ok: true; readonly value: Prepared }
  | {
      readonly ok: false;
      readonly entity: string;
      readonly sourceId: string | null;
      readonly field: string;
      readonly reason: string;
    };

interface Draft {
  readonly key: string;
  firstSeenAt: number;
  readonly fields: Map<keyof CustomerTraits, { value: unknown; at: number }>;
  readonly emails: Map<string, number>;
  readonly phones: Map<string, number>;
}

const TIME_FIELDS = ["timestamp", "originalTimestamp", "receivedAt", "sentAt"] as const;

const nonEmpty = (value: string | null | undefined): string | undefined =>
  value !== null && value !== undefined && value.trim() !== "" ? value.trim() : undefined;

const ANONYMOUS_POLICIES: readonly AnonymousPolicy[] = ["resolve", "ignore", "customer"];

function checkOptions(options: SegmentImportOptions) {
  const asOf = requireAsOf("importSegment", options?.asOf);
  const system = options.system ?? "segment";
  if (typeof system !== "string" || !/^[a-z0-9][a-z0-9._-]*$/.test(system)) {
    throw new (typeof system === "string" ? RangeError : TypeError)(
      expectedMessage(
        "importSegment: options.system",
        'a lower-case system name such as "segment"',
        system,
      ),
    );
  }
  const anonymous = options.anonymous ?? "resolve";
  if (!ANONYMOUS_POLICIES.includes(anonymous)) {
    throw new (typeof anonymous === "string" ? RangeError : TypeError)(
      expectedMessage("importSegment: options.anonymous", oneOf(ANONYMOUS_POLICIES), anonymous),
    );
  }
  return { system, asOf, anonymous };
}

function prepare(at: string, value: unknown, asOf: Date): Step {
  const rawType = (value as { type?: unknown } | null)?.type;
  const rawId = (value as { messageId?: unknown } | null)?.messageId;
  const entity = typeof rawType === "string" && rawType !== "" ? rawType : "message";
  const guessId = typeof rawId === "string" && rawId !== "" ? rawId : null;
  const fail = (field: string, reason: string, sourceId = guessId): Step => ({
    ok: false,
    entity,
    sourceId,
    field,
    reason: `${reason} (at ${at})`,
  });
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail("(root)", expectedMessage("", "a message object", value));
  }
  const parsed = SegmentMessageSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issue.path.map(String).join(".") || "(root)", issue.message);
  }
  const message = parsed.data;
  const type = SEGMENT_MESSAGE_TYPES.find((known) => known === message.type);
  if (type === undefined) {
    return fail("type", expectedMessage("", oneOf(SEGMENT_MESSAGE_TYPES), message.type));
  }
  const messageId = nonEmpty(message.messageId);
  if (messageId === undefined) {
    return fail(
      "messageId",
      "expected a messageId (it tells a re-sent message from a new one)",
      null,
    );
  }
  const timeField = TIME_FIELDS.find((name) => nonEmpty(message[name]) !== undefined);
  if (timeField === undefined) {
    return fail(
      "timestamp",
      "expected a timestamp (or originalTimestamp, receivedAt, sentAt)",
      messageId,
    );
  }
  const when = parseSegmentInstant(message[timeField]);
  if (when === null) {
    return fail(
      timeField,
      expectedMessage("", "an ISO 8601 date-time with an offset", message[timeField]),
      messageId,
    );
  }
  if (when.getTime() > asOf.getTime()) {
    return fail(timeField, afterAsOfReason(when, asOf), messageId);
  }
  const userId = nonEmpty(message.userId);
  const anonymousId = nonEmpty(message.anonymousId);
  if (userId === undefined && anonymousId === undefined) {
    return fail("userId", "expected a userId or an anonymousId", messageId);
  }
  return { ok: true, value: { message, type, messageId, userId, anonymousId, at: when } };
}

/** anonymousId → the userIds that messages of this import tie it to. */
function identityLinks(steps: readonly Step[]): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  const link = (anonymousId: string, userId: string) => {
    const users = links.get(anonymousId) ?? new Set<string>();
    users.add(userId);
    links.set(anonymousId, users);
  };
  for (const step of steps) {
    if (!step.ok) continue;
    const { userId, anonymousId, type, message } = step.value;
    if (userId === undefined) continue;
    if (anonymousId !== undefined) link(anonymousId, userId);
    const previousId = nonEmpty(message.previousId);
    if (type === "alias" && previousId !== undefined) link(previousId, userId);
  }
  return links;
}

/**
 * Imports a Segment Spec event stream (or RudderStack's, or any Segment-compatible one) into
 * the care model:
 * - `identify` → customer traits (`name` or `firstName`+`lastName`, `email`, `phone`,
 *   `timezone`, `locale`, `company`, `plan`, `createdAt` → `customerSince`), from `traits` and
 *   `context.traits`; several calls for one user merge, the latest value of each trait winning;
 * - `track` → a journey event, its stage from the event name (see {@link stageLookup});
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
  const { system, asOf, anonymous } = checkOptions(options);
  const stageOf = stageLookup(options.stages ?? {}, {
    replaceDefaults: options.replaceDefaultStages ?? false,
  });
  const collector = createImportCollector(system);
  const items = splitSegmentInput(input);
  const steps: Step[] = items.map((item) =>
    "error" in item
      ? {
          ok: false,
          entity: "message",
          sourceId: null,
          field: "(json)",
          reason: `${item.error} (at ${item.at})`,
        }
      : prepare(item.at, item.value, asOf),
  );
  const links = identityLinks(steps);
  const drafts = new Map<string, Draft>();

  const draftFor = (key: string, at: number): Draft => {
    let draft = drafts.get(key);
    if (draft === undefined) {
      draft = { key, firstSeenAt: at, fields: new Map(), emails: new Map(), phones: new Map() };
      drafts.set(key, draft);
    }
    draft.firstSeenAt = Math.min(draft.firstSeenAt, at);
    return draft;
  };
  const merge = (draft: Draft, traits: CustomerTraits, at: number) => {
    for (const [field, value] of Object.entries(traits) as [keyof CustomerTraits, unknown][]) {
      if (field === "emails" || field === "phones") {
        const seen = draft[field];
        for (const item of value as string[]) seen.set(item, Math.max(seen.get(item) ?? at, at));
        continue;
      }
      const current = draft.fields.get(field);
      if (current === undefined || current.at <= at) draft.fields.set(field, { value, at });
    }
  };

  for (const step of steps) {
    if (!step.ok) {
      collector.reject(step.entity, step.sourceId, step.field, step.reason);
      continue;
    }
    const { message, type, messageId, userId, anonymousId, at } = step.value;
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
      const partial: Customer = parseCustomer({ id, ...read.traits });
      if (collector.accept("customers", type, messageId, partial)) {
        merge(draftFor(key, time), read.traits, time);
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
    const stage = stageOf(name);
    // A plain literal (no spreads) keeps the object fast for the validator to walk.
    const fields: Record<string, unknown> = {
      id: recordId(`${system}:${messageId}`),
      customerId: id,
      name,
      occurredAt: at,
      source: { system, id: messageId },
      properties: message.properties ?? {},
    };
    if (stage !== undefined) fields["stage"] = stage;
    const event: JourneyEvent = parseJourneyEvent(fields);
    if (collector.accept("journeyEvents", type, messageId, event)) draftFor(key, time);
  }

  const result = collector.result();
  return { ...result, customers: [...drafts.values()].map((draft) => toCustomer(system, draft)) };
}

function toCustomer(system: string, draft: Draft): Customer {
  const latestFirst = (seen: Map<string, number>) =>
    [...seen.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  const fields: Record<string, unknown> = {};
  for (const [field, { value }] of draft.fields) fields[field] = value;
  const anonymous = draft.key.startsWith("anonymous:");
  return parseCustomer({
    ...fields,
    id: `${system}:${draft.key}`,
    externalIds: anonymous ? [] : [{ system, id: draft.key }],
    emails: latestFirst(draft.emails),
    phones: latestFirst(draft.phones),
    firstSeenAt: new Date(draft.firstSeenAt),
  });
}
