import { precompiledCheck } from "@rapport/source-kit";
import * as z from "zod";
import { fastTicket } from "./zendesk-fast-checks";
import { BAD_VIA, zendeskId, zendeskTime, zendeskViaChannel } from "./zendesk-values";

// The Zendesk Support API (v2) shapes, as far as the importer maps them. Objects strip the
// fields they do not name (lenient to whatever Zendesk adds), and are strict on the rest.
// Built on first use, so that a bundle using only the webhook or the pager carries no zod.

function build() {
  const ID_ERROR = "expected a Zendesk id (a positive integer or a non-empty string)";
  const TIME_ERROR = "expected an ISO 8601 date-time with an offset (e.g. 2012-09-06T20:15:09Z)";

  // Hand-written checks rather than a union and an ISO pattern: these two run several times
  // per record of exports with hundreds of thousands of records.
  /** A Zendesk id: an integer in JSON, kept as a string. */
  const ZendeskIdSchema = z.unknown().transform((value, ctx): string => {
    const id = zendeskId(value);
    if (id !== undefined) return id;
    ctx.issues.push({ code: "custom", message: ID_ERROR, input: value });
    return z.NEVER;
  });

  /** A Zendesk timestamp, as a `Date`. */
  const ZendeskTimeSchema = z.unknown().transform((value, ctx): Date => {
    const date = zendeskTime(value);
    if (date !== undefined) return date;
    ctx.issues.push({ code: "custom", message: TIME_ERROR, input: value });
    return z.NEVER;
  });

  /** `via`, read down to its `channel` (no intermediate object: this runs once per record). */
  const ViaSchema = z
    .unknown()
    .transform((value, ctx): unknown => {
      const channel = zendeskViaChannel(value);
      if (channel !== BAD_VIA) return channel;
      ctx.issues.push({
        code: "custom",
        message: 'expected via to be an object such as { "channel": "email" }',
        input: value,
      });
      return z.NEVER;
    })
    .optional();
  const text = z.string().nullish();

  /** A ticket (`GET /api/v2/tickets`, incremental ticket export). */
  const ZendeskTicketSchema = precompiledCheck(
    z.object({
      id: ZendeskIdSchema,
      requester_id: ZendeskIdSchema,
      subject: text,
      status: z.string({ error: "expected a ticket status string" }),
      priority: z.unknown().optional(),
      via: ViaSchema,
      assignee_id: ZendeskIdSchema.nullish(),
      group_id: ZendeskIdSchema.nullish(),
      created_at: ZendeskTimeSchema,
      updated_at: ZendeskTimeSchema.nullish(),
      tags: z.array(z.string()).nullish(),
    }),
    fastTicket,
  );

  /** A user: an end user (customer), an agent or an admin. */
  const ZendeskUserSchema = z.object({
    id: ZendeskIdSchema,
    name: text,
    email: text,
    phone: text,
    role: z.string({ error: 'expected a user role ("end-user", "agent" or "admin")' }),
    external_id: ZendeskIdSchema.nullish(),
    locale: text,
    time_zone: text,
    iana_time_zone: text,
    organization_id: ZendeskIdSchema.nullish(),
    created_at: ZendeskTimeSchema.nullish(),
  });

  /** A group of agents. */
  const ZendeskGroupSchema = z.object({
    id: ZendeskIdSchema,
    name: z.string().min(1, { error: "expected a group name" }),
    deleted: z.boolean().nullish(),
  });

  /** A ticket comment (`GET /api/v2/tickets/{id}/comments`), or a `Comment` audit event. */
  const ZendeskCommentSchema = z.object({
    id: ZendeskIdSchema,
    type: z.string().nullish(),
    author_id: ZendeskIdSchema,
    public: z.boolean().nullish(),
    created_at: ZendeskTimeSchema.nullish(),
    via: ViaSchema,
    ticket_id: ZendeskIdSchema.nullish(),
    data: z.object({ call_duration: z.number().nonnegative().nullish() }).nullish(),
    // Read only for enrichment, on request: never a reason to reject the comment.
    body: z.unknown().optional(),
    plain_body: z.unknown().optional(),
  });

  /** A ticket audit: what changed on a ticket, when and by whom. */
  const ZendeskAuditSchema = z.object({
    id: ZendeskIdSchema,
    ticket_id: ZendeskIdSchema,
    created_at: ZendeskTimeSchema,
    author_id: ZendeskIdSchema.nullish(),
    via: ViaSchema,
    events: z.array(z.unknown()).nullish(),
  });

  /** A `Create` or `Change` audit event on one field. */
  const ZendeskFieldEventSchema = z.object({
    type: z.enum(["Create", "Change"]),
    field_name: z.string(),
    value: z.unknown().optional(),
  });

  /** A satisfaction rating. */
  const ZendeskSatisfactionRatingSchema = z.object({
    id: ZendeskIdSchema,
    score: z.union([z.string(), z.number()], { error: "expected a rating score" }),
    ticket_id: ZendeskIdSchema.nullish(),
    requester_id: ZendeskIdSchema,
    assignee_id: ZendeskIdSchema.nullish(),
    group_id: ZendeskIdSchema.nullish(),
    created_at: ZendeskTimeSchema,
    updated_at: ZendeskTimeSchema.nullish(),
    comment: text,
    // The satisfaction reason: kept where well-formed, never a reason to reject the rating.
    reason: z.unknown().optional(),
    reason_code: z.unknown().optional(),
    reason_id: z.unknown().optional(),
  });

  const minutes = z.object({ calendar: z.number().nonnegative().nullish() }).nullish();

  /** A ticket's metrics: reply and resolution times, reopens. */
  const ZendeskTicketMetricSchema = z.object({
    id: ZendeskIdSchema,
    ticket_id: ZendeskIdSchema,
    reopens: z.int().nonnegative().nullish(),
    reply_time_in_minutes: minutes,
    solved_at: ZendeskTimeSchema.nullish(),
  });
  return {
    ZendeskIdSchema,
    ZendeskTimeSchema,
    ZendeskTicketSchema,
    ZendeskUserSchema,
    ZendeskGroupSchema,
    ZendeskCommentSchema,
    ZendeskAuditSchema,
    ZendeskFieldEventSchema,
    ZendeskSatisfactionRatingSchema,
    ZendeskTicketMetricSchema,
  };
}

type Schemas = ReturnType<typeof build>;
let cached: Schemas | undefined;

/** The payload schemas, built once. */
export function zendeskSchemas(): Schemas {
  cached ??= build();
  return cached;
}

/** A parsed ticket. */
export type ZendeskTicket = z.output<Schemas["ZendeskTicketSchema"]>;
/** A parsed user. */
export type ZendeskUser = z.output<Schemas["ZendeskUserSchema"]>;
/** A parsed group. */
export type ZendeskGroup = z.output<Schemas["ZendeskGroupSchema"]>;
/** A parsed comment. */
export type ZendeskComment = z.output<Schemas["ZendeskCommentSchema"]>;
/** A parsed audit. */
export type ZendeskAudit = z.output<Schemas["ZendeskAuditSchema"]>;
/** A parsed satisfaction rating. */
export type ZendeskSatisfactionRating = z.output<Schemas["ZendeskSatisfactionRatingSchema"]>;
/** A parsed ticket metric. */
export type ZendeskTicketMetric = z.output<Schemas["ZendeskTicketMetricSchema"]>;

/** The payload schema of each entity the importer reads, by the entity's name in its report. */
export function zendeskEntitySchemas() {
  const s = zendeskSchemas();
  return {
    user: s.ZendeskUserSchema,
    group: s.ZendeskGroupSchema,
    ticket: s.ZendeskTicketSchema,
    audit: s.ZendeskAuditSchema,
    comment: s.ZendeskCommentSchema,
    satisfaction_rating: s.ZendeskSatisfactionRatingSchema,
    ticket_metric: s.ZendeskTicketMetricSchema,
  };
}

/** The entity schemas' type. */
export type ZendeskEntitySchemas = ReturnType<typeof zendeskEntitySchemas>;
