import { isObject } from "./helpscout-context";

/** The `_embedded` lists of Help Scout's HAL responses. */
export const HELPSCOUT_LISTS = [
  "conversations",
  "threads",
  "customers",
  "users",
  "teams",
  "ratings",
  "mailboxes",
] as const;

/** Whether a record looks like one of Help Scout's, by fields only Help Scout sends. */
function isHelpScoutRecord(value: Record<string, unknown>): boolean {
  return (
    "mailboxId" in value ||
    "primaryCustomer" in value ||
    ("_links" in value && ("firstName" in value || "createdBy" in value || "mention" in value)) ||
    (typeof value["rating"] === "string" && ("ticketId" in value || "conversationId" in value))
  );
}

/**
 * Whether a parsed payload looks like Help Scout's: a HAL page whose `_embedded` holds
 * conversations, threads, customers, users, teams or mailboxes, or a record with fields only
 * Help Scout sends (`mailboxId`, `primaryCustomer`, `_links` with `createdBy`…). Never throws.
 *
 * @param input - A parsed response body or a list of them.
 * @returns Whether it is Help Scout's.
 *
 * @example
 * ```ts
 * import { recogniseHelpScout } from "@rapport/helpscout";
 * recogniseHelpScout({ _embedded: { conversations: [] }, page: { number: 1 } }); // true
 * recogniseHelpScout({ id: 1, rating: "great", conversationId: 123 }); // true
 * recogniseHelpScout({ tickets: [] }); // false
 * ```
 */
export function recogniseHelpScout(input: unknown): boolean {
  const sample = Array.isArray(input) ? input[0] : input;
  if (!isObject(sample)) return false;
  const embedded = sample["_embedded"];
  if (isObject(embedded) && HELPSCOUT_LISTS.some((key) => key in embedded)) return true;
  return isHelpScoutRecord(sample);
}
