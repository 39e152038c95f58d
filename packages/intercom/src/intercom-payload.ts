import { precompiledCheck } from "@rapport/source-kit";
import * as z from "zod";
import { fastConversation, fastPart, fastRating } from "./intercom-fast-checks";
import { intercomId, intercomTime } from "./intercom-values";

// The Intercom REST API (2.x) shapes, as far as the importer maps them. Objects strip the
// fields they do not name (lenient to whatever Intercom adds), and are strict on the rest.
// Built on first use, so that a bundle using only the webhook or the pager carries no zod.

function build() {
  const ID_ERROR = "expected an Intercom id (a non-empty string or a non-negative integer)";
  const TIME_ERROR = "expected a Unix time in seconds (a non-negative number)";

  /** An Intercom id, kept as a string. */
  const IntercomIdSchema = z.unknown().transform((value, ctx): string => {
    const id = intercomId(value);
    if (id !== undefined) return id;
    ctx.issues.push({ code: "custom", message: ID_ERROR, input: value });
    return z.NEVER;
  });

  /** An Intercom timestamp: Unix seconds, as a `Date`. */
  const IntercomTimeSchema = z.unknown().transform((value, ctx): Date => {
    const date = intercomTime(value);
    if (date !== undefined) return date;
    ctx.issues.push({ code: "custom", message: TIME_ERROR, input: value });
    return z.NEVER;
  });

  const text = z.string().nullish();
  const ReferenceSchema = z.object({ type: text, id: IntercomIdSchema }).nullish();
  const AuthorSchema = z.object({
    type: z.string({ error: "expected the author's type (admin, user, lead, bot, team)" }),
    id: IntercomIdSchema.nullish(),
  });

  /** A conversation part. */
  const IntercomPartSchema = precompiledCheck(
    z.object({
      id: IntercomIdSchema,
      part_type: z.string({ error: "expected a part_type string" }),
      created_at: IntercomTimeSchema,
      author: AuthorSchema.nullish(),
      assigned_to: ReferenceSchema,
      // HTML, read only for enrichment, on request: never a reason to reject the part.
      body: z.unknown().optional(),
    }),
    fastPart,
  );

  /** A conversation. */
  const IntercomConversationSchema = precompiledCheck(
    z.object({
      id: IntercomIdSchema,
      title: text,
      created_at: IntercomTimeSchema,
      updated_at: IntercomTimeSchema.nullish(),
      state: text,
      open: z.boolean().nullish(),
      priority: z.unknown().optional(),
      admin_assignee_id: IntercomIdSchema.nullish(),
      team_assignee_id: IntercomIdSchema.nullish(),
      source: z
        .object({
          type: text,
          subject: text,
          author: AuthorSchema.nullish(),
          // HTML, read only for enrichment, on request: never a reason to reject the conversation.
          body: z.unknown().optional(),
        })
        .nullish(),
      contacts: z
        .object({ contacts: z.array(z.object({ id: IntercomIdSchema })).nullish() })
        .nullish(),
      tags: z.object({ tags: z.array(z.object({ name: z.string() })).nullish() }).nullish(),
      statistics: z
        .object({
          first_admin_reply_at: IntercomTimeSchema.nullish(),
          last_close_at: IntercomTimeSchema.nullish(),
          count_reopens: z.int().nonnegative().nullish(),
        })
        .nullish(),
      conversation_rating: z.unknown().optional(),
      conversation_parts: z
        .object({ conversation_parts: z.array(z.unknown()).nullish() })
        .nullish(),
    }),
    fastConversation,
  );

  /** A conversation rating (1-5). */
  const IntercomRatingSchema = precompiledCheck(
    z.object({
      rating: z.int({ error: "expected a rating from 1 to 5" }).min(1).max(5),
      remark: text,
      created_at: IntercomTimeSchema,
      updated_at: IntercomTimeSchema.nullish(),
      contact: ReferenceSchema,
      customer: ReferenceSchema,
      teammate: ReferenceSchema,
    }),
    fastRating,
  );

  /** A contact: a user or a lead. */
  const IntercomContactSchema = z.object({
    id: IntercomIdSchema,
    role: text,
    external_id: IntercomIdSchema.nullish(),
    name: text,
    email: text,
    phone: text,
    created_at: IntercomTimeSchema.nullish(),
    signed_up_at: IntercomTimeSchema.nullish(),
    language_override: text,
    browser_language: text,
  });

  /** An admin (a teammate). */
  const IntercomAdminSchema = z.object({
    id: IntercomIdSchema,
    name: text,
    email: text,
    team_ids: z.array(IntercomIdSchema).nullish(),
  });

  /** A team. */
  const IntercomTeamSchema = z.object({
    id: IntercomIdSchema,
    name: z.string().min(1, { error: "expected a team name" }),
  });

  return {
    IntercomIdSchema,
    IntercomTimeSchema,
    IntercomPartSchema,
    IntercomConversationSchema,
    IntercomRatingSchema,
    IntercomContactSchema,
    IntercomAdminSchema,
    IntercomTeamSchema,
  };
}

type Schemas = ReturnType<typeof build>;
let cached: Schemas | undefined;

/** The payload schemas, built once. */
export function intercomSchemas(): Schemas {
  cached ??= build();
  return cached;
}

/** A parsed conversation. */
export type IntercomConversation = z.output<Schemas["IntercomConversationSchema"]>;
/** A parsed conversation part. */
export type IntercomPart = z.output<Schemas["IntercomPartSchema"]>;
/** A parsed contact. */
export type IntercomContact = z.output<Schemas["IntercomContactSchema"]>;
/** A parsed admin. */
export type IntercomAdmin = z.output<Schemas["IntercomAdminSchema"]>;
/** A parsed team. */
export type IntercomTeam = z.output<Schemas["IntercomTeamSchema"]>;

/** The payload schema of each entity the importer reads, by the entity's name in its report. */
export function intercomEntitySchemas() {
  const s = intercomSchemas();
  return {
    admin: s.IntercomAdminSchema,
    team: s.IntercomTeamSchema,
    contact: s.IntercomContactSchema,
    conversation: s.IntercomConversationSchema,
  };
}

/** The entity schemas' type. */
export type IntercomEntitySchemas = ReturnType<typeof intercomEntitySchemas>;
