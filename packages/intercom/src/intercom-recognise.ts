import { isObject } from "./intercom-context";

/**
 * Whether an input looks like Intercom REST API responses: a response body (or the first of a
 * list of them) whose `type` names an Intercom object (`conversation`, `conversation.list`,
 * `contact`, `admin.list`, `team`…) or is a webhook `notification_event`, or that holds
 * `conversations` or `conversation_parts`.
 *
 * @example
 * ```ts
 * import { recogniseIntercom } from "@rapport/intercom";
 * recogniseIntercom({ type: "conversation.list", conversations: [] }); // true
 * recogniseIntercom({ tickets: [] }); // false
 * ```
 */
export function recogniseIntercom(input: unknown): boolean {
  const sample = Array.isArray(input) ? input[0] : input;
  if (!isObject(sample)) return false;
  const type = sample["type"];
  return (
    (typeof type === "string" &&
      /^(conversation|contact|admin|team|notification_event$)/.test(type)) ||
    "conversations" in sample ||
    "conversation_parts" in sample
  );
}
