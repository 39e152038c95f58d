import { formatPath, type RapportValidationError } from "@rapport/core";
import type * as z from "zod";

/**
 * Where a record is wrong and why, for an import report: a field path and a reason.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from "@rapport/source-kit";
 * const issue: RecordIssue = { field: "via.channel", reason: 'expected a documented channel, received "fax"' };
 * ```
 */
export interface RecordIssue {
  /** The field at fault, as a path such as `via.channel`; `(root)` for the record itself. */
  readonly field: string;
  /** Why, in words a person can act on. */
  readonly reason: string;
}

/**
 * The first issue of a validation error, as a {@link RecordIssue}: what an import report says
 * of a rejected record.
 *
 * @example
 * ```ts
 * import { safeParseTeam } from "@rapport/core";
 * import { firstIssue } from "@rapport/source-kit";
 * const result = safeParseTeam({ id: "t1" });
 * if (!result.success) firstIssue(result.error); // { field: "name", reason: "expected string, received nothing (the field is missing)" }
 * ```
 */
export function firstIssue(error: RapportValidationError): RecordIssue {
  const issue = error.issues[0];
  return issue
    ? { field: formatPath(issue.path), reason: issue.message }
    : { field: "(root)", reason: error.message };
}

/**
 * The first issue of a zod error from a source's own payload schema, as a {@link RecordIssue};
 * `prefix` puts the path under a parent field (`"via"` makes `channel` read `via.channel`).
 *
 * @example
 * ```ts
 * import { zodRecordIssue } from "@rapport/source-kit";
 * import * as z from "zod";
 *
 * const result = z.object({ status: z.string() }).safeParse({ status: 4 });
 * if (!result.success) zodRecordIssue(result.error, "ticket"); // { field: "ticket.status", reason: "…" }
 * ```
 */
export function zodRecordIssue(error: z.ZodError, prefix = ""): RecordIssue {
  const issue = error.issues[0];
  if (!issue) return { field: prefix || "(root)", reason: "invalid value" };
  const path = formatPath(issue.path);
  const field = prefix ? (path === "(root)" ? prefix : `${prefix}.${path}`) : path;
  return { field, reason: issue.message };
}
