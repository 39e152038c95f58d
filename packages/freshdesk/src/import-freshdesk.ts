import {
  type CaseStatus,
  type Channel,
  isLocale,
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
import {
  type FreshdeskAgent,
  type FreshdeskContact,
  type FreshdeskConversation,
  type FreshdeskRating,
  type FreshdeskTicket,
  freshdeskSchemas,
} from "./freshdesk-payload";
import { freshdeskPriority } from "./freshdesk-priority";
import { freshdeskRatingToFivePoint, ORDER } from "./freshdesk-rating";
import { freshdeskSource } from "./freshdesk-source";
import { freshdeskStatus } from "./freshdesk-status";

/**
 * Options of {@link importFreshdesk}.
 *
 * @example
 * ```ts
 * import type { FreshdeskImportOptions } from "@rapport/freshdesk";
 * const options: FreshdeskImportOptions = {
 *   asOf: new Date("2024-06-01T00:00:00Z"),
 *   statusMap: { 6: "on_hold" }, // a custom "Waiting on third party" status
 * };
 * ```
 */
export interface FreshdeskImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
  /** Your account's custom ticket statuses (codes 6 and up), mapped to case statuses. */
  readonly statusMap?: Readonly<Record<number, CaseStatus>>;
  /** Source codes mapped your way (e.g. newer channels), checked before the built-in table. */
  readonly sourceMap?: Readonly<Record<number, Channel>>;
}

type Entity = "ticket" | "conversation" | "contact" | "agent" | "group" | "satisfaction_rating";

const SYSTEM = "freshdesk";
const ref = (id: string) => ({ system: SYSTEM, id });
const fid = (id: string) => `${SYSTEM}:${id}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Keys of the keyed form ({ tickets: [...], contacts: [...] }) and of search results.
const LIST_KEYS: Readonly<Record<string, Entity>> = {
  tickets: "ticket",
  conversations: "conversation",
  contacts: "contact",
  agents: "agent",
  groups: "group",
  satisfaction_ratings: "satisfaction_rating",
};

const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key);

/**
 * Which record this is. Freshdesk list endpoints return bare arrays, so a record is known by
 * the fields only its kind has.
 */
function kindOf(record: Record<string, unknown>): Entity | undefined {
  if (has(record, "ratings")) return "satisfaction_rating";
  if (has(record, "requester_id") && (has(record, "status") || has(record, "subject"))) {
    return "ticket";
  }
  if (
    has(record, "ticket_id") &&
    ["incoming", "private", "body", "body_text"].some((key) => has(record, key))
  ) {
    return "conversation";
  }
  if (isObject(record["contact"])) return "agent";
  if (has(record, "agent_ids")) return "group";
  if (["email", "phone", "mobile", "unique_external_id"].some((key) => has(record, key))) {
    return "contact";
  }
  return undefined;
}

interface Raw {
  readonly value: unknown;
  /** For a conversation embedded in its ticket: that ticket. */
  readonly ticketId?: string;
}

function collectRaw(payload: unknown, out: ImportCollector): Map<Entity, Raw[]> {
  const byEntity = new Map<Entity, Raw[]>();
  const push = (entity: Entity, value: unknown) => {
    const list = byEntity.get(entity);
    if (list) list.push({ value });
    else byEntity.set(entity, [{ value }]);
  };
  const record = (value: unknown, where: string) => {
    const kind = isObject(value) ? kindOf(value) : undefined;
    if (kind) push(kind, value);
    else {
      out.reject(
        "record",
        sourceIdOf(value),
        where,
        "could not tell which Freshdesk record this is (expected a ticket, conversation, contact, agent, group or satisfaction rating)",
      );
    }
  };
  const object = (node: Record<string, unknown>, where: string) => {
    // A record first: a ticket with `include=conversations` has a `conversations` list of its
    // own, which must not make it read as a keyed page (the ticket was dropped unreported).
    const kind = kindOf(node);
    if (kind) {
      push(kind, node);
      return;
    }
    let keyed = false;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (!Array.isArray(value)) {
        // A list key that holds no list: its records cannot be read, so say so.
        if (value !== null && value !== undefined) {
          if (Object.hasOwn(LIST_KEYS, key)) {
            keyed = true;
            out.reject(LIST_KEYS[key]!, null, key, `expected an array of ${key}`);
          } else if (key === "results") {
            keyed = true;
            out.reject("record", null, `${where}.results`, "expected an array of results");
          }
        }
        continue;
      }
      if (Object.hasOwn(LIST_KEYS, key)) {
        keyed = true;
        for (const item of value) push(LIST_KEYS[key]!, item);
      } else if (key === "results") {
        keyed = true;
        value.forEach((item, index) => {
          record(item, `${where}.results[${index}]`);
        });
      }
    }
    if (!keyed) record(node, where);
  };
  const page = (node: unknown, where: string, nested: boolean) => {
    if (Array.isArray(node) && !nested) {
      node.forEach((item, index) => {
        page(item, `${where === "(root)" ? "" : where}[${index}]`, true);
      });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => {
        record(item, `${where}[${index}]`);
      });
    } else if (isObject(node)) object(node, where);
    else {
      out.reject(
        "page",
        null,
        where,
        expectedMessage("", "a Freshdesk response body (an object or an array)", node),
      );
    }
  };
  page(payload, "(root)", false);
  return byEntity;
}

function parseAll<Schema extends z.ZodType>(
  entity: string,
  raws: readonly Raw[] | undefined,
  schema: Schema,
  out: ImportCollector,
): { value: z.output<Schema>; ticketId?: string }[] {
  const parsed: { value: z.output<Schema>; ticketId?: string }[] = [];
  for (const raw of raws ?? []) {
    const result = schema.safeParse(raw.value);
    if (result.success) {
      parsed.push({ value: result.data, ...(raw.ticketId ? { ticketId: raw.ticketId } : {}) });
    } else {
      const { field, reason } = zodRecordIssue(result.error);
      out.reject(entity, sourceIdOf(raw.value), field, reason);
    }
  }
  return parsed;
}

/**
 * Maps Freshdesk API (v2) payloads into the Rapport care model: tickets → cases (with first
 * response, resolution and close times from `stats`), conversations → interactions (replies
 * public, notes private, incoming ones from the customer), contacts → customers, agents →
 * agents, groups → teams, satisfaction ratings on the classic seven-point scale (103 … -103)
 * → five-point CSAT responses (see {@link freshdeskRatingToFivePoint}).
 *
 * `payload` is what the API returned — a bare array of records (list endpoints), one record,
 * `{ results }` (search), a keyed object such as `{ tickets: [...], contacts: [...] }` — or
 * an array of such pages. Records are recognised by their fields. It never throws on bad
 * data: every input record is in the report as accepted, rejected (field and reason),
 * duplicate or ignored. Ids are prefixed: ticket 20 is case `freshdesk:20`.
 *
 * @example
 * ```ts
 * import { importFreshdesk } from "@rapport/freshdesk";
 *
 * const result = importFreshdesk(
 *   [{ id: 20, requester_id: 1, status: 4, priority: 2, source: 3, subject: "Refund",
 *      created_at: "2015-08-24T11:59:05Z", updated_at: "2015-08-24T12:30:00Z" }],
 *   { asOf: new Date("2024-01-01T00:00:00Z") },
 * );
 * result.cases[0]?.status; // "solved"
 * result.cases[0]?.channel; // "phone"
 * ```
 */
export function importFreshdesk(payload: unknown, options: FreshdeskImportOptions): ImportResult {
  return runImport(SYSTEM, (out) => run(payload, options, out), {
    caller: "importFreshdesk",
    asOf: options?.asOf,
  });
}

function run(payload: unknown, options: FreshdeskImportOptions, out: ImportCollector): void {
  const { asOf } = options;
  const schemas = freshdeskSchemas();
  const raw = collectRaw(payload, out);

  for (const { value: group } of parseAll(
    "group",
    raw.get("group"),
    schemas.FreshdeskGroupSchema,
    out,
  )) {
    out.add(
      "teams",
      "group",
      group.id,
      safeParseTeam({ id: fid(group.id), name: group.name, externalIds: [ref(group.id)] }),
    );
  }
  for (const { value } of parseAll("agent", raw.get("agent"), schemas.FreshdeskAgentSchema, out)) {
    importAgent(value, out);
  }
  for (const { value } of parseAll(
    "contact",
    raw.get("contact"),
    schemas.FreshdeskContactSchema,
    out,
  )) {
    importContact(value, out);
  }

  const tickets = parseAll("ticket", raw.get("ticket"), schemas.FreshdeskTicketSchema, out).map(
    (t) => t.value,
  );
  // The newest copy of a ticket first: it is the one imported, the others duplicates.
  const time = (t: FreshdeskTicket) => (t.updated_at ?? t.created_at).getTime();
  const newest = new Map<string, FreshdeskTicket>();
  for (const t of tickets) {
    const seen = newest.get(t.id);
    if (!seen || time(t) > time(seen)) newest.set(t.id, t);
  }
  const first = new Set(newest.values());
  const requesters = new Map<string, string>();
  const channels = new Map<string, Channel>();
  const embedded: Raw[] = [];
  for (const ticket of [...first, ...tickets.filter((t) => !first.has(t))]) {
    const channel = importTicket(ticket, options, out);
    if (channel && !requesters.has(ticket.id)) {
      requesters.set(ticket.id, ticket.requester_id);
      channels.set(ticket.id, channel);
    }
    for (const value of ticket.conversations ?? []) embedded.push({ value, ticketId: ticket.id });
  }

  const conversations = parseAll(
    "conversation",
    [...(raw.get("conversation") ?? []), ...embedded],
    schemas.FreshdeskConversationSchema,
    out,
  );
  for (const { value, ticketId } of conversations) {
    importConversation(value, value.ticket_id ?? ticketId, { asOf, out, requesters, channels });
  }
  const ratings = parseAll(
    "satisfaction_rating",
    raw.get("satisfaction_rating"),
    schemas.FreshdeskRatingSchema,
    out,
  );
  for (const { value } of ratings) importRating(value, asOf, channels, out);
}

function importAgent(agent: FreshdeskAgent, out: ImportCollector): void {
  const group = agent.group_ids?.[0];
  out.add(
    "agents",
    "agent",
    agent.id,
    safeParseAgent({
      id: fid(agent.id),
      name: agent.contact?.name ?? "",
      ...(agent.contact?.email ? { email: agent.contact.email } : {}),
      ...(group ? { teamId: fid(group) } : {}),
      externalIds: [ref(agent.id)],
    }),
  );
}

function importContact(contact: FreshdeskContact, out: ImportCollector): void {
  const emails = [contact.email, ...(contact.other_emails ?? [])].filter(
    (email): email is string => typeof email === "string" && email.length > 0,
  );
  const phones = [contact.phone, contact.mobile].filter(
    (phone): phone is string => typeof phone === "string" && phone.length > 0,
  );
  const locale = contact.language && isLocale(contact.language) ? contact.language : undefined;
  out.add(
    "customers",
    "contact",
    contact.id,
    safeParseCustomer({
      id: fid(contact.id),
      externalIds: [
        ref(contact.id),
        ...(contact.unique_external_id
          ? [{ system: "freshdesk_unique_external_id", id: contact.unique_external_id }]
          : []),
      ],
      ...(contact.name ? { name: contact.name } : {}),
      emails,
      phones,
      ...(locale ? { locale } : {}),
      ...(contact.company_id ? { organization: fid(contact.company_id) } : {}),
      ...(contact.created_at ? { firstSeenAt: contact.created_at } : {}),
    }),
  );
}

/** Imports one ticket; returns its channel when the case was accepted. */
function importTicket(
  ticket: FreshdeskTicket,
  options: FreshdeskImportOptions,
  out: ImportCollector,
): Channel | undefined {
  if (out.has("ticket", ticket.id)) {
    out.duplicate("ticket", ticket.id);
    return undefined;
  }
  const status = freshdeskStatus(ticket.status, options.statusMap);
  if (!status) {
    out.reject(
      "ticket",
      ticket.id,
      "status",
      expectedMessage(
        "",
        "2 (Open), 3 (Pending), 4 (Resolved), 5 (Closed) or a code given in statusMap",
        ticket.status,
      ),
    );
    return undefined;
  }
  const priority = freshdeskPriority(ticket.priority);
  if (!priority) {
    out.reject(
      "ticket",
      ticket.id,
      "priority",
      expectedMessage("", "1 (Low), 2 (Medium), 3 (High) or 4 (Urgent)", ticket.priority),
    );
    return undefined;
  }
  const channel = freshdeskSource(ticket.source, options.sourceMap);
  if (!channel) {
    out.reject(
      "ticket",
      ticket.id,
      "source",
      expectedMessage(
        "",
        "a documented source code (1-10) or one given in sourceMap",
        ticket.source,
      ),
    );
    return undefined;
  }
  if (ticket.created_at.getTime() > options.asOf.getTime()) {
    out.reject("ticket", ticket.id, "created_at", afterAsOfReason(ticket.created_at, options.asOf));
    return undefined;
  }
  const stats = ticket.stats;
  const accepted = out.add(
    "cases",
    "ticket",
    ticket.id,
    safeParseCase({
      id: fid(ticket.id),
      customerId: fid(ticket.requester_id),
      ...(ticket.subject ? { subject: ticket.subject } : {}),
      channel,
      status,
      priority,
      ...(ticket.responder_id ? { assigneeId: fid(ticket.responder_id) } : {}),
      ...(ticket.group_id ? { teamId: fid(ticket.group_id) } : {}),
      createdAt: ticket.created_at,
      ...(ticket.updated_at ? { updatedAt: ticket.updated_at } : {}),
      ...(stats?.first_responded_at ? { firstReplyAt: stats.first_responded_at } : {}),
      ...(stats?.resolved_at ? { solvedAt: stats.resolved_at } : {}),
      ...(stats?.closed_at ? { closedAt: stats.closed_at } : {}),
      // Freshdesk gives the last reopen time, not a count: a reopened ticket counts once.
      reopenCount: stats?.reopened_at ? 1 : 0,
      tags: ticket.tags ?? [],
      source: ref(ticket.id),
    }),
  );
  return accepted ? channel : undefined;
}

interface ConversationContext {
  readonly asOf: Date;
  readonly out: ImportCollector;
  readonly requesters: ReadonlyMap<string, string>;
  readonly channels: ReadonlyMap<string, Channel>;
}

function importConversation(
  conversation: FreshdeskConversation,
  ticketId: string | undefined,
  { asOf, out, requesters, channels }: ConversationContext,
): void {
  const { id } = conversation;
  if (out.has("conversation", id)) {
    out.duplicate("conversation", id);
    return;
  }
  const requester = ticketId ? requesters.get(ticketId) : undefined;
  if (!ticketId || !requester) {
    out.reject(
      "conversation",
      id,
      "ticket_id",
      `expected its ticket${ticketId ? ` ${ticketId}` : ""} in the same import, to know the customer`,
    );
    return;
  }
  if (conversation.created_at.getTime() > asOf.getTime()) {
    out.reject("conversation", id, "created_at", afterAsOfReason(conversation.created_at, asOf));
    return;
  }
  const fromCustomer = conversation.incoming === true;
  const author = conversation.user_id;
  out.add(
    "interactions",
    "conversation",
    id,
    safeParseInteraction({
      id: fid(id),
      customerId: fid(requester),
      caseId: fid(ticketId),
      channel: channels.get(ticketId) ?? "email",
      direction: fromCustomer ? "inbound" : "outbound",
      author: { kind: fromCustomer ? "customer" : "agent", ...(author ? { id: fid(author) } : {}) },
      visibility: conversation.private === true ? "private" : "public",
      occurredAt: conversation.created_at,
      source: ref(id),
    }),
  );
}

function importRating(
  rating: FreshdeskRating,
  asOf: Date,
  channels: ReadonlyMap<string, Channel>,
  out: ImportCollector,
): void {
  const entity = "satisfaction_rating";
  if (out.has(entity, rating.id)) {
    out.duplicate(entity, rating.id);
    return;
  }
  const code = rating.ratings.default_question;
  const score = freshdeskRatingToFivePoint(code);
  if (score === undefined) {
    out.reject(
      entity,
      rating.id,
      "ratings.default_question",
      expectedMessage("", oneOf([...ORDER].reverse()), code),
    );
    return;
  }
  const respondedAt = rating.updated_at ?? rating.created_at;
  if (respondedAt.getTime() > asOf.getTime()) {
    out.reject(
      entity,
      rating.id,
      rating.updated_at ? "updated_at" : "created_at",
      afterAsOfReason(respondedAt, asOf),
    );
    return;
  }
  const channel = rating.ticket_id ? channels.get(rating.ticket_id) : undefined;
  out.add(
    "surveyResponses",
    entity,
    rating.id,
    safeParseSurveyResponse({
      id: fid(rating.id),
      kind: "csat",
      scale: "five_point",
      score,
      customerId: fid(rating.user_id),
      ...(rating.ticket_id ? { caseId: fid(rating.ticket_id) } : {}),
      ...(rating.agent_id ? { agentId: fid(rating.agent_id) } : {}),
      ...(rating.group_id ? { teamId: fid(rating.group_id) } : {}),
      ...(channel ? { channel } : {}),
      respondedAt,
      ...(rating.feedback ? { comment: rating.feedback } : {}),
      ...(rating.survey_id ? { surveyId: fid(rating.survey_id) } : {}),
      source: ref(rating.id),
    }),
  );
}
