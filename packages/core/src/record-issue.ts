import type { z } from "zod";
import { formatPath, type RapportValidationError } from "./rapport-validation-error";

/**
 * Where a record is wrong and why, for an import report: a field path and a reason.
 *
 * @example
 * ```ts
 * import type { RecordIssue } from "@rapport/core";
 * const issue: RecordIssue = { field: "via.channel", reason: 'expected a documented channel, received "fax"' };
 * ```
 */
export interface RecordIssue {
  readonly field: string;
  readonly reason: string;
}

/**
 * The first issue of a validation error, as a {@link RecordIssue}: what an import report says
 * of a rejected record.
 *
 * @example
 * ```ts
 * import { firstIssue, safeParseTeam } from "@rapport/core";
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
 * import { zodRecordIssue } from "@rapport/core";
 * import { z } from "zod";
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
