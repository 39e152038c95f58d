import { type SplitSink, sourceIdOf } from "@rapport/source-kit";
import { expectedMessage } from "@rapport/stats";
import { isObject } from "./zendesk-state";

type Entity =
  | "ticket"
  | "user"
  | "group"
  | "comment"
  | "audit"
  | "satisfaction_rating"
  | "ticket_metric";

// Keys of a response body that hold records, and the entity each record is.
const LISTS: Readonly<Record<string, Entity>> = {
  tickets: "ticket",
  users: "user",
  groups: "group",
  comments: "comment",
  audits: "audit",
  satisfaction_ratings: "satisfaction_rating",
  ticket_metrics: "ticket_metric",
  // Side-loaded by incremental exports with include=metric_sets: the same shape.
  metric_sets: "ticket_metric",
};
const SINGLES: Readonly<Record<string, Entity>> = {
  ticket: "ticket",
  user: "user",
  group: "group",
  comment: "comment",
  audit: "audit",
  satisfaction_rating: "satisfaction_rating",
  ticket_metric: "ticket_metric",
};
// Pagination and other metadata: not records.
const METADATA = new Set([
  "next_page",
  "previous_page",
  "count",
  "after_cursor",
  "before_cursor",
  "after_url",
  "before_url",
  "end_of_stream",
  "end_time",
  "start_time",
  "meta",
  "links",
]);

/** The response-body keys that hold Zendesk records. */
export const ZENDESK_RECORD_KEYS: readonly string[] = [
  ...Object.keys(LISTS),
  ...Object.keys(SINGLES),
];

/** Splits one response body, or an array of them, into records by entity. */
export function splitZendesk(payload: unknown, sink: SplitSink<Entity>): void {
  const pages = Array.isArray(payload) ? payload : [payload];
  pages.forEach((page, index) => {
    const where = Array.isArray(payload) ? `[${index}]` : "(root)";
    if (!isObject(page)) {
      sink.reject(
        "page",
        null,
        where,
        expectedMessage("", "a Zendesk response body, an object such as { tickets: [...] }", page),
      );
      return;
    }
    for (const key of Object.keys(page)) {
      const value = page[key];
      if (Object.hasOwn(LISTS, key)) {
        const entity = LISTS[key]!;
        if (Array.isArray(value)) for (const item of value) sink.add(entity, item);
        else if (value !== null && value !== undefined) {
          sink.reject(entity, null, key, `expected an array of ${key}`);
        }
      } else if (Object.hasOwn(SINGLES, key)) {
        if (value !== null && value !== undefined) sink.add(SINGLES[key]!, value);
      } else if (!METADATA.has(key) && Array.isArray(value)) {
        for (const item of value) sink.ignore(key, sourceIdOf(item), `"${key}" are not imported`);
      }
    }
  });
}
