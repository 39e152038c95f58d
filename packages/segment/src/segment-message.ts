import * as z from "zod";

/**
 * The message types of the Segment Spec. `identify`, `track` and `group` are imported;
 * `page` and `screen` are ignored unless asked for; `alias` only links identities.
 *
 * @example
 * ```ts
 * import { SEGMENT_MESSAGE_TYPES } from "@rapport/segment";
 * SEGMENT_MESSAGE_TYPES.includes("track"); // true
 * ```
 */
export const SEGMENT_MESSAGE_TYPES = [
  "identify",
  "track",
  "group",
  "page",
  "screen",
  "alias",
] as const;

/**
 * A Segment message type: one of {@link SEGMENT_MESSAGE_TYPES}.
 *
 * @example
 * ```ts
 * import type { SegmentMessageType } from "@rapport/segment";
 * const type: SegmentMessageType = "identify";
 * ```
 */
export type SegmentMessageType = (typeof SEGMENT_MESSAGE_TYPES)[number];

// Ids arrive as strings in the Spec, but some libraries send numbers; both are kept as text.
const idValue = z
  .union([z.string(), z.number()], { error: "expected a string or a number" })
  .transform(String)
  .nullish();

const objectOf = (what: string) =>
  z.record(z.string(), z.unknown(), { error: `expected an object of ${what}` });

/**
 * The fields of a Segment Spec message that this adapter reads (common fields, `identify`
 * traits, `track` event and properties, `group` id and traits, `alias` previous id). Unknown
 * fields are allowed and ignored; the fields read are checked. RudderStack and other
 * Segment-compatible streams send the same shape.
 *
 * @example
 * ```ts
 * import { SegmentMessageSchema } from "@rapport/segment";
 * SegmentMessageSchema.parse({
 *   type: "track",
 *   messageId: "m1",
 *   userId: "user_42",
 *   event: "Order Completed",
 *   timestamp: "2024-03-01T12:00:00Z",
 * });
 * ```
 */
export const SegmentMessageSchema = z.looseObject({
  type: z.string({ error: 'expected a message type such as "track"' }),
  messageId: idValue,
  userId: idValue,
  anonymousId: idValue,
  timestamp: z.string().nullish(),
  originalTimestamp: z.string().nullish(),
  receivedAt: z.string().nullish(),
  sentAt: z.string().nullish(),
  event: z.string().nullish(),
  name: z.string().nullish(),
  groupId: idValue,
  previousId: idValue,
  properties: objectOf("event properties").nullish(),
  traits: objectOf("traits").nullish(),
  context: z
    .looseObject({
      traits: objectOf("traits").nullish(),
      timezone: z.unknown().optional(),
      locale: z.unknown().optional(),
    })
    .nullish(),
});

/**
 * A Segment message as checked by {@link SegmentMessageSchema}.
 *
 * @example
 * ```ts
 * import type { SegmentMessage } from "@rapport/segment";
 * const isTrack = (message: SegmentMessage) => message.type === "track";
 * ```
 */
export type SegmentMessage = z.output<typeof SegmentMessageSchema>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const textOrNothing = (value: unknown) =>
  value === undefined || value === null || typeof value === "string";
const objectOrNothing = (value: unknown) =>
  value === undefined || value === null || isPlainObject(value);

const TEXT_FIELDS = [
  "messageId",
  "userId",
  "anonymousId",
  "timestamp",
  "originalTimestamp",
  "receivedAt",
  "sentAt",
  "event",
  "name",
  "groupId",
  "previousId",
] as const;

/**
 * The precompiled check of {@link SegmentMessageSchema} for the import's hot path: the message
 * itself when every field the schema knows has the everyday shape (ids and times as strings or
 * absent, properties, traits and context plain objects or absent), read in place rather than
 * copied; `undefined` for anything else (ids sent as numbers too), which the schema then reads
 * or refuses with its own reason. Internal to the package.
 */
export function readSegmentMessage(raw: Record<string, unknown>): SegmentMessage | undefined {
  if (typeof raw["type"] !== "string") return undefined;
  for (const field of TEXT_FIELDS) if (!textOrNothing(raw[field])) return undefined;
  if (!objectOrNothing(raw["properties"]) || !objectOrNothing(raw["traits"])) return undefined;
  const context = raw["context"];
  if (context !== undefined && context !== null) {
    if (!isPlainObject(context) || !objectOrNothing(context["traits"])) return undefined;
  }
  return raw as SegmentMessage;
}
