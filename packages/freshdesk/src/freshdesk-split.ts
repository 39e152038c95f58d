import { type SplitSink, sourceIdOf } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { isObject } from "./freshdesk-context";

type Entity = "ticket" | "conversation" | "contact" | "agent" | "group" | "satisfaction_rating";

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
export function freshdeskKindOf(record: Record<string, unknown>): Entity | undefined {
  if (has(record, "ratings")) return "satisfaction_rating";
  if (has(record, "requester_id") && (has(record, "status") || has(record, "subject"))) {
    return "ticket";
  }
  if (
    has(record, "ticket_id") &&
    (has(record, "incoming") ||
      has(record, "private") ||
      has(record, "body") ||
      has(record, "body_text"))
  ) {
    return "conversation";
  }
  if (isObject(record["contact"])) return "agent";
  if (has(record, "agent_ids")) return "group";
  if (
    has(record, "email") ||
    has(record, "phone") ||
    has(record, "mobile") ||
    has(record, "unique_external_id")
  ) {
    return "contact";
  }
  return undefined;
}

/** Splits what the API returned (a record, a bare list, `{ results }`, a keyed object, or pages). */
export function splitFreshdesk(payload: unknown, sink: SplitSink<Entity>): void {
  const record = (value: unknown, where: string) => {
    const kind = isObject(value) ? freshdeskKindOf(value) : undefined;
    if (kind) sink.add(kind, value);
    else {
      sink.reject(
        "record",
        sourceIdOf(value),
        where,
        "could not tell which Freshdesk record this is (expected a ticket, conversation, contact, agent, group or satisfaction rating)",
      );
    }
  };
  const object = (node: Record<string, unknown>, where: string) => {
    // A record first: a ticket with `include=conversations` has a `conversations` list of its
    // own, which must not make it read as a keyed page.
    const kind = freshdeskKindOf(node);
    if (kind) {
      sink.add(kind, node);
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
            sink.reject(LIST_KEYS[key]!, null, key, `expected an array of ${key}`);
          } else if (key === "results") {
            keyed = true;
            sink.reject("record", null, `${where}.results`, "expected an array of results");
          }
        }
        continue;
      }
      if (Object.hasOwn(LIST_KEYS, key)) {
        keyed = true;
        for (const item of value) sink.add(LIST_KEYS[key]!, item);
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
      sink.reject(
        "page",
        null,
        where,
        expectedMessage("", "a Freshdesk response body (an object or an array)", node),
      );
    }
  };
  page(payload, "(root)", false);
}
