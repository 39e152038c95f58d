import { eachBody, type SplitSink, sourceIdOf } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { isObject } from "./helpscout-context";

type Entity = "team" | "user" | "customer" | "thread" | "conversation" | "rating";

// The `_embedded` lists the importer reads, and the entity of their items.
const LIST_ENTITIES: Readonly<Record<string, Entity>> = {
  conversations: "conversation",
  threads: "thread",
  customers: "customer",
  users: "user",
  teams: "team",
  ratings: "rating",
};

/** The entity of a record, by the fields the Mailbox API reference gives each; else undefined. */
export function helpScoutEntityOf(value: Record<string, unknown>): Entity | undefined {
  if (typeof value["rating"] === "string") return "rating";
  if (
    "mailboxId" in value ||
    "primaryCustomer" in value ||
    "number" in value ||
    "threads" in value
  ) {
    return "conversation";
  }
  if ("role" in value) return "user";
  if ("createdBy" in value && "type" in value) return "thread";
  if ("firstName" in value || "lastName" in value || "emails" in value) return "customer";
  if ("name" in value) return "team";
  return undefined;
}

/** The conversation a thread list belongs to, from its `_links.self.href`. */
function conversationOfPage(page: Record<string, unknown>): string | undefined {
  const links = page["_links"];
  const self = isObject(links) ? links["self"] : undefined;
  const href = isObject(self) ? self["href"] : undefined;
  return typeof href === "string" ? /\/conversations\/(\d+)\/threads/.exec(href)?.[1] : undefined;
}

/**
 * Splits one response body (a HAL page or a record), a webhook delivery, or an array of them,
 * into records by entity. The threads of a conversation (`_embedded.threads`, or a webhook's
 * `threads` list) and of a thread list page are records of their own, each told its
 * conversation.
 */
export function splitHelpScout(payload: unknown, sink: SplitSink<Entity>): void {
  const thread = (raw: unknown, conversationId: string | null | undefined) => {
    // Told its conversation without a copy of the thread (see `SplitSink.add`).
    if (isObject(raw) && conversationId) sink.add("thread", raw, { conversationId });
    else sink.add("thread", raw);
  };
  const record = (value: unknown, where: string, expected?: Entity) => {
    const entity = isObject(value) ? (expected ?? helpScoutEntityOf(value)) : expected;
    if (entity === undefined) {
      sink.reject(
        "record",
        sourceIdOf(value),
        where,
        expectedMessage(
          "",
          "a Help Scout record (a conversation, thread, customer, user, team or rating)",
          value,
        ),
      );
    } else if (entity === "thread") thread(value, undefined);
    else sink.add(entity, value);
    // A record's threads are read whatever becomes of the record that holds them.
    if (!isObject(value)) return;
    const embedded = value["_embedded"];
    const inner = isObject(embedded) ? embedded["threads"] : undefined;
    const threads = Array.isArray(inner) ? inner : value["threads"];
    if (Array.isArray(threads)) for (const raw of threads) thread(raw, sourceIdOf(value));
  };
  const page = (
    node: Record<string, unknown>,
    embedded: Record<string, unknown>,
    where: string,
  ) => {
    const conversationId = conversationOfPage(node);
    for (const key of Object.keys(embedded)) {
      const value = embedded[key];
      const entity = Object.hasOwn(LIST_ENTITIES, key) ? LIST_ENTITIES[key] : undefined;
      if (entity && Array.isArray(value)) {
        value.forEach((item, i) => {
          if (entity === "thread") thread(item, conversationId);
          else record(item, `${where}._embedded.${key}[${i}]`, entity);
        });
      } else if (entity) {
        sink.reject(
          entity,
          null,
          `_embedded.${key}`,
          expectedMessage("", `an array of ${key}`, value),
        );
      } else if (Array.isArray(value)) {
        for (const item of value) sink.ignore(key, sourceIdOf(item), `"${key}" are not imported`);
      } else {
        sink.ignore(key, null, `"${key}" are not imported`);
      }
    }
  };
  const body = (node: Record<string, unknown>, where: string): void => {
    const embedded = node["_embedded"];
    if ("id" in node) record(node, where);
    else if (isObject(embedded)) page(node, embedded, where);
    // A page with nothing in it has no `_embedded` at all.
    else if (!("page" in node)) {
      sink.reject(
        "page",
        null,
        where,
        expectedMessage("", "a Help Scout response body or record", node),
      );
    }
  };
  eachBody(payload, sink, "a Help Scout response body or record", body);
}
