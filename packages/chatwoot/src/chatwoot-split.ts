import { eachBody, type SplitSink, sourceIdOf } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { isObject } from "./chatwoot-context";

type Entity =
  | "inbox"
  | "team"
  | "agent"
  | "contact"
  | "conversation"
  | "message"
  | "csat_survey_response";

// The webhook events whose body is a record, and the entity of that record.
const EVENT_ENTITIES: Readonly<Record<string, Entity>> = {
  conversation_created: "conversation",
  conversation_updated: "conversation",
  conversation_status_changed: "conversation",
  message_created: "message",
  message_updated: "message",
  contact_created: "contact",
  contact_updated: "contact",
};

/** The entity of a record, by the fields chatwoot's API reference gives each; else undefined. */
export function chatwootEntityOf(value: Record<string, unknown>): Entity | undefined {
  if ("message_type" in value) return "message";
  if ("rating" in value && ("feedback_message" in value || "conversation_id" in value)) {
    return "csat_survey_response";
  }
  if ("channel_type" in value) return "inbox";
  if ("inbox_id" in value && "status" in value) return "conversation";
  if ("role" in value) return "agent";
  if ("allow_auto_assign" in value || "is_member" in value) return "team";
  if ("phone_number" in value || "identifier" in value || "email" in value) return "contact";
  return undefined;
}

/**
 * Splits one response body, a webhook delivery, or an array of them, into records by entity.
 * A conversation's embedded `messages` are records of their own.
 */
export function splitChatwoot(payload: unknown, sink: SplitSink<Entity>): void {
  const one = (value: unknown, where: string, expected?: Entity) => {
    const entity = isObject(value) ? (chatwootEntityOf(value) ?? expected) : expected;
    if (entity === undefined) {
      sink.reject(
        "record",
        sourceIdOf(value),
        where,
        expectedMessage(
          "",
          "a chatwoot record (a conversation, message, contact, agent, team, inbox or CSAT response)",
          value,
        ),
      );
      return;
    }
    sink.add(entity, value);
  };
  // A record's embedded `messages` (a conversation's) are records of their own, read whatever
  // becomes of the record that holds them.
  const record = (value: unknown, where: string, expected?: Entity) => {
    one(value, where, expected);
    const messages = isObject(value) ? value["messages"] : undefined;
    if (Array.isArray(messages)) for (const message of messages) sink.add("message", message);
  };
  const list = (items: unknown, where: string) => {
    if (Array.isArray(items)) {
      items.forEach((item, i) => {
        record(item, `${where}[${i}]`);
      });
    } else if (isObject(items)) record(items, where);
    else sink.reject("page", null, where, expectedMessage("", "a list of records", items));
  };
  const body = (node: Record<string, unknown>, where: string) => {
    const event = node["event"];
    if (typeof event === "string") {
      const entity = EVENT_ENTITIES[event];
      if (entity && Object.hasOwn(EVENT_ENTITIES, event)) record(node, where, entity);
      else sink.ignore("webhook_event", sourceIdOf(node), `"${event}" events carry no record`);
      return;
    }
    const data = node["data"];
    if (isObject(data) && "payload" in data) list(data["payload"], `${where}.data.payload`);
    else if ("payload" in node) list(node["payload"], `${where}.payload`);
    else record(node, where);
  };
  eachBody(payload, sink, "a chatwoot response body, webhook delivery or record", body);
}
