import { precompiledCheck } from "@rapport/source-kit";
import * as z from "zod";
import { fastConversation, fastTicket } from "./freshdesk-fast-checks";
import { freshdeskId, freshdeskTime } from "./freshdesk-values";

// The Freshdesk API (v2) shapes, as far as the importer maps them. Objects strip the fields
// they do not name (lenient to whatever Freshdesk adds), and are strict on the rest.
// Built on first use, so that a bundle that only reads the enum tables carries no zod.

function build() {
  const ID_ERROR = "expected a Freshdesk id (a non-negative integer)";
  const TIME_ERROR = "expected an ISO 8601 date-time with an offset (e.g. 2015-08-24T11:59:05Z)";

  /** A Freshdesk id: an integer, kept as a string. */
  const FreshdeskIdSchema = z.unknown().transform((value, ctx): string => {
    const id = freshdeskId(value);
    if (id !== undefined) return id;
    ctx.issues.push({ code: "custom", message: ID_ERROR, input: value });
    return z.NEVER;
  });

  /** A Freshdesk timestamp, as a `Date`. */
  const FreshdeskTimeSchema = z.unknown().transform((value, ctx): Date => {
    const date = freshdeskTime(value);
    if (date !== undefined) return date;
    ctx.issues.push({ code: "custom", message: TIME_ERROR, input: value });
    return z.NEVER;
  });

  const text = z.string().nullish();
  const time = FreshdeskTimeSchema.nullish();
  const code = z.unknown().optional();

  /** A conversation (a reply or a note) on a ticket. */
  const FreshdeskConversationSchema = precompiledCheck(
    z.object({
      id: FreshdeskIdSchema,
      ticket_id: FreshdeskIdSchema.nullish(),
      user_id: FreshdeskIdSchema.nullish(),
      incoming: z.boolean().nullish(),
      private: z.boolean().nullish(),
      created_at: FreshdeskTimeSchema,
      // Read only for enrichment, on request: never a reason to reject the conversation.
      body_text: z.unknown().optional(),
    }),
    fastConversation,
  );

  /** A ticket (`GET /api/v2/tickets`, with `include=stats` for its times). */
  const FreshdeskTicketSchema = precompiledCheck(
    z.object({
      id: FreshdeskIdSchema,
      requester_id: FreshdeskIdSchema,
      responder_id: FreshdeskIdSchema.nullish(),
      group_id: FreshdeskIdSchema.nullish(),
      subject: text,
      status: code,
      priority: code,
      source: code,
      created_at: FreshdeskTimeSchema,
      updated_at: time,
      tags: z.array(z.string()).nullish(),
      stats: z
        .object({
          first_responded_at: time,
          resolved_at: time,
          closed_at: time,
          reopened_at: time,
        })
        .nullish(),
      conversations: z.array(z.unknown()).nullish(),
      // Read only for enrichment, on request: never a reason to reject the ticket.
      description_text: z.unknown().optional(),
    }),
    fastTicket,
  );

  /** A contact (a customer). */
  const FreshdeskContactSchema = z.object({
    id: FreshdeskIdSchema,
    name: text,
    email: text,
    other_emails: z.array(z.string()).nullish(),
    phone: text,
    mobile: text,
    language: text,
    time_zone: text,
    unique_external_id: text,
    company_id: FreshdeskIdSchema.nullish(),
    created_at: time,
  });

  /** An agent. */
  const FreshdeskAgentSchema = z.object({
    id: FreshdeskIdSchema,
    group_ids: z.array(FreshdeskIdSchema).nullish(),
    contact: z.object({ name: text, email: text }).nullish(),
  });

  /** A group of agents. */
  const FreshdeskGroupSchema = z.object({
    id: FreshdeskIdSchema,
    name: z.string().min(1, { error: "expected a group name" }),
  });

  /** A satisfaction rating (a survey result). */
  const FreshdeskRatingSchema = z.object({
    id: FreshdeskIdSchema,
    survey_id: FreshdeskIdSchema.nullish(),
    user_id: FreshdeskIdSchema,
    agent_id: FreshdeskIdSchema.nullish(),
    group_id: FreshdeskIdSchema.nullish(),
    ticket_id: FreshdeskIdSchema.nullish(),
    feedback: text,
    // `default_question` and, for each further question of the survey, `question_<id>`.
    ratings: z.object({ default_question: z.unknown().optional() }).catchall(z.unknown()),
    created_at: FreshdeskTimeSchema,
    updated_at: time,
  });

  return {
    FreshdeskIdSchema,
    FreshdeskTimeSchema,
    FreshdeskConversationSchema,
    FreshdeskTicketSchema,
    FreshdeskContactSchema,
    FreshdeskAgentSchema,
    FreshdeskGroupSchema,
    FreshdeskRatingSchema,
  };
}

type Schemas = ReturnType<typeof build>;
let cached: Schemas | undefined;

/** The payload schemas, built once. */
export function freshdeskSchemas(): Schemas {
  cached ??= build();
  return cached;
}

/** A parsed ticket. */
export type FreshdeskTicket = z.output<Schemas["FreshdeskTicketSchema"]>;
/** A parsed conversation. */
export type FreshdeskConversation = z.output<Schemas["FreshdeskConversationSchema"]>;
/** A parsed contact. */
export type FreshdeskContact = z.output<Schemas["FreshdeskContactSchema"]>;
/** A parsed agent. */
export type FreshdeskAgent = z.output<Schemas["FreshdeskAgentSchema"]>;
/** A parsed satisfaction rating. */
export type FreshdeskRating = z.output<Schemas["FreshdeskRatingSchema"]>;
/** A parsed group. */
export type FreshdeskGroup = z.output<Schemas["FreshdeskGroupSchema"]>;

/** The payload schema of each entity the importer reads, by the entity's name in its report. */
export function freshdeskEntitySchemas() {
  const s = freshdeskSchemas();
  return {
    group: s.FreshdeskGroupSchema,
    agent: s.FreshdeskAgentSchema,
    contact: s.FreshdeskContactSchema,
    ticket: s.FreshdeskTicketSchema,
    conversation: s.FreshdeskConversationSchema,
    satisfaction_rating: s.FreshdeskRatingSchema,
  };
}

/** The entity schemas' type. */
export type FreshdeskEntitySchemas = ReturnType<typeof freshdeskEntitySchemas>;
