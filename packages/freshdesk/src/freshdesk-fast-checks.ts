// Precompiled checks of the two hot Freshdesk shapes, tickets and conversations (see
// `precompiledCheck` in the source kit): each returns what its zod schema in
// `freshdesk-payload.ts` returns for a well-formed record (the fields the schema names, present
// exactly when the input has them, in the schema's order), and `undefined` for anything else,
// which the schema then parses to say what is wrong. `freshdesk-fast-checks.test.ts` holds
// them to the schemas on the fixtures and on mutated payloads.
import { freshdeskId, freshdeskTime } from "./freshdesk-values";

type Nullish<T> = T | null | undefined;
type Raw = Record<string, unknown>;

/** A ticket as its schema returns it. */
export interface CheckedTicket {
  id: string;
  requester_id: string;
  responder_id?: Nullish<string>;
  group_id?: Nullish<string>;
  subject?: Nullish<string>;
  status?: unknown;
  priority?: unknown;
  source?: unknown;
  created_at: Date;
  updated_at?: Nullish<Date>;
  tags?: Nullish<string[]>;
  stats?: Nullish<{
    first_responded_at?: Nullish<Date>;
    resolved_at?: Nullish<Date>;
    closed_at?: Nullish<Date>;
    reopened_at?: Nullish<Date>;
  }>;
  conversations?: Nullish<unknown[]>;
  description_text?: unknown;
}

/** A conversation as its schema returns it. */
export interface CheckedConversation {
  id: string;
  ticket_id?: Nullish<string>;
  user_id?: Nullish<string>;
  incoming?: Nullish<boolean>;
  private?: Nullish<boolean>;
  created_at: Date;
  body_text?: unknown;
}

// What a nullish field reads as when its value is not of its shape.
const BAD = Symbol("bad");

const isRecord = (value: unknown): value is Raw =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const nullishId = (value: unknown) =>
  value === null || value === undefined ? value : (freshdeskId(value) ?? BAD);
const nullishTime = (value: unknown) =>
  value === null || value === undefined ? value : (freshdeskTime(value) ?? BAD);
const nullishText = (value: unknown) =>
  value === null || value === undefined || typeof value === "string" ? value : BAD;
const nullishBoolean = (value: unknown) =>
  value === null || value === undefined || typeof value === "boolean" ? value : BAD;

function nullishTags(value: unknown): Nullish<string[]> | typeof BAD {
  if (value === null || value === undefined) return value;
  if (!Array.isArray(value)) return BAD;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return BAD;
  return value.slice() as string[];
}

function nullishStats(value: unknown): CheckedTicket["stats"] | typeof BAD {
  if (value === null || value === undefined) return value;
  if (!isRecord(value)) return BAD;
  const stats: NonNullable<CheckedTicket["stats"]> = {};
  for (const key of ["first_responded_at", "resolved_at", "closed_at", "reopened_at"] as const) {
    if (!(key in value)) continue;
    const time = nullishTime(value[key]);
    if (time === BAD) return BAD;
    stats[key] = time;
  }
  return stats;
}

/** A ticket, checked without zod; `undefined` when the schema must say what is wrong. */
export function fastTicket(raw: unknown): CheckedTicket | undefined {
  if (!isRecord(raw)) return undefined;
  const id = freshdeskId(raw["id"]);
  const requester = freshdeskId(raw["requester_id"]);
  const created = freshdeskTime(raw["created_at"]);
  if (id === undefined || requester === undefined || created === undefined) return undefined;
  const ticket = { id, requester_id: requester } as CheckedTicket;
  if ("responder_id" in raw) {
    const value = nullishId(raw["responder_id"]);
    if (value === BAD) return undefined;
    ticket.responder_id = value;
  }
  if ("group_id" in raw) {
    const value = nullishId(raw["group_id"]);
    if (value === BAD) return undefined;
    ticket.group_id = value;
  }
  if ("subject" in raw) {
    const value = nullishText(raw["subject"]);
    if (value === BAD) return undefined;
    ticket.subject = value;
  }
  if ("status" in raw) ticket.status = raw["status"];
  if ("priority" in raw) ticket.priority = raw["priority"];
  if ("source" in raw) ticket.source = raw["source"];
  ticket.created_at = created;
  if ("updated_at" in raw) {
    const value = nullishTime(raw["updated_at"]);
    if (value === BAD) return undefined;
    ticket.updated_at = value;
  }
  if ("tags" in raw) {
    const value = nullishTags(raw["tags"]);
    if (value === BAD) return undefined;
    ticket.tags = value;
  }
  if ("stats" in raw) {
    const value = nullishStats(raw["stats"]);
    if (value === BAD) return undefined;
    ticket.stats = value;
  }
  if ("conversations" in raw) {
    const value = raw["conversations"];
    if (value === null || value === undefined) ticket.conversations = value;
    else if (Array.isArray(value)) ticket.conversations = value.slice();
    else return undefined;
  }
  if ("description_text" in raw) ticket.description_text = raw["description_text"];
  return ticket;
}

/** A conversation, checked without zod; `undefined` when the schema must say what is wrong. */
export function fastConversation(raw: unknown): CheckedConversation | undefined {
  if (!isRecord(raw)) return undefined;
  const id = freshdeskId(raw["id"]);
  const created = freshdeskTime(raw["created_at"]);
  if (id === undefined || created === undefined) return undefined;
  const conversation = { id } as CheckedConversation;
  if ("ticket_id" in raw) {
    const value = nullishId(raw["ticket_id"]);
    if (value === BAD) return undefined;
    conversation.ticket_id = value;
  }
  if ("user_id" in raw) {
    const value = nullishId(raw["user_id"]);
    if (value === BAD) return undefined;
    conversation.user_id = value;
  }
  if ("incoming" in raw) {
    const value = nullishBoolean(raw["incoming"]);
    if (value === BAD) return undefined;
    conversation.incoming = value;
  }
  if ("private" in raw) {
    const value = nullishBoolean(raw["private"]);
    if (value === BAD) return undefined;
    conversation.private = value;
  }
  conversation.created_at = created;
  if ("body_text" in raw) conversation.body_text = raw["body_text"];
  return conversation;
}
