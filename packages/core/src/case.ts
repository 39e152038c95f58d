import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { CASE_PRIORITIES, CASE_STATUSES } from "./enumerations";
import { AgentIdSchema, CaseIdSchema, CustomerIdSchema, TeamIdSchema } from "./ids";
import { ChannelSchema, SourceRefSchema, TagsSchema } from "./vocabulary";

/**
 * One change of a case's status and when it happened.
 *
 * @example
 * ```ts
 * import { StatusChangeSchema } from "@rapport/core";
 * StatusChangeSchema.parse({ status: "pending", at: "2024-03-01T10:00:00Z" });
 * ```
 */
export const StatusChangeSchema = /* @__PURE__ */ z
  .object({
    status: z.enum(CASE_STATUSES).describe("The status from this change on."),
    at: DateTimeSchema.describe("When the status changed."),
    /** The priority from this change on, where it changed too. */
    priority: z
      .enum(CASE_PRIORITIES)
      .optional()
      .describe("The priority from this change on, where it changed too."),
  })
  .meta({ title: "StatusChange" });

const notBefore = (
  ctx: z.core.$RefinementCtx,
  field: string,
  value: Date | undefined,
  createdAt: Date,
) => {
  if (value !== undefined && value.getTime() < createdAt.getTime()) {
    ctx.addIssue({
      code: "custom",
      path: [field],
      input: value,
      message: `expected ${field} not before createdAt (${createdAt.toISOString()})`,
    });
  }
};

/**
 * A case: a ticket or a conversation that a customer opened, with its status, priority,
 * assignee, the times that service figures are computed from, and its status history (each
 * change with its time, in time order).
 *
 * Checked: solved, closed and first-reply times are not before creation; the status history is
 * in time order.
 *
 * @example
 * ```ts
 * import { CaseSchema } from "@rapport/core";
 * CaseSchema.parse({
 *   id: "case_1",
 *   customerId: "cus_1",
 *   subject: "Refund for order 1001",
 *   channel: "email",
 *   status: "solved",
 *   createdAt: "2024-03-01T09:00:00Z",
 *   firstReplyAt: "2024-03-01T09:45:00Z",
 *   solvedAt: "2024-03-02T11:00:00Z",
 * });
 * ```
 */
export const CaseSchema = /* @__PURE__ */ z
  .object({
    id: CaseIdSchema.describe("The case's id."),
    customerId: CustomerIdSchema.describe("The customer who opened the case."),
    subject: z.string().optional().describe("The subject line."),
    channel: ChannelSchema.describe("The channel the case was opened on."),
    status: z.enum(CASE_STATUSES).describe("The current status."),
    priority: z.enum(CASE_PRIORITIES).default("normal").describe("The current priority."),
    assigneeId: AgentIdSchema.optional().describe("The agent the case is assigned to."),
    teamId: TeamIdSchema.optional().describe("The team the case is assigned to."),
    createdAt: DateTimeSchema.describe("When the case was opened."),
    updatedAt: DateTimeSchema.optional().describe("When the case last changed."),
    firstReplyAt: DateTimeSchema.optional().describe(
      "When an agent first replied; not before `createdAt`.",
    ),
    solvedAt: DateTimeSchema.optional().describe(
      "When the case was solved; not before `createdAt`.",
    ),
    closedAt: DateTimeSchema.optional().describe(
      "When the case was closed; not before `createdAt`.",
    ),
    reopenCount: z.int().nonnegative().default(0).describe("How many times the case was reopened."),
    tags: TagsSchema.describe("Free-form tags, in the order given."),
    statusHistory: z
      .array(StatusChangeSchema)
      .default([])
      .describe("Every status change, in time order."),
    source: SourceRefSchema.optional().describe(
      "The record in the source system the case came from.",
    ),
  })
  .superRefine((value, ctx) => {
    notBefore(ctx, "firstReplyAt", value.firstReplyAt, value.createdAt);
    notBefore(ctx, "solvedAt", value.solvedAt, value.createdAt);
    notBefore(ctx, "closedAt", value.closedAt, value.createdAt);
    value.statusHistory.forEach((change, index) => {
      const previous = value.statusHistory[index - 1];
      if (previous && change.at.getTime() < previous.at.getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["statusHistory", index, "at"],
          input: change.at,
          message: `expected status changes in time order (not before statusHistory[${index - 1}] at ${previous.at.toISOString()})`,
        });
      }
    });
  });

/**
 * A case, in memory (dates as `Date`). See {@link CaseSchema}.
 *
 * @example
 * ```ts
 * import { parseCase, type Case } from "@rapport/core";
 * const value: Case = parseCase({
 *   id: "case_1",
 *   customerId: "cus_1",
 *   channel: "chat",
 *   status: "open",
 *   createdAt: "2024-03-01T09:00:00Z",
 * });
 * ```
 */
export type Case = z.output<typeof CaseSchema>;
/**
 * A case as JSON on the wire (dates as ISO 8601 strings). See {@link CaseSchema}.
 *
 * @example
 * ```ts
 * import type { CaseJson } from "@rapport/core";
 * const json: CaseJson = {
 *   id: "case_1",
 *   customerId: "cus_1",
 *   channel: "email",
 *   status: "pending",
 *   createdAt: "2024-03-01T09:00:00Z",
 *   statusHistory: [{ status: "pending", at: "2024-03-01T10:00:00Z" }],
 * };
 * ```
 */
export type CaseJson = z.input<typeof CaseSchema>;

const codec = /* @__PURE__ */ entityCodec("Case", CaseSchema);

/**
 * Validates unknown input as a {@link Case}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseCase } from "@rapport/core";
 * parseCase({
 *   id: "case_1",
 *   customerId: "cus_1",
 *   channel: "chat",
 *   status: "open",
 *   createdAt: "2024-03-01T09:00:00Z",
 * });
 * ```
 */
export const parseCase = (input: unknown, options?: ParseOptions | number): Case =>
  codec.parse(input, options);
/**
 * Like {@link parseCase}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseCase } from "@rapport/core";
 * const result = safeParseCase({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseCase = (
  input: unknown,
  options?: ParseOptions | number,
): SafeParseResult<Case> => codec.safeParse(input, options);
/**
 * Decodes a case from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeCase } from "@rapport/core";
 * decodeCase({
 *   id: "case_1",
 *   customerId: "cus_1",
 *   channel: "email",
 *   status: "pending",
 *   createdAt: "2024-03-01T09:00:00Z",
 *   statusHistory: [{ status: "pending", at: "2024-03-01T10:00:00Z" }],
 * });
 * ```
 */
export const decodeCase = (json: CaseJson, options?: ParseOptions | number): Case =>
  codec.decode(json, options);
/**
 * Encodes a case to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeCase, encodeCase } from "@rapport/core";
 * JSON.stringify(encodeCase(decodeCase({
 *   id: "case_1",
 *   customerId: "cus_1",
 *   channel: "email",
 *   status: "pending",
 *   createdAt: "2024-03-01T09:00:00Z",
 *   statusHistory: [{ status: "pending", at: "2024-03-01T10:00:00Z" }],
 * })));
 * ```
 */
export const encodeCase = (value: Case): CaseJson => codec.encode(value);
