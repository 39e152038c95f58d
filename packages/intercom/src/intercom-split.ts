import { type SplitSink, sourceIdOf } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { isObject } from "./intercom-context";

type Entity = "conversation" | "contact" | "admin" | "team";

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

const typeOf = (value: unknown) =>
  isObject(value) && typeof value["type"] === "string" ? value["type"] : undefined;

/** Splits one response body, or an array of them, into records by entity. */
export function splitIntercom(payload: unknown, sink: SplitSink<Entity>): void {
  /** The items of a list (`data`, `conversations`…) of a page; whether there was one. */
  const lists = (node: Record<string, unknown>, isList: boolean): boolean => {
    let found = false;
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Object.hasOwn(LIST_KEYS, key) && Array.isArray(value)) {
        found = true;
        for (const item of value) sink.add(LIST_KEYS[key]!, item);
      } else if (
        Object.hasOwn(LIST_KEYS, key) &&
        value !== null &&
        value !== undefined &&
        (isList || typeof value !== "object")
      ) {
        // A list key that holds no list: its records cannot be read, so say so. (An object is
        // refused only on list pages: a conversation's own `contacts` is an object.)
        found = true;
        sink.reject(LIST_KEYS[key]!, null, key, `expected an array of ${key}`);
      } else if (key === "data" && isList && !Array.isArray(value) && value !== null) {
        found = true;
        sink.reject("record", null, "data", "expected an array of records");
      } else if (key === "data" && Array.isArray(value)) {
        found = true;
        for (const item of value) {
          const itemType = typeOf(item) ?? "contact";
          if (Object.hasOwn(RECORD_TYPES, itemType)) sink.add(RECORD_TYPES[itemType]!, item);
          else sink.ignore(itemType, sourceIdOf(item), `"${itemType}" records are not imported`);
        }
      }
    }
    return found;
  };

  /** The lists (arrays only) held by a node that is itself no list page. */
  const listsIn = (node: Record<string, unknown>) => {
    const keys = Object.keys(node).filter(
      (key) => (Object.hasOwn(LIST_KEYS, key) || key === "data") && Array.isArray(node[key]),
    );
    if (keys.length > 0) lists(Object.fromEntries(keys.map((key) => [key, node[key]])), false);
  };

  const visit = (node: unknown, where: string, depth: number): void => {
    if (!isObject(node)) {
      sink.reject(
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
      sink.add(RECORD_TYPES[type]!, node);
      // A page whose `type` is a record type may still hold a list (`{ type: "contact",
      // data: [...] }`): its items are read too, never dropped without a word.
      listsIn(node);
      return;
    }
    if (type === "notification_event") {
      const data = node["data"];
      const item = isObject(data) ? data["item"] : undefined;
      if (depth < 2 && isObject(item)) visit(item, `${where}.data.item`, depth + 1);
      else
        sink.reject(
          "notification_event",
          sourceIdOf(node),
          "data.item",
          "expected the event's item",
        );
      listsIn(node);
      return;
    }
    const isList = type !== undefined && (type === "list" || type.endsWith(".list"));
    if (lists(node, isList)) return;
    if (type === undefined && ("conversation_parts" in node || "source" in node)) {
      sink.add("conversation", node);
    } else if (type !== undefined && !isList) {
      sink.ignore(type, sourceIdOf(node), `"${type}" records are not imported`);
    }
  };

  if (Array.isArray(payload)) {
    payload.forEach((page, index) => {
      visit(page, `[${index}]`, 0);
    });
  } else visit(payload, "(root)", 0);
}
