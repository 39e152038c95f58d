import type { Channel, Interaction, SurveyResponse } from "@rapport/core";
import {
  afterAsOfReason,
  parseSourceRecords,
  plainTextOfHtml,
  safeParsePayload,
  withEnrichment,
  zodRecordIssue,
} from "@rapport/source-kit";
import { type IntercomContext, isObject } from "./intercom-context";
import { intercomLookups, intercomPartKind } from "./intercom-lookups";
import { type IntercomConversation, type IntercomPart, intercomSchemas } from "./intercom-payload";

const AUTHOR = intercomLookups.author;

/** The parts of a conversation that parse, oldest first; the others are rejected. */
export function partsOf(
  conversation: IntercomConversation,
  context: IntercomContext,
): IntercomPart[] {
  const raws = conversation.conversation_parts?.conversation_parts ?? [];
  const parts = parseSourceRecords(
    "conversation_part",
    raws,
    intercomSchemas().IntercomPartSchema,
    context.out,
  );
  return parts.sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
}

/** A conversation as its records need it: who the customer is, and the channel. */
export interface ConversationFacts {
  readonly conversation: IntercomConversation;
  readonly customer: string;
  readonly channel: Channel;
}

/** The message that opened the conversation (its `source`) is the first interaction. */
function mapOpening(
  { conversation, customer, channel }: ConversationFacts,
  context: IntercomContext,
): void {
  const author = conversation.source?.author;
  if (!author) return;
  const kind = AUTHOR.get(author.type) ?? "customer";
  // Built to the Interaction schema directly, in its field order: every field is already
  // checked (ids non-empty, the channel and author kind from the tables, a valid date) and the
  // schema has no cross-field rule, so no second parse is needed.
  const opening = {
    id: context.id(`${conversation.id}:source`),
    customerId: context.id(customer),
    caseId: context.id(conversation.id),
    channel,
    direction: kind === "customer" ? "inbound" : "outbound",
    author: author.id ? { kind, id: context.id(author.id) } : { kind },
    visibility: "public",
    occurredAt: conversation.created_at,
    tags: [],
    source: context.ref(conversation.id),
  } as Record<string, unknown> as Interaction;
  const { enrich } = context.options;
  context.out.accept(
    "interactions",
    "conversation_source",
    conversation.id,
    // Only under `enrich` is a body read: the import without it builds no second object.
    enrich ? withEnrichment(opening, plainTextOfHtml(conversation.source?.body), enrich) : opening,
  );
}

function mapParts(
  parts: readonly IntercomPart[],
  facts: ConversationFacts,
  context: IntercomContext,
): void {
  const { conversation, customer, channel } = facts;
  const { out, asOf, id } = context;
  const { enrich } = context.options;
  const entity = "conversation_part";
  // The same for every part: made once per conversation.
  const customerId = id(customer);
  const caseId = id(conversation.id);
  // Who had the conversation before each assignment, as far as the parts tell.
  let assignee: { kind: "agent" | "team"; id: string } | undefined;
  context.each(entity, parts, (part) => {
    if (out.has(entity, part.id)) {
      out.duplicate(entity, part.id);
      return;
    }
    if (part.created_at.getTime() > asOf.getTime()) {
      out.reject(entity, part.id, "created_at", afterAsOfReason(part.created_at, asOf));
      return;
    }
    const kind = intercomPartKind(part.part_type);
    if (kind.kind === "event") {
      out.ignore(
        entity,
        part.id,
        `part_type "${part.part_type}" is not a message, an assignment or a status change`,
      );
      return;
    }
    if (kind.kind === "status") {
      out.merged(entity, part.id);
      return;
    }
    const author = part.author;
    const who = author ? AUTHOR.get(author.type) : "agent";
    if (!who) {
      out.reject(entity, part.id, AUTHOR.field, AUTHOR.reason(author?.type));
      return;
    }
    const direction = who === "customer" ? "inbound" : "outbound";
    const by = author?.id ? { kind: who, id: id(author.id) } : { kind: who };
    if (kind.kind === "message") {
      // Built to the Interaction schema directly, in its field order: every field is already
      // checked (ids non-empty, the channel and author kind from the tables, a valid date) and
      // the schema has no cross-field rule, so no second parse is needed.
      const message = {
        id: id(part.id),
        customerId,
        caseId,
        channel,
        direction,
        author: by,
        visibility: kind.visibility,
        occurredAt: part.created_at,
        tags: [],
        source: context.ref(part.id),
      } as Record<string, unknown> as Interaction;
      out.accept(
        "interactions",
        entity,
        part.id,
        enrich ? withEnrichment(message, plainTextOfHtml(part.body), enrich) : message,
      );
      return;
    }
    const target = part.assigned_to;
    if (!target?.id || target.type === "nobody_admin") {
      out.ignore(entity, part.id, "an unassignment: there is no one to transfer to");
      return;
    }
    const to = { kind: target.type === "team" ? "team" : "agent", id: id(target.id) } as const;
    // Built to the Interaction schema directly, in its field order, as a message is: the
    // hand-over's handlers are an agent or a team with a non-empty id.
    const transfer = {
      id: id(part.id),
      customerId,
      caseId,
      channel,
      direction,
      author: by,
      visibility: "private",
      occurredAt: part.created_at,
      transfer: assignee ? { from: assignee, to } : { to },
      tags: [],
      source: context.ref(part.id),
    } as Record<string, unknown> as Interaction;
    out.accept("interactions", entity, part.id, transfer);
    assignee = to;
  });
}

function mapRating(
  { conversation, customer, channel }: ConversationFacts,
  context: IntercomContext,
): void {
  const { out, asOf, id } = context;
  const parsed = safeParsePayload(
    intercomSchemas().IntercomRatingSchema,
    conversation.conversation_rating,
  );
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
  // Built to the SurveyResponse schema directly, in its field order: the rating is an integer
  // from 1 to 5 and its dates valid (its check says so), the ids are non-empty and the channel
  // is from the table, so no second parse is needed. Optional fields are set only when present.
  const response = {
    kind: "csat",
    scale: "five_point",
    score: rating.rating,
    id: id(`${conversation.id}:rating`),
    customerId: id(rater),
    caseId: id(conversation.id),
  } as Record<string, unknown>;
  if (rating.teammate?.id) response["agentId"] = id(rating.teammate.id);
  response["channel"] = channel;
  response["respondedAt"] = respondedAt;
  if (rating.remark) response["comment"] = rating.remark;
  response["source"] = context.ref(conversation.id);
  out.accept("surveyResponses", entity, conversation.id, response as SurveyResponse);
}

/** The records of an imported conversation: its opening message, its parts, its rating. */
export function mapConversationRecords(
  parts: readonly IntercomPart[],
  facts: ConversationFacts,
  context: IntercomContext,
): void {
  const { conversation } = facts;
  const only = [conversation];
  const rating = conversation.conversation_rating;
  // Each guarded as a record of its own: a defect in one is that record's rejection.
  if (conversation.source?.author) {
    context.each("conversation_source", only, () => mapOpening(facts, context));
  }
  mapParts(parts, facts, context);
  // Intercom sends an object of nulls when the conversation was not rated: no response.
  if (isObject(rating) && rating["rating"] !== null && rating["rating"] !== undefined) {
    context.each("conversation_rating", only, () => mapRating(facts, context));
  }
}
