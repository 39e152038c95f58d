import type { Interaction } from "@rapport/core";
import { plainTextOfHtml, withEnrichment } from "@rapport/source-kit";
import { authorOf, statusSetBy } from "./conversation-history";
import type { HelpScoutContext } from "./helpscout-context";
import { helpScoutLookups } from "./helpscout-lookups";
import type { HelpScoutThread } from "./helpscout-payload";

const { threadType: THREAD_TYPE, author: AUTHOR, source: SOURCE } = helpScoutLookups;

/** A thread: an interaction of its conversation; a line item is part of the case's history. */
export function mapThread(thread: HelpScoutThread, context: HelpScoutContext): void {
  const { out, id, ref, state } = context;
  const tid = thread.id;
  if (thread.state && thread.state !== "published") {
    out.ignore("thread", tid, `state "${thread.state}": not a published thread`);
    return;
  }
  const kind = THREAD_TYPE.get(thread.type);
  if (!kind) {
    out.reject("thread", tid, THREAD_TYPE.field, THREAD_TYPE.reason(thread.type));
    return;
  }
  const conversationId = thread.conversationId;
  const facts = conversationId ? state.conversations.get(conversationId) : undefined;
  if (kind.kind === "event") {
    // A status change read into its conversation's history; other events are left out.
    if (facts && statusSetBy(thread)) out.merged("thread", tid);
    else out.ignore("thread", tid, kind.reason);
    return;
  }
  if (!conversationId) {
    out.reject(
      "thread",
      tid,
      "conversationId",
      "expected the thread's conversation: a thread list page (its _links.self) or the conversation it is embedded in",
    );
    return;
  }
  const creator = thread.createdBy;
  const createdByCustomer = creator?.type === "customer" ? creator.id : undefined;
  const customer = thread.customer?.id ?? facts?.customer ?? createdByCustomer;
  if (!customer) {
    out.reject("thread", tid, "customer.id", "expected the thread's customer");
    return;
  }
  const author = authorOf(thread);
  if (!author) {
    out.reject("thread", tid, AUTHOR.field, AUTHOR.reason(creator?.type));
    return;
  }
  const channel = kind.channel ?? facts?.channel ?? SOURCE.get(thread.source?.type);
  if (!channel) {
    out.reject("thread", tid, SOURCE.field, SOURCE.reason(thread.source?.type));
    return;
  }
  const authorId = author === "customer" ? customer : (creator?.id ?? undefined);
  // Built to the Interaction schema directly, in its field order: every field is already
  // checked (ids non-empty, the channel and author kind from the tables, a valid date) and the
  // schema has no cross-field rule, so no second parse is needed.
  const interaction = {
    id: id(tid),
    customerId: id(customer),
    caseId: id(conversationId),
    channel,
    direction: author === "customer" ? "inbound" : "outbound",
    author: authorId ? { kind: author, id: id(authorId) } : { kind: author },
    visibility: kind.visibility,
    occurredAt: thread.createdAt,
    tags: [],
    source: ref(tid),
  } as Record<string, unknown> as Interaction;
  const { enrich } = context.options;
  // Only under `enrich` is the body read: the import without it builds no second object.
  out.accept(
    "interactions",
    "thread",
    tid,
    enrich ? withEnrichment(interaction, plainTextOfHtml(thread.body), enrich) : interaction,
  );
}
