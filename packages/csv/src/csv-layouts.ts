/**
 * The kinds of CSV file this package imports, named by the entity list they fill (core's entity
 * keys): survey responses, interactions and cases.
 *
 * @example
 * ```ts
 * import { CSV_KINDS } from "@rapport/csv";
 * CSV_KINDS.includes("surveyResponses"); // true
 * ```
 */
export const CSV_KINDS = [
  "surveyResponses",
  "interactions",
  "cases",
  "dataSubjectRequests",
] as const;

/**
 * A kind of CSV file: one of {@link CSV_KINDS}.
 *
 * @example
 * ```ts
 * import type { CsvKind } from "@rapport/csv";
 * const kind: CsvKind = "cases";
 * ```
 */
export type CsvKind = (typeof CSV_KINDS)[number];

/**
 * One documented column: its name (as a header cell; the default position in a file without a
 * header is its place in the list), whether a row needs a value in it, and what it holds.
 *
 * @example
 * ```ts
 * import type { CsvColumn } from "@rapport/csv";
 * const column: CsvColumn = { name: "score", required: true, description: "the answer" };
 * ```
 */
export interface CsvColumn {
  /** The column's name in a header, in snake_case. */
  readonly name: string;
  /** Whether every row needs a value in this column. */
  readonly required: boolean;
  /** What the column holds, and its format. */
  readonly description: string;
}

/**
 * The layout of one kind of file: the entity name used in the import report and the columns.
 *
 * @example
 * ```ts
 * import { CSV_LAYOUTS, type CsvLayout } from "@rapport/csv";
 * const layout: CsvLayout = CSV_LAYOUTS.cases;
 * layout.columns.filter((column) => column.required).map((column) => column.name);
 * ```
 */
export interface CsvLayout {
  /** The entity named in the import report for each row, e.g. `"survey_response"`. */
  readonly entity: string;
  /** The columns, in the order of a file without a header. */
  readonly columns: readonly CsvColumn[];
  /**
   * Optional columns read from a header only (a file without a header has just `columns`),
   * such as a survey's `reason`.
   */
  readonly headerColumns?: readonly CsvColumn[];
}

const column = (name: string, required: boolean, description: string): CsvColumn => ({
  name,
  required,
  description,
});

const ID = column("id", false, "the row's id in the source; else the row number is used");
const CUSTOMER = column("customer_id", true, "the customer's id in the source");
const DATE = "an ISO 8601 date-time with an offset, or as set by dateFormat and timeZone";
const TAGS = "tags separated by the list separator (| by default)";

/**
 * The documented column layout of each kind of file. Header names match case-insensitively,
 * with spaces, hyphens and underscores alike (`Customer ID` matches `customer_id`); other
 * columns are ignored; `columns` in the options maps a column to another header name.
 * Enumerated values (`kind`, `channel`, `status`…) match the same way (`On Hold` is `on_hold`).
 *
 * @example
 * ```ts
 * import { CSV_LAYOUTS } from "@rapport/csv";
 * CSV_LAYOUTS.surveyResponses.columns.map((column) => column.name).slice(0, 6);
 * // ["id", "customer_id", "kind", "scale", "score", "responded_at"]
 * ```
 */
export const CSV_LAYOUTS: Readonly<Record<CsvKind, CsvLayout>> = {
  surveyResponses: {
    entity: "surveyResponse",
    columns: [
      ID,
      CUSTOMER,
      column("kind", true, "csat, nps, ces or happiness"),
      column(
        "scale",
        false,
        "csat: binary or five_point (default: binary for good/bad scores, else five_point); ces: seven_point (default) or five_point; nps: zero_to_ten; happiness: three_point",
      ),
      column(
        "score",
        true,
        "an integer on the scale, good/bad on the binary CSAT scale, or great/okay/not_good for happiness",
      ),
      column("responded_at", true, DATE),
      column("comment", false, "the respondent's comment"),
      column("case_id", false, "the case the survey was about"),
      column("agent_id", false, "the agent who handled it"),
      column("team_id", false, "the team who handled it"),
      column(
        "channel",
        false,
        "email, phone, chat, messaging, social, sms, web, in_person or self_service",
      ),
      column("survey_id", false, "the survey's id"),
    ],
    headerColumns: [
      column("reason", false, "the reason the customer gave for a bad rating, as written"),
    ],
  },
  interactions: {
    entity: "interaction",
    columns: [
      ID,
      CUSTOMER,
      column("case_id", false, "the case it belongs to"),
      column(
        "channel",
        true,
        "email, phone, chat, messaging, social, sms, web, in_person or self_service",
      ),
      column(
        "direction",
        false,
        "inbound or outbound (default: inbound from a customer, else outbound)",
      ),
      column("author_kind", true, "customer, agent, bot or system"),
      column("author_id", false, "the author's id (an agent's id for an agent)"),
      column("visibility", false, "public (default) or private (an internal note)"),
      column("occurred_at", true, DATE),
      column("duration_seconds", false, "a non-negative number of seconds (calls, chats)"),
      column("sentiment", false, "a number from -1 (negative) to 1 (positive)"),
      column("tags", false, TAGS),
    ],
  },
  cases: {
    entity: "case",
    columns: [
      ID,
      CUSTOMER,
      column("subject", false, "the case's subject"),
      column(
        "channel",
        true,
        "email, phone, chat, messaging, social, sms, web, in_person or self_service",
      ),
      column("status", true, "new, open, pending, on_hold, solved or closed"),
      column("priority", false, "low, normal (default), high or urgent"),
      column("assignee_id", false, "the assigned agent's id"),
      column("team_id", false, "the assigned team's id"),
      column("created_at", true, DATE),
      column("updated_at", false, DATE),
      column("first_reply_at", false, DATE),
      column("solved_at", false, DATE),
      column("closed_at", false, DATE),
      column("reopen_count", false, "a non-negative integer"),
      column("tags", false, TAGS),
    ],
  },
  dataSubjectRequests: {
    entity: "dataSubjectRequest",
    columns: [
      ID,
      CUSTOMER,
      column(
        "right",
        true,
        "access, rectification, erasure, restriction, portability, objection or opt_out_of_sale",
      ),
      column("received_at", true, DATE),
      column("verified_at", false, DATE),
      column("extended_at", false, `${DATE}; when the customer was told of an extension`),
      column("extension_reason", false, "the reason for the extension; with extended_at"),
      column("completed_at", false, DATE),
      column("outcome", false, "fulfilled, partially_fulfilled or refused; with completed_at"),
      column("refusal_reason", false, "why it was refused in whole or part"),
      column("jurisdiction", false, "the regime it falls under: EU, UK, US-CA, BR, …"),
      column(
        "channel",
        false,
        "email, phone, chat, messaging, social, sms, web, in_person or self_service",
      ),
    ],
  },
};

/**
 * Normalises a header cell or an enumerated value for matching: trimmed, lower case, runs of
 * spaces, hyphens and underscores made one underscore.
 *
 * @example
 * ```ts
 * import { normalizeCsvName } from "@rapport/csv";
 * normalizeCsvName(" Customer ID "); // "customer_id"
 * ```
 */
export function normalizeCsvName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}
