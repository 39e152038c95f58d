import { precompiledCheck } from "@rapport/source-kit";
import * as z from "zod";
import { fastConversation, fastThread } from "./helpscout-fast-checks";
import { helpScoutId, helpScoutTime } from "./helpscout-values";

// Help Scout's Mailbox API 2.0 shapes (HAL+JSON), as far as the importer maps them, and the
// older shapes its webhooks send (a conversation's `threads` as a list, `customer`, `owner`,
// tags as words, `modifiedAt`). Objects strip the fields they do not name (lenient to whatever
// Help Scout adds), and are strict on the rest. Built on first use.

function build() {
  const ID_ERROR = "expected a Help Scout id (a non-negative integer or a non-empty string)";
  const TIME_ERROR = 'expected an ISO 8601 date-time in UTC ("2017-04-21T14:39:56Z")';

  /** A Help Scout id, kept as a string. */
  const IdSchema = z.unknown().transform((value, ctx): string => {
    const id = helpScoutId(value);
    if (id !== undefined) return id;
    ctx.issues.push({ code: "custom", message: ID_ERROR, input: value });
    return z.NEVER;
  });

  /** A Help Scout time: ISO 8601 in UTC; one without a zone (the ratings endpoint's) is UTC. */
  const TimeSchema = z.unknown().transform((value, ctx): Date => {
    const at = helpScoutTime(value);
    if (at !== undefined) return at;
    ctx.issues.push({ code: "custom", message: TIME_ERROR, input: value });
    return z.NEVER;
  });

  const text = z.string().nullish();
  const PersonSchema = z.object({ id: IdSchema.nullish(), type: text }).nullish();
  const ValueList = z.array(z.object({ value: z.string() })).nullish();

  /** A thread: a customer's message, a reply, a note, a chat, a call, a line item… */
  const ThreadSchema = precompiledCheck(
    z.object({
      id: IdSchema,
      // Not Help Scout's: the conversation the thread was found in, set when splitting.
      conversationId: IdSchema.nullish(),
      type: z.string({ error: "expected a thread type (customer, reply, note, chat, phone…)" }),
      status: text,
      state: text,
      createdAt: TimeSchema,
      createdBy: PersonSchema,
      customer: PersonSchema,
      source: z.object({ type: text }).nullish(),
      // HTML, read only for enrichment, on request: never a reason to reject the thread.
      body: z.unknown().optional(),
    }),
    fastThread,
  );

  /** A conversation. */
  const ConversationSchema = precompiledCheck(
    z.object({
      id: IdSchema,
      type: text,
      status: z.string({ error: "expected a status (active, pending, closed, spam)" }),
      state: text,
      subject: text,
      primaryCustomer: PersonSchema,
      customer: PersonSchema,
      createdBy: PersonSchema,
      assignee: PersonSchema,
      owner: PersonSchema,
      createdAt: TimeSchema,
      userUpdatedAt: TimeSchema.nullish(),
      modifiedAt: TimeSchema.nullish(),
      closedAt: TimeSchema.nullish(),
      tags: z
        .array(z.union([z.string(), z.object({ tag: z.string() })], { error: "expected a tag" }))
        .nullish(),
    }),
    fastConversation,
  );

  /** A customer (`GET /v2/customers`, with its embedded e-mails and phones). */
  const CustomerSchema = z.object({
    id: IdSchema,
    firstName: text,
    lastName: text,
    organization: text,
    createdAt: TimeSchema.nullish(),
    emails: ValueList,
    phones: ValueList,
    email: text,
    _embedded: z.object({ emails: ValueList, phones: ValueList }).nullish(),
  });

  /** A user (`GET /v2/users`): an agent. */
  const UserSchema = z.object({
    id: IdSchema,
    firstName: text,
    lastName: text,
    email: text,
    role: z.string({ error: "expected a role (owner, admin, user)" }),
  });

  /** A team (`GET /v2/teams`). */
  const TeamSchema = z.object({
    id: IdSchema,
    name: z.string().min(1, { error: "expected a team name" }),
  });

  /** A satisfaction rating (`GET /v2/ratings/{id}`, and the satisfaction webhook). */
  const RatingSchema = z.object({
    id: IdSchema,
    rating: z.string({ error: "expected a rating (great, okay, not_good)" }),
    comments: text,
    conversationId: IdSchema.nullish(),
    ticketId: IdSchema.nullish(),
    threadId: IdSchema.nullish(),
    customer: PersonSchema,
    user: PersonSchema,
    createdAt: TimeSchema,
    modifiedAt: TimeSchema.nullish(),
  });

  return {
    team: TeamSchema,
    user: UserSchema,
    customer: CustomerSchema,
    thread: ThreadSchema,
    conversation: ConversationSchema,
    rating: RatingSchema,
  };
}

type Schemas = ReturnType<typeof build>;
let cached: Schemas | undefined;

/** The payload schema of each entity the importer reads, by the entity's name in its report. */
export function helpScoutEntitySchemas(): Schemas {
  cached ??= build();
  return cached;
}

/** The entity schemas' type. */
export type HelpScoutEntitySchemas = Schemas;
/** A parsed conversation. */
export type HelpScoutConversation = z.output<Schemas["conversation"]>;
/** A parsed thread. */
export type HelpScoutThread = z.output<Schemas["thread"]>;
