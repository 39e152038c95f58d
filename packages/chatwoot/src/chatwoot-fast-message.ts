// The precompiled check of chatwoot's hottest shape, the message, written out field by field:
// an export holds a dozen messages for each conversation, and reading each field by its name
// lets the engine see one shape of message at every read, where the generic `fastObject`
// reads every schema's fields through the same keyed lookups. It returns what the message
// schema in `chatwoot-payload.ts` returns (the fields it names, present exactly when the
// message has them, in the schema's order), or `undefined` so that zod says what is wrong;
// `chatwoot-fast-checks.test.ts` holds the two to each other.
import { INVALID } from "@rapport/source-kit";
import { type CheckedMessage, nullishId, text as nullishText } from "./chatwoot-fast-checks";
import { chatwootId, chatwootTime } from "./chatwoot-values";

// What a reader of a nested object returns: the object, or the kit's INVALID.
type Read<T> = T | typeof INVALID;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// A field is there when its value is not undefined (JSON has no undefined) or, for an object
// built otherwise, when the key is.
const has = (record: Record<string, unknown>, key: string, value: unknown) =>
  value !== undefined || key in record;

function readConversation(value: unknown): Read<CheckedMessage["conversation"]> {
  if (value === null || value === undefined) return value;
  if (!isRecord(value)) return INVALID;
  type Conversation = NonNullable<CheckedMessage["conversation"]>;
  const out: Partial<Record<keyof Conversation, unknown>> = {};
  const { id, channel } = value;
  if (has(value, "id", id)) {
    const read = nullishId(id);
    if (read === INVALID) return INVALID;
    out.id = read;
  }
  if (has(value, "channel", channel)) {
    const read = nullishText(channel);
    if (read === INVALID) return INVALID;
    out.channel = read;
  }
  return out as Conversation;
}

function readInbox(value: unknown): Read<CheckedMessage["inbox"]> {
  if (value === null || value === undefined) return value;
  if (!isRecord(value)) return INVALID;
  const id = chatwootId(value["id"]);
  return id === undefined ? INVALID : { id };
}

function readSender(value: unknown): Read<CheckedMessage["sender"]> {
  if (value === null || value === undefined) return value;
  if (!isRecord(value)) return INVALID;
  type Sender = NonNullable<CheckedMessage["sender"]>;
  const out: Partial<Record<keyof Sender, unknown>> = {};
  const { id, type, email, name } = value;
  if (has(value, "id", id)) {
    const read = nullishId(id);
    if (read === INVALID) return INVALID;
    out.id = read;
  }
  if (has(value, "type", type)) {
    const read = nullishText(type);
    if (read === INVALID) return INVALID;
    out.type = read;
  }
  if (has(value, "email", email)) {
    const read = nullishText(email);
    if (read === INVALID) return INVALID;
    out.email = read;
  }
  if (has(value, "name", name)) {
    const read = nullishText(name);
    if (read === INVALID) return INVALID;
    out.name = read;
  }
  return out as Sender;
}

/**
 * A message, checked without zod; `undefined` when the schema must say what is wrong.
 *
 * @example
 * ```ts
 * import { fastMessage } from "./chatwoot-fast-message";
 * fastMessage({ id: 7, message_type: 0, created_at: 1714557600 })?.id; // "7"
 * fastMessage({ id: "", message_type: 0, created_at: 1714557600 }); // undefined
 * ```
 */
export function fastMessage(raw: unknown): CheckedMessage | undefined {
  if (!isRecord(raw)) return undefined;
  const {
    id,
    conversation_id,
    conversation,
    inbox_id,
    inbox,
    message_type,
    content_type,
    status,
    private: isPrivate,
    created_at,
    sender,
    content,
  } = raw;
  const messageId = chatwootId(id);
  if (messageId === undefined) return undefined;
  const out: Partial<Record<keyof CheckedMessage, unknown>> = { id: messageId };
  if (has(raw, "conversation_id", conversation_id)) {
    const read = nullishId(conversation_id);
    if (read === INVALID) return undefined;
    out.conversation_id = read;
  }
  if (has(raw, "conversation", conversation)) {
    const read = readConversation(conversation);
    if (read === INVALID) return undefined;
    out.conversation = read;
  }
  if (has(raw, "inbox_id", inbox_id)) {
    const read = nullishId(inbox_id);
    if (read === INVALID) return undefined;
    out.inbox_id = read;
  }
  if (has(raw, "inbox", inbox)) {
    const read = readInbox(inbox);
    if (read === INVALID) return undefined;
    out.inbox = read;
  }
  // z.union([z.int(), z.string()]): a safe integer or any string.
  if (typeof message_type !== "string" && !Number.isSafeInteger(message_type)) return undefined;
  out.message_type = message_type;
  if (has(raw, "content_type", content_type)) {
    const read = nullishText(content_type);
    if (read === INVALID) return undefined;
    out.content_type = read;
  }
  if (has(raw, "status", status)) {
    const read = nullishText(status);
    if (read === INVALID) return undefined;
    out.status = read;
  }
  if (has(raw, "private", isPrivate)) {
    if (isPrivate !== null && isPrivate !== undefined && typeof isPrivate !== "boolean") {
      return undefined;
    }
    out.private = isPrivate;
  }
  const createdAt = chatwootTime(created_at);
  if (createdAt === undefined) return undefined;
  out.created_at = createdAt;
  if (has(raw, "sender", sender)) {
    const read = readSender(sender);
    if (read === INVALID) return undefined;
    out.sender = read;
  }
  if (has(raw, "content", content)) out.content = content;
  return out as CheckedMessage;
}
