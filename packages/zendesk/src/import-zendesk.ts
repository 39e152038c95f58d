import {
  type Case,
  type Channel,
  isTimeZone,
  safeParseAgent,
  safeParseCase,
  safeParseCustomer,
  safeParseInteraction,
  safeParseSurveyResponse,
  safeParseTeam,
} from "@rapport/core";
import {
  afterAsOfReason,
  type ImportCollector,
  type ImportResult,
  runImport,
  sourceIdOf,
  zodRecordIssue,
} from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import type * as z from "zod";
import { zendeskChannel } from "./zendesk-channel";
import {
  type ZendeskAudit,
  type ZendeskComment,
  type ZendeskSatisfactionRating,
  type ZendeskTicket,
  type ZendeskTicketMetric,
  type ZendeskUser,
  zendeskSchemas,
} from "./zendesk-payload";
import { ZENDESK_PRIORITIES, zendeskPriority } from "./zendesk-priority";
import { ZENDESK_STATUSES, zendeskStatus } from "./zendesk-status";

type StatusChange = Case["statusHistory"][number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Options of {@link importZendesk}.
 *
 * @example
 * ```ts
 * import type { ZendeskImportOptions } from "@rapport/zendesk";
 * const options: ZendeskImportOptions = { asOf: new Date("2024-06-01T00:00:00Z"), channelMap: { api: "email" } };
 * ```
 */
export interface ZendeskImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /** `via.channel` values mapped your way, checked before the built-in table. */
  readonly channelMap?: Readonly<Record<string, Channel>>;
}

const SYSTEM = "zendesk";
const CHANNEL_EXPECTED = "a documented Zendesk channel (or one given in channelMap)";
const ref = (id: string) => ({ system: SYSTEM, id });
const zid = (id: string) => `${SYSTEM}:${id}`;

// Keys of a response body that hold records, and the entity each record is.
const LISTS: Readonly<Record<string, string>> = {
  tickets: "ticket",
  users: "user",
  groups: "group",
  comments: "comment",
  audits: "audit",
  satisfaction_ratings: "satisfaction_rating",
  ticket_metrics: "ticket_metric",
  // Side-loaded by incremental exports with include=metric_sets: the same shape.
  metric_sets: "ticket_metric",
};
const SINGLES: Readonly<Record<string, string>> = {
  ticket: "ticket",
  user: "user",
  group: "group",
  comment: "comment",
  audit: "audit",
  satisfaction_rating: "satisfaction_rating",
  ticket_metric: "ticket_metric",
};
// Pagination and other metadata: not records.
const METADATA = new Set([
  "next_page",
  "previous_page",
  "count",
  "after_cursor",
  "before_cursor",
  "after_url",
  "before_url",
  "end_of_stream",
  "end_time",
  "start_time",
  "meta",
  "links",
]);

interface Raw {
  readonly entity: string;
  readonly value: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Splits the payload into records by entity; anything that is not a record is reported. */
function collectRaw(payload: unknown, out: ImportCollector): Map<string, Raw[]> {
  const byEntity = new Map<string, Raw[]>();
  const push = (entity: string, value: unknown) => {
    const list = byEntity.get(entity);
    if (list) list.push({ entity, value });
    else byEntity.set(entity, [{ entity, value }]);
  };
  const pages = Array.isArray(payload) ? payload : [payload];
  pages.forEach((page, index) => {
    const where = Array.isArray(payload) ? `[${index}]` : "(root)";
    if (!isObject(page)) {
      out.reject(
        "page",
        null,
        where,
        expectedMessage("", "a Zendesk response body, an object such as { tickets: [...] }", page),
      );
      return;
    }
    for (const key of Object.keys(page)) {
      const value = page[key];
      if (Object.hasOwn(LISTS, key)) {
        const entity = LISTS[key]!;
        if (Array.isArray(value)) for (const item of value) push(entity, item);
        else if (value !== null && value !== undefined) {
          out.reject(entity, null, key, `expected an array of ${key}`);
        }
      } else if (Object.hasOwn(SINGLES, key)) {
        if (value !== null && value !== undefined) push(SINGLES[key]!, value);
      } else if (!METADATA.has(key) && Array.isArray(value)) {
        for (const item of value) out.ignore(key, sourceIdOf(item), `"${key}" are not imported`);
      }
    }
  });
  return byEntity;
}

/** Parses the records of one entity; the ones that do not parse are rejected. */
function parseAll<Schema extends z.ZodType>(
  raws: readonly Raw[] | undefined,
  schema: Schema,
  out: ImportCollector,
): z.output<Schema>[] {
  const parsed: z.output<Schema>[] = [];
  for (const raw of raws ?? []) {
    const result = schema.safeParse(raw.value);
    if (result.success) parsed.push(result.data);
    else {
      const { field, reason } = zodRecordIssue(result.error);
      out.reject(raw.entity, sourceIdOf(raw.value), field, reason);
    }
  }
  return parsed;
}

/** Orders the copies of each record newest first, so the newest one is imported. */
function newestFirst<T extends { id: string; updated_at?: Date | null | undefined }>(
  items: T[],
): T[] {
  const ids = new Set<string>();
  for (const item of items) ids.add(item.id);
  if (ids.size === items.length) return items;
  const time = (item: T) => item.updated_at?.getTime() ?? Number.NEGATIVE_INFINITY;
  const newest = new Map<string, T>();
  for (const item of items) {
    const seen = newest.get(item.id);
    if (!seen || time(item) > time(seen)) newest.set(item.id, item);
  }
  const first = new Set(newest.values());
  return [...first, ...items.filter((item) => !first.has(item))];
}

interface History {
  readonly statusHistory: StatusChange[];
  readonly solvedAt?: Date;
  readonly closedAt?: Date;
  readonly reopenCount: number;
}

/** The status history of a ticket, from the `status` events of its audits (oldest first). */
function historyFrom(audits: readonly ZendeskAudit[]): History {
  const statusHistory: StatusChange[] = [];
  if (audits.length === 0) return { statusHistory, reopenCount: 0 };
  let solvedAt: Date | undefined;
  let closedAt: Date | undefined;
  let reopenCount = 0;
  let priority = undefined as StatusChange["priority"];
  for (const audit of audits) {
    let status: StatusChange["status"] | undefined;
    for (const event of audit.events ?? []) {
      const parsed = zendeskSchemas().ZendeskFieldEventSchema.safeParse(event);
      if (!parsed.success) continue;
      const { field_name, value } = parsed.data;
      if (field_name === "status") status = zendeskStatus(value) ?? status;
      if (field_name === "priority") priority = zendeskPriority(value) ?? priority;
    }
    if (!status) continue;
    const previous = statusHistory.at(-1)?.status;
    if (previous === "solved" && status !== "solved" && status !== "closed") reopenCount++;
    if (status === "solved") solvedAt = audit.created_at;
    if (status === "closed") closedAt = audit.created_at;
    statusHistory.push({
      status,
      at: audit.created_at,
      ...(priority ? { priority } : {}),
    });
  }
  return {
    statusHistory,
    reopenCount,
    ...(solvedAt ? { solvedAt } : {}),
    ...(closedAt ? { closedAt } : {}),
  };
}

/** The requester of a ticket as its creating audit records it. */
function requesterFrom(audit: ZendeskAudit): string | undefined {
  for (const event of audit.events ?? []) {
    const parsed = zendeskSchemas().ZendeskFieldEventSchema.safeParse(event);
    if (parsed.success && parsed.data.field_name === "requester_id") {
      const value = parsed.data.value;
      if (typeof value === "string" || typeof value === "number") return String(value);
    }
  }
  return undefined;
}

interface CommentInput {
  readonly comment: ZendeskComment;
  readonly ticketId: string | undefined;
  readonly at: Date | undefined;
  readonly via: unknown;
}

/**
 * Maps Zendesk Support API payloads into the Rapport care model: tickets → cases (with
 * status history from audits and reply/solve times and reopens from ticket metrics),
 * comments → interactions, users → customers (end users) and agents (agents and admins),
 * groups → teams, satisfaction ratings → CSAT responses.
 *
 * `payload` is one response body (`{ tickets: [...], users: [...] }`, `{ ticket: {...} }`,
 * an incremental export page with `after_cursor`/`end_of_stream`…) or an array of them.
 * Records are joined across all of them. It never throws on bad data: every input record is
 * in the report, accepted, rejected (with the field and the reason), a duplicate (same
 * source id seen before, e.g. a re-sent page) or ignored (with the reason, e.g. a rating
 * that was only offered). Ids are prefixed with the system: ticket 35436 is case
 * `zendesk:35436`.
 *
 * @example
 * ```ts
 * import { importZendesk } from "@rapport/zendesk";
 *
 * const result = importZendesk(
 *   {
 *     tickets: [
 *       { id: 35436, requester_id: 20978392, status: "hold", priority: null,
 *         via: { channel: "email" }, subject: "Help, my printer is on fire!",
 *         created_at: "2009-07-20T22:55:29Z" },
 *     ],
 *   },
 *   { asOf: new Date("2024-01-01T00:00:00Z") },
 * );
 * result.cases[0]?.status; // "on_hold"
 * result.report.accepted; // 1
 * ```
 */
export function importZendesk(payload: unknown, options: ZendeskImportOptions): ImportResult {
  return runImport(SYSTEM, (out, asOf) => run(payload, asOf, options.channelMap, out), {
    caller: "importZendesk",
    asOf: options?.asOf,
  });
}

function run(
  payload: unknown,
  asOf: Date,
  channelMap: Readonly<Record<string, Channel>> | undefined,
  out: ImportCollector,
): void {
  const raw = collectRaw(payload, out);
  const users = parseAll(raw.get("user"), zendeskSchemas().ZendeskUserSchema, out);
  const groups = parseAll(raw.get("group"), zendeskSchemas().ZendeskGroupSchema, out);
  const tickets = newestFirst(
    parseAll(raw.get("ticket"), zendeskSchemas().ZendeskTicketSchema, out),
  );
  const audits = parseAll(raw.get("audit"), zendeskSchemas().ZendeskAuditSchema, out).sort(
    (a, b) => a.created_at.getTime() - b.created_at.getTime(),
  );
  const comments = parseAll(raw.get("comment"), zendeskSchemas().ZendeskCommentSchema, out);
  const ratings = parseAll(
    raw.get("satisfaction_rating"),
    zendeskSchemas().ZendeskSatisfactionRatingSchema,
    out,
  );
  const metrics = parseAll(
    raw.get("ticket_metric"),
    zendeskSchemas().ZendeskTicketMetricSchema,
    out,
  );

  const roles = new Map<string, "customer" | "agent">();
  for (const user of users) importUser(user, out, roles);
  for (const group of groups) {
    out.add(
      "teams",
      "group",
      group.id,
      safeParseTeam({ id: zid(group.id), name: group.name, externalIds: [ref(group.id)] }),
    );
  }

  const auditsByTicket = new Map<string, ZendeskAudit[]>();
  const requesters = new Map<string, string>();
  const auditIds = new Set<string>();
  for (const audit of audits) {
    // A re-sent audit must not repeat its status changes.
    if (auditIds.has(audit.id)) continue;
    auditIds.add(audit.id);
    const list = auditsByTicket.get(audit.ticket_id);
    if (list) list.push(audit);
    else auditsByTicket.set(audit.ticket_id, [audit]);
    const requester = requesterFrom(audit);
    if (requester && !requesters.has(audit.ticket_id)) requesters.set(audit.ticket_id, requester);
  }
  const metricByTicket = new Map<string, ZendeskTicketMetric>();
  for (const metric of metrics) {
    if (!metricByTicket.has(metric.ticket_id)) metricByTicket.set(metric.ticket_id, metric);
  }

  // What comments, audits and metrics need to know of the tickets; kept only when they exist.
  const joins = comments.length > 0 || audits.length > 0 || metrics.length > 0;
  const imported = new Set<string>();
  const ticketChannels = new Map<string, Channel>();
  const requesterFromTicket = new Set<string>();
  for (const ticket of tickets) {
    // The ticket's own requester wins over its creating audit's; the newest copy comes first.
    if (joins && !requesterFromTicket.has(ticket.id)) {
      requesterFromTicket.add(ticket.id);
      requesters.set(ticket.id, ticket.requester_id);
    }
    const channel = importTicket(ticket, {
      asOf,
      channelMap,
      out,
      roles,
      audits: auditsByTicket.get(ticket.id) ?? [],
      metric: metricByTicket.get(ticket.id),
    });
    if (channel && joins) {
      imported.add(ticket.id);
      ticketChannels.set(ticket.id, channel);
    }
  }

  const commentInputs: CommentInput[] = comments.map((comment) => ({
    comment,
    ticketId: comment.ticket_id ?? undefined,
    at: comment.created_at ?? undefined,
    via: comment.via,
  }));
  for (const audit of audits) {
    (audit.events ?? []).forEach((event, index) => {
      if (!isObject(event) || (event["type"] !== "Comment" && event["type"] !== "VoiceComment")) {
        return;
      }
      const parsed = zendeskSchemas().ZendeskCommentSchema.safeParse(event);
      if (!parsed.success) {
        const { field, reason } = zodRecordIssue(parsed.error);
        out.reject(
          "comment",
          sourceIdOf(event),
          field,
          `${reason} (in audit ${audit.id}, events[${index}])`,
        );
        return;
      }
      commentInputs.push({
        comment: parsed.data,
        ticketId: audit.ticket_id,
        at: parsed.data.created_at ?? audit.created_at,
        via: parsed.data.via ?? audit.via,
      });
    });
  }
  for (const input of commentInputs) {
    importComment(input, { asOf, channelMap, out, roles, requesters, ticketChannels });
  }

  for (const rating of ratings) importRating(rating, asOf, out);

  for (const audit of audits) {
    if (imported.has(audit.ticket_id)) out.merged("audit", audit.id);
    else {
      out.ignore(
        "audit",
        audit.id,
        `its ticket ${audit.ticket_id} is not imported here, so its status changes have no case (its comments are imported)`,
      );
    }
  }
  for (const metric of metrics) {
    if (imported.has(metric.ticket_id) && metricByTicket.get(metric.ticket_id)?.id === metric.id) {
      out.merged("ticket_metric", metric.id);
    } else if (imported.has(metric.ticket_id)) {
      out.ignore("ticket_metric", metric.id, `ticket ${metric.ticket_id} has another metric`);
    } else {
      out.ignore("ticket_metric", metric.id, `its ticket ${metric.ticket_id} is not imported here`);
    }
  }
}

function importUser(
  user: ZendeskUser,
  out: ImportCollector,
  roles: Map<string, "customer" | "agent">,
): void {
  const externalIds = [
    ref(user.id),
    ...(user.external_id ? [{ system: "zendesk_external_id", id: user.external_id }] : []),
  ];
  if (user.role === "end-user") {
    const timeZone = [user.iana_time_zone, user.time_zone].find(
      (zone): zone is string => typeof zone === "string" && isTimeZone(zone),
    );
    if (
      out.add(
        "customers",
        "user",
        user.id,
        safeParseCustomer({
          id: zid(user.id),
          externalIds,
          ...(user.name ? { name: user.name } : {}),
          emails: user.email ? [user.email] : [],
          phones: user.phone ? [user.phone] : [],
          ...(user.locale ? { locale: user.locale } : {}),
          ...(timeZone ? { timeZone } : {}),
          ...(user.organization_id ? { organization: zid(user.organization_id) } : {}),
          ...(user.created_at ? { firstSeenAt: user.created_at } : {}),
        }),
      )
    )
      roles.set(user.id, "customer");
  } else if (user.role === "agent" || user.role === "admin") {
    if (
      out.add(
        "agents",
        "user",
        user.id,
        safeParseAgent({
          id: zid(user.id),
          name: user.name ?? "",
          ...(user.email ? { email: user.email } : {}),
          role: user.role,
          externalIds,
        }),
      )
    )
      roles.set(user.id, "agent");
  } else {
    out.reject(
      "user",
      user.id,
      "role",
      expectedMessage("", oneOf(["end-user", "agent", "admin"]), user.role),
    );
  }
}

interface TicketContext {
  readonly asOf: Date;
  readonly channelMap: Readonly<Record<string, Channel>> | undefined;
  readonly out: ImportCollector;
  readonly roles: ReadonlyMap<string, "customer" | "agent">;
  readonly audits: readonly ZendeskAudit[];
  readonly metric: ZendeskTicketMetric | undefined;
}

/** Imports one ticket; returns its channel when the case was accepted. */
function importTicket(ticket: ZendeskTicket, context: TicketContext): Channel | undefined {
  const { asOf, channelMap, out } = context;
  if (out.has("ticket", ticket.id)) {
    out.duplicate("ticket", ticket.id);
    return undefined;
  }
  if (ticket.status === "deleted") {
    out.ignore("ticket", ticket.id, "the ticket was deleted in Zendesk");
    return undefined;
  }
  const status = zendeskStatus(ticket.status);
  if (!status) {
    out.reject(
      "ticket",
      ticket.id,
      "status",
      expectedMessage("", oneOf(Object.keys(ZENDESK_STATUSES)), ticket.status),
    );
    return undefined;
  }
  const priority = zendeskPriority(ticket.priority);
  if (!priority) {
    out.reject(
      "ticket",
      ticket.id,
      "priority",
      expectedMessage("", `${oneOf(Object.keys(ZENDESK_PRIORITIES))} or null`, ticket.priority),
    );
    return undefined;
  }
  const channel = zendeskChannel(ticket.via, channelMap);
  if (!channel) {
    out.reject(
      "ticket",
      ticket.id,
      "via.channel",
      expectedMessage("", CHANNEL_EXPECTED, ticket.via),
    );
    return undefined;
  }
  if (ticket.created_at.getTime() > asOf.getTime()) {
    out.reject("ticket", ticket.id, "created_at", afterAsOfReason(ticket.created_at, asOf));
    return undefined;
  }
  const history = historyFrom(context.audits);
  const metric = context.metric;
  const replyMinutes = metric?.reply_time_in_minutes?.calendar;
  const firstReplyAt =
    typeof replyMinutes === "number"
      ? new Date(ticket.created_at.getTime() + replyMinutes * 60_000)
      : firstAgentReply(ticket, context);
  const solvedAt = metric?.solved_at ?? history.solvedAt;
  // Built to the Case schema directly: every field is already checked (ids non-empty, enums
  // from the tables, dates valid, history in time order). The schema's one cross-field rule,
  // no time before createdAt, is checked here; when it fails, the schema names the field.
  // Optional fields are set only when present (no spread of temporary objects: this runs
  // once per ticket of a large export).
  const record = {
    id: zid(ticket.id),
    customerId: zid(ticket.requester_id),
    channel,
    status,
    priority,
    createdAt: ticket.created_at,
    reopenCount: metric?.reopens ?? history.reopenCount,
    tags: ticket.tags ?? [],
    statusHistory: history.statusHistory,
    source: ref(ticket.id),
  } as Record<string, unknown> as Mutable<Case>;
  if (ticket.subject) record.subject = ticket.subject;
  if (ticket.assignee_id) record.assigneeId = zid(ticket.assignee_id) as Case["assigneeId"];
  if (ticket.group_id) record.teamId = zid(ticket.group_id) as Case["teamId"];
  if (ticket.updated_at) record.updatedAt = ticket.updated_at;
  if (firstReplyAt) record.firstReplyAt = firstReplyAt;
  if (solvedAt) record.solvedAt = solvedAt;
  if (history.closedAt) record.closedAt = history.closedAt;
  const created = ticket.created_at.getTime();
  const consistent = [firstReplyAt, solvedAt, history.closedAt].every(
    (at) => at === undefined || at.getTime() >= created,
  );
  const accepted = consistent
    ? out.accept("cases", "ticket", ticket.id, record)
    : out.add("cases", "ticket", ticket.id, safeParseCase(record));
  return accepted ? channel : undefined;
}

/** Without metrics: the first public comment of someone other than the requester. */
function firstAgentReply(ticket: ZendeskTicket, context: TicketContext): Date | undefined {
  for (const audit of context.audits) {
    for (const event of audit.events ?? []) {
      if (!isObject(event) || event["public"] === false) continue;
      if (event["type"] !== "Comment" && event["type"] !== "VoiceComment") continue;
      const author = event["author_id"];
      if (author === undefined || author === null) continue;
      const authorId = String(author);
      if (authorId === ticket.requester_id || context.roles.get(authorId) === "customer") continue;
      if (audit.created_at.getTime() >= ticket.created_at.getTime()) return audit.created_at;
    }
  }
  return undefined;
}

interface CommentContext {
  readonly asOf: Date;
  readonly channelMap: Readonly<Record<string, Channel>> | undefined;
  readonly out: ImportCollector;
  readonly roles: ReadonlyMap<string, "customer" | "agent">;
  readonly requesters: ReadonlyMap<string, string>;
  readonly ticketChannels: ReadonlyMap<string, Channel>;
}

function importComment(input: CommentInput, context: CommentContext): void {
  const { comment, ticketId, at } = input;
  const { out, asOf } = context;
  if (out.has("comment", comment.id)) {
    out.duplicate("comment", comment.id);
    return;
  }
  if (!ticketId) {
    out.reject(
      "comment",
      comment.id,
      "ticket_id",
      "expected the comment's ticket_id (comments from /tickets/{id}/comments carry none: add it, or import audits)",
    );
    return;
  }
  const requester = context.requesters.get(ticketId);
  if (!requester) {
    out.reject(
      "comment",
      comment.id,
      "ticket_id",
      `expected ticket ${ticketId} (or its creating audit) in the same import, to know its requester`,
    );
    return;
  }
  if (!at) {
    out.reject("comment", comment.id, "created_at", "expected the time of the comment");
    return;
  }
  if (at.getTime() > asOf.getTime()) {
    out.reject("comment", comment.id, "created_at", afterAsOfReason(at, asOf));
    return;
  }
  const channel =
    comment.type === "VoiceComment"
      ? "phone"
      : input.via === undefined || input.via === null
        ? (context.ticketChannels.get(ticketId) ?? "web")
        : zendeskChannel(input.via, context.channelMap);
  if (!channel) {
    out.reject(
      "comment",
      comment.id,
      "via.channel",
      expectedMessage("", CHANNEL_EXPECTED, input.via),
    );
    return;
  }
  const role = context.roles.get(comment.author_id);
  const byCustomer = role ? role === "customer" : comment.author_id === requester;
  const duration = comment.data?.call_duration;
  out.add(
    "interactions",
    "comment",
    comment.id,
    safeParseInteraction({
      id: zid(comment.id),
      customerId: zid(requester),
      caseId: zid(ticketId),
      channel,
      direction: byCustomer ? "inbound" : "outbound",
      author: { kind: byCustomer ? "customer" : "agent", id: zid(comment.author_id) },
      visibility: comment.public === false ? "private" : "public",
      occurredAt: at,
      ...(typeof duration === "number" ? { durationSeconds: duration } : {}),
      source: ref(comment.id),
    }),
  );
}

function importRating(rating: ZendeskSatisfactionRating, asOf: Date, out: ImportCollector): void {
  if (out.has("satisfaction_rating", rating.id)) {
    out.duplicate("satisfaction_rating", rating.id);
    return;
  }
  const { score } = rating;
  if (score === "offered" || score === "unoffered") {
    out.ignore(
      "satisfaction_rating",
      rating.id,
      `score "${score}": the survey was ${score === "offered" ? "sent but not answered" : "not sent"}, so there is no response`,
    );
    return;
  }
  const scale =
    score === "good" || score === "bad"
      ? ({ scale: "binary", score } as const)
      : typeof score === "number" && Number.isInteger(score) && score >= 1 && score <= 5
        ? ({ scale: "five_point", score } as const)
        : undefined;
  if (!scale) {
    out.reject(
      "satisfaction_rating",
      rating.id,
      "score",
      expectedMessage(
        "",
        `${oneOf(["good", "bad"])} (or "offered" | "unoffered", or 1-5 on a numeric scale)`,
        score,
      ),
    );
    return;
  }
  const respondedAt = rating.updated_at ?? rating.created_at;
  if (respondedAt.getTime() > asOf.getTime()) {
    out.reject(
      "satisfaction_rating",
      rating.id,
      rating.updated_at ? "updated_at" : "created_at",
      afterAsOfReason(respondedAt, asOf),
    );
    return;
  }
  out.add(
    "surveyResponses",
    "satisfaction_rating",
    rating.id,
    safeParseSurveyResponse({
      id: zid(rating.id),
      kind: "csat",
      ...scale,
      customerId: zid(rating.requester_id),
      ...(rating.ticket_id ? { caseId: zid(rating.ticket_id) } : {}),
      ...(rating.assignee_id ? { agentId: zid(rating.assignee_id) } : {}),
      ...(rating.group_id ? { teamId: zid(rating.group_id) } : {}),
      respondedAt,
      ...(rating.comment ? { comment: rating.comment } : {}),
      source: ref(rating.id),
    }),
  );
}
