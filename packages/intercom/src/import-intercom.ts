import {
  type Case,
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
  parseSourceRecords,
  runImport,
  sourceIdOf,
  zodRecordIssue,
} from "@rapport/source-kit";
import { expectedMessage, oneOf } from "@rapport/stats";
import { INTERCOM_CHANNELS, intercomChannel } from "./intercom-channel";
import { intercomPartKind } from "./intercom-part-type";
import {
  type IntercomAdmin,
  type IntercomContact,
  type IntercomConversation,
  type IntercomPart,
  intercomSchemas,
} from "./intercom-payload";
import { INTERCOM_PRIORITIES, intercomPriority } from "./intercom-priority";
import { INTERCOM_STATES, intercomState } from "./intercom-state";

/**
 * Options of {@link importIntercom}.
 *
 * @example
 * ```ts
 * import type { IntercomImportOptions } from "@rapport/intercom";
 * const options: IntercomImportOptions = { asOf: new Date("2024-06-01T00:00:00Z") };
 * ```
 */
export interface IntercomImportOptions {
  /** The time of the import: records dated after it are rejected (a clock or data error). */
  readonly asOf: Date;
}

type StatusChange = Case["statusHistory"][number];
type Entity = "conversation" | "contact" | "admin" | "team";

const SYSTEM = "intercom";
const ref = (id: string) => ({ system: SYSTEM, id });
const iid = (id: string) => `${SYSTEM}:${id}`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Record types as Intercom names them in `type`, and list keys with the entity of their items.
const RECORD_TYPES: Readonly<Record<string, Entity>> = {
  conversation: "conversation",
  contact: "contact",
  user: "contact",
  lead: "contact",
  admin: "admin",
  team: "team",
};
const LIST_KEYS: Readonly<Record<string, Entity>> = {
  conversations: "conversation",
  contacts: "contact",
  admins: "admin",
  teams: "team",
};

/** Splits the payload into records by entity; anything that is not a record is reported. */
function collectRaw(payload: unknown, out: ImportCollector): Map<Entity, unknown[]> {
  const byEntity = new Map<Entity, unknown[]>();
  const push = (entity: Entity, value: unknown) => {
    const list = byEntity.get(entity);
    if (list) list.push(value);
    else byEntity.set(entity, [value]);
  };
  const typeOf = (value: unknown) =>
    isObject(value) && typeof value["type"] === "string" ? value["type"] : undefined;

  const visit = (node: unknown, where: string, depth: number): void => {
    if (!isObject(node)) {
      out.reject(
        "page",
        null,
        where,
        expectedMessage(
          "",
          'an Intercom response body, an object such as { type: "conversation.list", conversations: [...] }',
          node,
        ),
      );
      return;
    }
    const type = typeOf(node);
    if (type !== undefined && Object.hasOwn(RECORD_TYPES, type)) {
      push(RECORD_TYPES[type]!, node);
      return;
    }
    if (type === "notification_event") {
      const data = node["data"];
      const item = isObject(data) ? data["item"] : undefined;
      if (depth < 2 && isObject(item)) visit(item, `${where}.data.item`, depth + 1);
      else
        out.reject(
          "notification_event",
          sourceIdOf(node),
          "data.item",
          "expected the event's item",
        );
      return;
    }
    let found = false;
    const isList = type !== undefined && (type === "list" || type.endsWith(".list"));
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Object.hasOwn(LIST_KEYS, key) && Array.isArray(value)) {
        found = true;
        for (const item of value) push(LIST_KEYS[key]!, item);
      } else if (
        Object.hasOwn(LIST_KEYS, key) &&
        value !== null &&
        value !== undefined &&
        (isList || typeof value !== "object")
      ) {
        // A list key that holds no list: its records cannot be read, so say so. (An object is
        // refused only on list pages: a conversation's own `contacts` is an object.)
        found = true;
        out.reject(LIST_KEYS[key]!, null, key, `expected an array of ${key}`);
      } else if (key === "data" && isList && !Array.isArray(value) && value !== null) {
        found = true;
        out.reject("record", null, "data", "expected an array of records");
      } else if (key === "data" && Array.isArray(value)) {
        found = true;
        for (const item of value) {
          const itemType = typeOf(item) ?? "contact";
          if (Object.hasOwn(RECORD_TYPES, itemType)) push(RECORD_TYPES[itemType]!, item);
          else out.ignore(itemType, sourceIdOf(item), `"${itemType}" records are not imported`);
        }
      }
    }
    if (found) return;
    if (type === undefined && ("conversation_parts" in node || "source" in node)) {
      push("conversation", node);
    } else if (type !== undefined && !isList) {
      out.ignore(type, sourceIdOf(node), `"${type}" records are not imported`);
    }
  };

  if (Array.isArray(payload)) {
    payload.forEach((page, index) => {
      visit(page, `[${index}]`, 0);
    });
  } else visit(payload, "(root)", 0);
  return byEntity;
}

/**
 * Maps Intercom REST API payloads into the Rapport care model: contacts → customers, admins →
 * agents, teams → teams, conversations → cases (status history from close/open/snooze parts,
 * first reply, reopens), conversation parts → interactions (comments public, notes private,
 * assignments as transfers), the opening message → an interaction, and `conversation_rating`
 * (1-5) → five-point CSAT responses.
 *
 * `payload` is one response body (a conversation, `{ type: "conversation.list", conversations }`,
 * `{ type: "list", data: [contacts] }`, `{ admins }`, `{ teams }`, a webhook
 * `notification_event`) or an array of them. It never throws on bad data: every input
 * record, conversation parts included, is in the report as accepted, rejected (field and
 * reason), duplicate or ignored (with the reason). Ids are prefixed: conversation 1295 is
 * case `intercom:1295`.
 *
 * @example
 * ```ts
 * import { importIntercom } from "@rapport/intercom";
 *
 * const result = importIntercom(
 *   {
 *     type: "conversation",
 *     id: "1295",
 *     created_at: 1663597223,
 *     state: "snoozed",
 *     source: { type: "email", id: "403918330", author: { type: "user", id: "5310d8e7598c9a0b24000002" } },
 *     contacts: { type: "contact.list", contacts: [{ type: "contact", id: "5310d8e7598c9a0b24000002" }] },
 *   },
 *   { asOf: new Date("2024-01-01T00:00:00Z") },
 * );
 * result.cases[0]?.status; // "on_hold"
 * result.interactions.length; // 1, the opening e-mail
 * ```
 */
export function importIntercom(payload: unknown, options: IntercomImportOptions): ImportResult {
  return runImport(SYSTEM, (out, asOf) => run(payload, asOf, out), {
    caller: "importIntercom",
    asOf: options?.asOf,
  });
}

function run(payload: unknown, asOf: Date, out: ImportCollector): void {
  const schemas = intercomSchemas();
  const raw = collectRaw(payload, out);
  for (const admin of parseSourceRecords(
    "admin",
    raw.get("admin"),
    schemas.IntercomAdminSchema,
    out,
  )) {
    importAdmin(admin, out);
  }
  for (const team of parseSourceRecords("team", raw.get("team"), schemas.IntercomTeamSchema, out)) {
    out.add(
      "teams",
      "team",
      team.id,
      safeParseTeam({ id: iid(team.id), name: team.name, externalIds: [ref(team.id)] }),
    );
  }
  for (const contact of parseSourceRecords(
    "contact",
    raw.get("contact"),
    schemas.IntercomContactSchema,
    out,
  )) {
    importContact(contact, out);
  }
  const conversations = parseSourceRecords(
    "conversation",
    raw.get("conversation"),
    schemas.IntercomConversationSchema,
    out,
  );
  // The newest copy of a conversation first: it is the one imported, the others duplicates.
  const time = (c: IntercomConversation) => (c.updated_at ?? c.created_at).getTime();
  const newest = new Map<string, IntercomConversation>();
  for (const c of conversations) {
    const seen = newest.get(c.id);
    if (!seen || time(c) > time(seen)) newest.set(c.id, c);
  }
  const first = new Set(newest.values());
  for (const c of [...first, ...conversations.filter((c) => !first.has(c))]) {
    importConversation(c, asOf, out);
  }
}

function importAdmin(admin: IntercomAdmin, out: ImportCollector): void {
  const team = admin.team_ids?.[0];
  out.add(
    "agents",
    "admin",
    admin.id,
    safeParseAgent({
      id: iid(admin.id),
      name: admin.name ?? "",
      ...(admin.email ? { email: admin.email } : {}),
      ...(team ? { teamId: iid(team) } : {}),
      externalIds: [ref(admin.id)],
    }),
  );
}

function importContact(contact: IntercomContact, out: ImportCollector): void {
  const locale = [contact.language_override, contact.browser_language].find(
    (tag): tag is string => typeof tag === "string" && tag.length > 0 && isLocale(tag),
  );
  out.add(
    "customers",
    "contact",
    contact.id,
    safeParseCustomer({
      id: iid(contact.id),
      externalIds: [
        ref(contact.id),
        ...(contact.external_id
          ? [{ system: "intercom_external_id", id: contact.external_id }]
          : []),
      ],
      ...(contact.name ? { name: contact.name } : {}),
      emails: contact.email ? [contact.email] : [],
      phones: contact.phone ? [contact.phone] : [],
      ...(locale ? { locale } : {}),
      ...(contact.role ? { segment: contact.role } : {}),
      ...(contact.created_at ? { firstSeenAt: contact.created_at } : {}),
      ...(contact.signed_up_at ? { customerSince: contact.signed_up_at } : {}),
    }),
  );
}

type AuthorKind = "customer" | "agent" | "bot";
const AUTHOR_KINDS: Readonly<Record<string, AuthorKind>> = {
  user: "customer",
  lead: "customer",
  contact: "customer",
  admin: "agent",
  team: "agent",
  bot: "bot",
};
const authorKind = (type: string): AuthorKind | undefined =>
  Object.hasOwn(AUTHOR_KINDS, type) ? AUTHOR_KINDS[type] : undefined;

function customerOf(conversation: IntercomConversation): string | undefined {
  const contact = conversation.contacts?.contacts?.[0]?.id;
  if (contact) return contact;
  const author = conversation.source?.author;
  return author?.id && authorKind(author.type) === "customer" ? author.id : undefined;
}

function importConversation(conversation: IntercomConversation, asOf: Date, out: ImportCollector) {
  const { id } = conversation;
  const parts = partsOf(conversation, out);
  const skipParts = (reason: string) => {
    for (const part of parts) out.ignore("conversation_part", part.id, reason);
  };
  const customer = customerOf(conversation);
  const channel = intercomChannel(conversation.source?.type);
  if (out.has("conversation", id)) {
    // A re-sent conversation: each of its records is a duplicate, or ignored as before.
    out.duplicate("conversation", id);
    if (customer && channel) {
      const context = { conversation, customer, channel, asOf, out };
      importOpening(context);
      importParts(parts, context);
      importRating(context);
    } else skipParts(`its conversation ${id} was imported from another copy`);
    return;
  }
  const fail = (field: string, reason: string) => {
    out.reject("conversation", id, field, reason);
    skipParts(`its conversation ${id} was not imported`);
  };
  if (!customer) {
    return fail(
      "contacts",
      "expected a contact (contacts.contacts[0].id, or a user or lead as source.author)",
    );
  }
  if (!channel) {
    return fail(
      "source.type",
      expectedMessage("", oneOf(Object.keys(INTERCOM_CHANNELS)), conversation.source?.type),
    );
  }
  const status =
    conversation.state === null || conversation.state === undefined
      ? conversation.open === true
        ? "open"
        : conversation.open === false
          ? "closed"
          : undefined
      : intercomState(conversation.state);
  if (!status) {
    return fail(
      "state",
      expectedMessage("", oneOf(Object.keys(INTERCOM_STATES)), conversation.state),
    );
  }
  const priority = intercomPriority(conversation.priority);
  if (!priority) {
    return fail(
      "priority",
      expectedMessage("", oneOf(Object.keys(INTERCOM_PRIORITIES)), conversation.priority),
    );
  }
  if (conversation.created_at.getTime() > asOf.getTime()) {
    return fail("created_at", afterAsOfReason(conversation.created_at, asOf));
  }

  // Status history: a conversation starts open; parts that close, reopen or snooze it follow.
  const history: StatusChange[] = [{ status: "open", at: conversation.created_at }];
  let lastClose: Date | undefined;
  let firstAdminReply: Date | undefined;
  for (const part of parts) {
    const kind = intercomPartKind(part.part_type);
    const next = "status" in kind ? kind.status : undefined;
    if (next && next !== history.at(-1)?.status)
      history.push({ status: next, at: part.created_at });
    if (next === "closed") lastClose = part.created_at;
    if (
      kind.kind === "message" &&
      kind.visibility === "public" &&
      part.author?.type === "admin" &&
      !firstAdminReply
    ) {
      firstAdminReply = part.created_at;
    }
  }
  if (history.at(-1)?.status !== status) {
    history.push({ status, at: conversation.updated_at ?? conversation.created_at });
  }
  let reopens = 0;
  history.forEach((change, index) => {
    if (index > 0 && change.status === "open" && history[index - 1]?.status === "closed") reopens++;
  });
  const stats = conversation.statistics;
  const solvedAt = stats?.last_close_at ?? lastClose;
  const firstReplyAt = stats?.first_admin_reply_at ?? firstAdminReply;
  const tags = (conversation.tags?.tags ?? []).map((tag) => tag.name);
  const subject = conversation.title || conversation.source?.subject;
  const parsed = safeParseCase({
    id: iid(id),
    customerId: iid(customer),
    ...(subject ? { subject } : {}),
    channel,
    status,
    priority,
    ...(conversation.admin_assignee_id ? { assigneeId: iid(conversation.admin_assignee_id) } : {}),
    ...(conversation.team_assignee_id ? { teamId: iid(conversation.team_assignee_id) } : {}),
    createdAt: conversation.created_at,
    ...(conversation.updated_at ? { updatedAt: conversation.updated_at } : {}),
    ...(firstReplyAt ? { firstReplyAt } : {}),
    ...(solvedAt ? { solvedAt } : {}),
    ...(status === "closed" && solvedAt ? { closedAt: solvedAt } : {}),
    reopenCount: stats?.count_reopens ?? reopens,
    tags,
    statusHistory: history,
    source: ref(id),
  });
  if (!out.add("cases", "conversation", id, parsed)) {
    skipParts(`its conversation ${id} was not imported`);
    return;
  }
  const context = { conversation, customer, channel, asOf, out };
  importOpening(context);
  importParts(parts, context);
  importRating(context);
}

/** The parts of a conversation that parse, oldest first; the others are rejected. */
function partsOf(conversation: IntercomConversation, out: ImportCollector): IntercomPart[] {
  const raws = conversation.conversation_parts?.conversation_parts ?? [];
  const parts = parseSourceRecords(
    "conversation_part",
    raws,
    intercomSchemas().IntercomPartSchema,
    out,
  );
  return parts.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
}

interface ConversationContext {
  readonly conversation: IntercomConversation;
  readonly customer: string;
  readonly channel: Channel;
  readonly asOf: Date;
  readonly out: ImportCollector;
}

/** The message that opened the conversation (its `source`) is the first interaction. */
function importOpening({ conversation, customer, channel, out }: ConversationContext): void {
  const source = conversation.source;
  const author = source?.author;
  if (!source || !author) return;
  const kind = authorKind(author.type) ?? "customer";
  out.add(
    "interactions",
    "conversation_source",
    conversation.id,
    safeParseInteraction({
      id: iid(`${conversation.id}:source`),
      customerId: iid(customer),
      caseId: iid(conversation.id),
      channel,
      direction: kind === "customer" ? "inbound" : "outbound",
      author: { kind, ...(author.id ? { id: iid(author.id) } : {}) },
      visibility: "public",
      occurredAt: conversation.created_at,
      source: ref(conversation.id),
    }),
  );
}

function importParts(parts: readonly IntercomPart[], context: ConversationContext): void {
  const { conversation, customer, channel, asOf, out } = context;
  // Who had the conversation before each assignment, as far as the parts tell.
  let assignee: { kind: "agent" | "team"; id: string } | undefined;
  for (const part of parts) {
    if (out.has("conversation_part", part.id)) {
      out.duplicate("conversation_part", part.id);
      continue;
    }
    if (part.created_at.getTime() > asOf.getTime()) {
      out.reject(
        "conversation_part",
        part.id,
        "created_at",
        afterAsOfReason(part.created_at, asOf),
      );
      continue;
    }
    const kind = intercomPartKind(part.part_type);
    if (kind.kind === "event") {
      out.ignore(
        "conversation_part",
        part.id,
        `part_type "${part.part_type}" is not a message, an assignment or a status change`,
      );
      continue;
    }
    if (kind.kind === "status") {
      out.merged("conversation_part", part.id);
      continue;
    }
    const author = part.author;
    const who = author ? authorKind(author.type) : "agent";
    if (!who) {
      out.reject(
        "conversation_part",
        part.id,
        "author.type",
        expectedMessage("", oneOf(Object.keys(AUTHOR_KINDS)), author?.type),
      );
      continue;
    }
    const base = {
      id: iid(part.id),
      customerId: iid(customer),
      caseId: iid(conversation.id),
      channel,
      direction: who === "customer" ? "inbound" : "outbound",
      author: { kind: who, ...(author?.id ? { id: iid(author.id) } : {}) },
      occurredAt: part.created_at,
      source: ref(part.id),
    } as const;
    if (kind.kind === "message") {
      out.add(
        "interactions",
        "conversation_part",
        part.id,
        safeParseInteraction({ ...base, visibility: kind.visibility }),
      );
      continue;
    }
    const target = part.assigned_to;
    if (!target?.id || target.type === "nobody_admin") {
      out.ignore("conversation_part", part.id, "an unassignment: there is no one to transfer to");
      continue;
    }
    const to = { kind: target.type === "team" ? "team" : "agent", id: iid(target.id) } as const;
    out.add(
      "interactions",
      "conversation_part",
      part.id,
      safeParseInteraction({
        ...base,
        visibility: "private",
        transfer: { ...(assignee ? { from: assignee } : {}), to },
      }),
    );
    assignee = to;
  }
}

function importRating({ conversation, customer, channel, asOf, out }: ConversationContext): void {
  const raw = conversation.conversation_rating;
  // Intercom sends an object of nulls when the conversation was not rated: no response.
  if (!isObject(raw) || raw["rating"] === null || raw["rating"] === undefined) return;
  const parsed = intercomSchemas().IntercomRatingSchema.safeParse(raw);
  const entity = "conversation_rating";
  if (!parsed.success) {
    const { field, reason } = zodRecordIssue(parsed.error, "conversation_rating");
    out.reject(entity, conversation.id, field, reason);
    return;
  }
  const rating = parsed.data;
  const respondedAt = rating.updated_at ?? rating.created_at;
  if (respondedAt.getTime() > asOf.getTime()) {
    out.reject(
      entity,
      conversation.id,
      "conversation_rating.created_at",
      afterAsOfReason(respondedAt, asOf),
    );
    return;
  }
  const rater = rating.contact?.id ?? rating.customer?.id ?? customer;
  out.add(
    "surveyResponses",
    entity,
    conversation.id,
    safeParseSurveyResponse({
      id: iid(`${conversation.id}:rating`),
      kind: "csat",
      scale: "five_point",
      score: rating.rating,
      customerId: iid(rater),
      caseId: iid(conversation.id),
      ...(rating.teammate?.id ? { agentId: iid(rating.teammate.id) } : {}),
      channel,
      respondedAt,
      ...(rating.remark ? { comment: rating.remark } : {}),
      source: ref(conversation.id),
    }),
  );
}
