import {
  CASE_PRIORITIES,
  CASE_STATUSES,
  type Case,
  type CasePriority,
  type CaseStatus,
  CHANNELS,
  type Channel,
  type SafeParseResult,
  type SourceRef,
} from "@rapport/core";
import { fastPathsOn } from "./fast-paths";
import type { ImportCollector } from "./import-collector";

/**
 * What an adapter knows of a case, for {@link addCase}. A text or id given as `undefined`,
 * `null` or `""` is left out, and so is a time given as `undefined` or `null`; `priority`
 * defaults to `"normal"`, `reopenCount` to 0, `tags` and `statusHistory` to none, as the
 * case schema's defaults say.
 *
 * @example
 * ```ts
 * import type { CaseFields } from "@rapport/source-kit";
 * const fields: CaseFields = {
 *   id: "helpscout:123",
 *   customerId: "helpscout:7",
 *   channel: "email",
 *   status: "open",
 *   createdAt: new Date("2024-05-01T09:00:00Z"),
 * };
 * ```
 */
export interface CaseFields {
  readonly id: string;
  readonly customerId: string;
  readonly subject?: string | null | undefined;
  readonly channel: Channel;
  readonly status: CaseStatus;
  readonly priority?: CasePriority | undefined;
  readonly assigneeId?: string | null | undefined;
  readonly teamId?: string | null | undefined;
  readonly createdAt: Date;
  readonly updatedAt?: Date | null | undefined;
  readonly firstReplyAt?: Date | null | undefined;
  readonly solvedAt?: Date | null | undefined;
  readonly closedAt?: Date | null | undefined;
  readonly reopenCount?: number | undefined;
  readonly tags?: readonly string[] | null | undefined;
  /** Each change as `{ status, at }`, oldest first. */
  readonly statusHistory?: readonly { readonly status: CaseStatus; readonly at: Date }[];
  readonly source?: SourceRef | undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const STATUSES: ReadonlySet<string> = /* @__PURE__ */ new Set(CASE_STATUSES);
const PRIORITIES: ReadonlySet<string> = /* @__PURE__ */ new Set(CASE_PRIORITIES);
const CHANNEL_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(CHANNELS);

const valid = (at: Date) => at instanceof Date && !Number.isNaN(at.getTime());
const nonEmpty = (id: unknown) => typeof id === "string" && id.length > 0;
const notBefore = (at: Date | undefined, created: number) =>
  at === undefined || (valid(at) && at.getTime() >= created);

/** Whether the built record certainly passes the case schema (else the schema says why not). */
function certain(record: Case): boolean {
  const created = record.createdAt;
  if (!valid(created)) return false;
  const at = created.getTime();
  if (
    !nonEmpty(record.id) ||
    !nonEmpty(record.customerId) ||
    (record.assigneeId !== undefined && !nonEmpty(record.assigneeId)) ||
    (record.teamId !== undefined && !nonEmpty(record.teamId)) ||
    (record.subject !== undefined && typeof record.subject !== "string") ||
    !CHANNEL_SET.has(record.channel) ||
    !STATUSES.has(record.status) ||
    !PRIORITIES.has(record.priority) ||
    (record.updatedAt !== undefined && !valid(record.updatedAt)) ||
    !notBefore(record.firstReplyAt, at) ||
    !notBefore(record.solvedAt, at) ||
    !notBefore(record.closedAt, at) ||
    !Number.isSafeInteger(record.reopenCount) ||
    record.reopenCount < 0 ||
    (record.source !== undefined &&
      !(
        nonEmpty(record.source.system) &&
        nonEmpty(record.source.id) &&
        record.source.url === undefined
      ))
  ) {
    return false;
  }
  for (let index = 0; index < record.tags.length; index++) {
    if (typeof record.tags[index] !== "string") return false;
  }
  let last = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < record.statusHistory.length; index++) {
    const change = record.statusHistory[index]!;
    if (!STATUSES.has(change.status) || !valid(change.at) || change.at.getTime() < last) {
      return false;
    }
    last = change.at.getTime();
  }
  return true;
}

/**
 * Adds a case to an import: built straight to the case schema of `@rapport/core`, in its field
 * order with its defaults, and accepted as it is when every value is certain to pass (ids
 * non-empty, codes of the model's tables, valid dates, no time before `createdAt`, the status
 * history in time order). Otherwise the record goes through `parse` (`safeParseCase` of
 * `@rapport/core`) so that the report carries the schema's own field and reason. A large export
 * is mostly well-formed cases: they skip zod and the spreads of optional fields.
 *
 * @param out - The collector of the import.
 * @param entity - The platform's entity, for the report (`"conversation"`).
 * @param sourceId - The record's id in the platform.
 * @param fields - What the adapter knows of the case (see {@link CaseFields}).
 * @param parse - The case schema's parse, for the cases that are not certain: `safeParseCase`.
 * @returns Whether the case was accepted (not a duplicate, not rejected).
 *
 * @example
 * ```ts
 * import { safeParseCase } from "@rapport/core";
 * import { addCase, createImportCollector } from "@rapport/source-kit";
 *
 * const out = createImportCollector("example");
 * const createdAt = new Date("2024-05-01T09:00:00Z");
 * const base = { customerId: "example:7", channel: "email", status: "solved", createdAt } as const;
 * addCase(out, "ticket", "1", { ...base, id: "example:1", solvedAt: new Date("2024-05-02T09:00:00Z") }, safeParseCase); // true
 * addCase(out, "ticket", "2", { ...base, id: "example:2", solvedAt: new Date("2024-04-30T09:00:00Z") }, safeParseCase); // false
 * out.result().report.records[1]?.field; // "solvedAt", as the schema says it
 * ```
 */
export function addCase(
  out: ImportCollector,
  entity: string,
  sourceId: string,
  fields: CaseFields,
  parse: (input: unknown) => SafeParseResult<Case>,
): boolean {
  const record = { id: fields.id, customerId: fields.customerId } as Mutable<Case>;
  if (fields.subject) record.subject = fields.subject;
  record.channel = fields.channel;
  record.status = fields.status;
  record.priority = fields.priority ?? "normal";
  if (fields.assigneeId) record.assigneeId = fields.assigneeId as Case["assigneeId"];
  if (fields.teamId) record.teamId = fields.teamId as Case["teamId"];
  record.createdAt = fields.createdAt;
  if (fields.updatedAt) record.updatedAt = fields.updatedAt;
  if (fields.firstReplyAt) record.firstReplyAt = fields.firstReplyAt;
  if (fields.solvedAt) record.solvedAt = fields.solvedAt;
  if (fields.closedAt) record.closedAt = fields.closedAt;
  record.reopenCount = fields.reopenCount ?? 0;
  record.tags = (fields.tags ?? []) as string[];
  record.statusHistory = (fields.statusHistory ?? []) as Case["statusHistory"];
  if (fields.source) record.source = fields.source;
  return fastPathsOn() && certain(record)
    ? out.accept("cases", entity, sourceId, record)
    : out.add("cases", entity, sourceId, parse(record));
}
