import { afterAsOfReason } from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import { parseSegmentInstant } from "./segment-instant";
import {
  readSegmentMessage,
  SEGMENT_MESSAGE_TYPES,
  type SegmentMessage,
  SegmentMessageSchema,
  type SegmentMessageType,
} from "./segment-message";

/** A message read and checked: its type, ids and instant. */
export interface Prepared {
  readonly ok: true;
  readonly message: SegmentMessage;
  readonly type: (typeof SEGMENT_MESSAGE_TYPES)[number];
  readonly messageId: string;
  readonly userId: string | undefined;
  readonly anonymousId: string | undefined;
  readonly at: Date;
}

/** A message ready to import, or why it is rejected. */
export type Step =
  | Prepared
  | {
      readonly ok: false;
      readonly entity: string;
      readonly sourceId: string | null;
      readonly field: string;
      readonly reason: string;
    };

const TIME_FIELDS = ["timestamp", "originalTimestamp", "receivedAt", "sentAt"] as const;

/** The first of the time fields a message fills (a loop, not a closure per message). */
function firstTimeField(message: SegmentMessage): (typeof TIME_FIELDS)[number] | undefined {
  for (const name of TIME_FIELDS) if (nonEmpty(message[name]) !== undefined) return name;
  return undefined;
}

/** A trimmed text, or `undefined` when it is blank or absent. */
export const nonEmpty = (value: string | null | undefined): string | undefined =>
  value !== null && value !== undefined && value.trim() !== "" ? value.trim() : undefined;

/** A rejected step. */
export function failed(
  entity: string,
  sourceId: string | null,
  field: string,
  reason: string,
): Step {
  return { ok: false, entity, sourceId, field, reason };
}

function failAt(
  entity: string,
  guessId: string | null,
  at: string,
  field: string,
  reason: string,
  sourceId: string | null = guessId,
): Step {
  return failed(entity, sourceId, field, `${reason} (at ${at})`);
}

/** Reads one message: its shape (the precompiled check first, else the schema), type, ids and time. */
export function prepare(at: string, value: unknown, asOf: Date): Step {
  const rawType = (value as { type?: unknown } | null)?.type;
  const rawId = (value as { messageId?: unknown } | null)?.messageId;
  const entity = typeof rawType === "string" && rawType !== "" ? rawType : "message";
  const guessId = typeof rawId === "string" && rawId !== "" ? rawId : null;
  // Not a closure: a function made per message would cost an allocation even when it passes.
  const fail = failAt;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail(entity, guessId, at, "(root)", expectedMessage("", "a message object", value));
  }
  let message = readSegmentMessage(value as Record<string, unknown>);
  if (message === undefined) {
    const parsed = SegmentMessageSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return fail(entity, guessId, at, issue.path.map(String).join(".") || "(root)", issue.message);
    }
    message = parsed.data;
  }
  const known = SEGMENT_MESSAGE_TYPES.indexOf(message.type as SegmentMessageType);
  const type = known === -1 ? undefined : SEGMENT_MESSAGE_TYPES[known];
  if (type === undefined) {
    return fail(
      entity,
      guessId,
      at,
      "type",
      expectedMessage("", oneOf(SEGMENT_MESSAGE_TYPES), message.type),
    );
  }
  const messageId = nonEmpty(message.messageId);
  if (messageId === undefined) {
    return fail(
      entity,
      guessId,
      at,
      "messageId",
      "expected a messageId (it tells a re-sent message from a new one)",
      null,
    );
  }
  const timeField = firstTimeField(message);
  if (timeField === undefined) {
    return fail(
      entity,
      guessId,
      at,
      "timestamp",
      "expected a timestamp (or originalTimestamp, receivedAt, sentAt)",
      messageId,
    );
  }
  const when = parseSegmentInstant(message[timeField]);
  if (when === null) {
    return fail(
      entity,
      guessId,
      at,
      timeField,
      expectedMessage("", "an ISO 8601 date-time with an offset", message[timeField]),
      messageId,
    );
  }
  if (when.getTime() > asOf.getTime()) {
    return fail(entity, guessId, at, timeField, afterAsOfReason(when, asOf), messageId);
  }
  const userId = nonEmpty(message.userId);
  const anonymousId = nonEmpty(message.anonymousId);
  if (userId === undefined && anonymousId === undefined) {
    return fail(entity, guessId, at, "userId", "expected a userId or an anonymousId", messageId);
  }
  return { ok: true, message, type, messageId, userId, anonymousId, at: when };
}

/** anonymousId → the userIds that messages of this import tie it to. */
export function identityLinks(steps: readonly Step[]): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  const link = (anonymousId: string, userId: string) => {
    const users = links.get(anonymousId);
    if (users === undefined) links.set(anonymousId, new Set([userId]));
    else users.add(userId);
  };
  for (const step of steps) {
    if (!step.ok) continue;
    const { userId, anonymousId, type, message } = step;
    if (userId === undefined) continue;
    if (anonymousId !== undefined) link(anonymousId, userId);
    const previousId = nonEmpty(message.previousId);
    if (type === "alias" && previousId !== undefined) link(previousId, userId);
  }
  return links;
}
