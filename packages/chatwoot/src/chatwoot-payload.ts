import { precompiledCheck } from "@rapport/source-kit";
import * as z from "zod";
import { fastConversation } from "./chatwoot-fast-checks";
import { fastMessage } from "./chatwoot-fast-message";
import { chatwootId, chatwootTime } from "./chatwoot-values";

// chatwoot's Application API shapes (v1), as far as the importer maps them. Objects strip the
// fields they do not name (lenient to whatever chatwoot adds), and are strict on the rest.
// Built on first use, so that a bundle using only the webhook check carries no zod.

function build() {
  const ID_ERROR = "expected a chatwoot id (a non-negative integer or a non-empty string)";
  const TIME_ERROR =
    'expected a time: Unix seconds, or an ISO 8601 date-time ("2024-05-01T10:00:00Z")';

  /** A chatwoot id, kept as a string. */
  const IdSchema = z.unknown().transform((value, ctx): string => {
    const id = chatwootId(value);
    if (id !== undefined) return id;
    ctx.issues.push({ code: "custom", message: ID_ERROR, input: value });
    return z.NEVER;
  });

  /** A chatwoot time: Unix seconds (records) or a date-time string (webhooks, CSAT). */
  const TimeSchema = z.unknown().transform((value, ctx): Date => {
    const at = chatwootTime(value);
    if (at !== undefined) return at;
    ctx.issues.push({ code: "custom", message: TIME_ERROR, input: value });
    return z.NEVER;
  });

  const text = z.string().nullish();
  const RefSchema = z.object({ id: IdSchema }).nullish();
  const SenderSchema = z
    .object({ id: IdSchema.nullish(), type: text, email: text, name: text })
    .nullish();

  /** A message (`GET …/conversations/{id}/messages`, a conversation's `messages`, a webhook). */
  const MessageSchema = precompiledCheck(
    z.object({
      id: IdSchema,
      conversation_id: IdSchema.nullish(),
      // A webhook's message names its conversation and inbox as objects.
      conversation: z.object({ id: IdSchema.nullish(), channel: text }).nullish(),
      inbox_id: IdSchema.nullish(),
      inbox: RefSchema,
      message_type: z.union([z.int(), z.string()], {
        error: "expected a message_type (0-3, or incoming, outgoing, activity, template)",
      }),
      content_type: text,
      status: text,
      private: z.boolean().nullish(),
      created_at: TimeSchema,
      sender: SenderSchema,
      // Read only for enrichment, on request: never a reason to reject the message.
      content: z.unknown().optional(),
    }),
    fastMessage,
  );

  /** A conversation (`GET …/conversations`, a webhook's conversation events). */
  const ConversationSchema = precompiledCheck(
    z.object({
      id: IdSchema,
      inbox_id: IdSchema.nullish(),
      contact_id: IdSchema.nullish(),
      channel: text,
      status: z.string({ error: "expected a status (open, resolved, pending, snoozed)" }),
      priority: z.unknown().optional(),
      labels: z.array(z.string()).nullish(),
      created_at: TimeSchema,
      updated_at: TimeSchema.nullish(),
      last_activity_at: TimeSchema.nullish(),
      first_reply_created_at: TimeSchema.nullish(),
      additional_attributes: z.object({ mail_subject: text }).nullish(),
      meta: z
        .object({ sender: RefSchema, assignee: RefSchema, team: RefSchema, channel: text })
        .nullish(),
    }),
    fastConversation,
  );

  /** A contact (`GET …/contacts`). */
  const ContactSchema = z.object({
    id: IdSchema,
    name: text,
    email: text,
    phone_number: text,
    identifier: text,
    created_at: TimeSchema.nullish(),
  });

  /** An agent (`GET …/agents`). */
  const AgentSchema = z.object({
    id: IdSchema,
    name: text,
    available_name: text,
    email: text,
    role: z.string({ error: "expected a role (agent, administrator)" }),
  });

  /** A team (`GET …/teams`). */
  const TeamSchema = z.object({
    id: IdSchema,
    name: z.string().min(1, { error: "expected a team name" }),
  });

  /** An inbox (`GET …/inboxes`): where conversations arrive, and on which channel. */
  const InboxSchema = z.object({
    id: IdSchema,
    channel_type: z.string({ error: 'expected a channel_type ("Channel::Email"…)' }),
  });

  /** A CSAT survey response (`GET …/csat_survey_responses`). */
  const CsatSchema = z.object({
    id: IdSchema,
    rating: z.int({ error: "expected a rating from 1 to 5" }).min(1).max(5),
    feedback_message: text,
    conversation_id: IdSchema.nullish(),
    contact: RefSchema,
    assigned_agent: RefSchema,
    created_at: TimeSchema,
    updated_at: TimeSchema.nullish(),
  });

  return {
    inbox: InboxSchema,
    team: TeamSchema,
    agent: AgentSchema,
    contact: ContactSchema,
    conversation: ConversationSchema,
    message: MessageSchema,
    csat_survey_response: CsatSchema,
  };
}

type Schemas = ReturnType<typeof build>;
let cached: Schemas | undefined;

/** The payload schema of each entity the importer reads, by the entity's name in its report. */
export function chatwootEntitySchemas(): Schemas {
  cached ??= build();
  return cached;
}

/** The entity schemas' type. */
export type ChatwootEntitySchemas = Schemas;
/** A parsed conversation. */
export type ChatwootConversation = z.output<Schemas["conversation"]>;
/** A parsed message. */
export type ChatwootMessage = z.output<Schemas["message"]>;
