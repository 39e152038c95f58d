import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { DATA_SUBJECT_RIGHTS, REQUEST_OUTCOMES } from "./enumerations";
import { CustomerIdSchema, RecordIdSchema } from "./ids";
import { ChannelSchema, SourceRefSchema } from "./vocabulary";

// The outcomes that withhold something and so owe the customer the reasons (GDPR Art. 12(4)).
const REASONED_OUTCOMES: readonly string[] = ["refused", "partially_fulfilled"];

const notBefore = (
  ctx: z.core.$RefinementCtx,
  field: string,
  value: Date | undefined,
  other: string,
  bound: Date,
) => {
  if (value !== undefined && value.getTime() < bound.getTime()) {
    ctx.addIssue({
      code: "custom",
      path: [field],
      input: value,
      message: `expected ${field} not before ${other} (${bound.toISOString()})`,
    });
  }
};

const together = (
  ctx: z.core.$RefinementCtx,
  field: string,
  value: unknown,
  required: boolean,
  when: string,
) => {
  if (required && value === undefined) {
    ctx.addIssue({
      code: "custom",
      path: [field],
      input: value,
      message: `expected ${field} ${when}`,
    });
  } else if (!required && value !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: [field],
      input: value,
      message: `expected no ${field} unless ${when.replace(/^when /, "")}`,
    });
  }
};

/**
 * A request a data subject made to exercise a right over their data (GDPR/UK GDPR Arts.
 * 15–22, CCPA/CPRA, LGPD Art. 18): which right, when it was received, verified, extended
 * (with the reason notified to the customer) and completed (with the outcome, and for a
 * refusal the reason). Kept as proof of compliance (GDPR Art. 5(2)).
 *
 * Checked: `verifiedAt`, `extendedAt` and `completedAt` are not before `receivedAt`;
 * `extendedAt` is not after `completedAt`; `extensionReason` is given exactly when
 * `extendedAt` is; `outcome` exactly when `completedAt` is; `refusalReason` exactly when the
 * outcome is `refused` or `partially_fulfilled`.
 *
 * @example
 * ```ts
 * import { DataSubjectRequestSchema } from "@rapport/core";
 * DataSubjectRequestSchema.parse({
 *   id: "dsr_1",
 *   customerId: "cus_1",
 *   right: "access",
 *   receivedAt: "2024-03-01T10:00:00Z",
 *   completedAt: "2024-03-12T16:00:00Z",
 *   outcome: "fulfilled",
 *   jurisdiction: "EU",
 * });
 * ```
 */
export const DataSubjectRequestSchema = /* @__PURE__ */ z
  .object({
    id: RecordIdSchema.describe("The request's id."),
    customerId: CustomerIdSchema.describe("The customer (the data subject) who made it."),
    right: z.enum(DATA_SUBJECT_RIGHTS).describe("The right exercised."),
    receivedAt: DateTimeSchema.describe("When it was received: the deadline runs from here."),
    verifiedAt: DateTimeSchema.optional().describe("When the requester's identity was verified."),
    extendedAt: DateTimeSchema.optional().describe(
      "When the customer was told the deadline is extended; within the first period.",
    ),
    extensionReason: z
      .string()
      .min(1)
      .optional()
      .describe("The reason for the extension given to the customer; with `extendedAt`."),
    completedAt: DateTimeSchema.optional().describe("When the request was answered."),
    outcome: z.enum(REQUEST_OUTCOMES).optional().describe("How it ended; with `completedAt`."),
    refusalReason: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Why it was refused in whole or part; with a `refused` or `partially_fulfilled` outcome.",
      ),
    jurisdiction: z
      .string()
      .min(1)
      .optional()
      .describe('The regime it falls under, e.g. `"EU"`, `"UK"`, `"US-CA"`, `"BR"`.'),
    channel: ChannelSchema.optional().describe("The channel it was received on."),
    source: SourceRefSchema.optional().describe("The record in the source system it came from."),
  })
  .superRefine((value, ctx) => {
    notBefore(ctx, "verifiedAt", value.verifiedAt, "receivedAt", value.receivedAt);
    notBefore(ctx, "extendedAt", value.extendedAt, "receivedAt", value.receivedAt);
    notBefore(ctx, "completedAt", value.completedAt, "receivedAt", value.receivedAt);
    if (value.extendedAt && value.completedAt && value.extendedAt > value.completedAt) {
      ctx.addIssue({
        code: "custom",
        path: ["extendedAt"],
        input: value.extendedAt,
        message: `expected extendedAt not after completedAt (${value.completedAt.toISOString()})`,
      });
    }
    together(
      ctx,
      "extensionReason",
      value.extensionReason,
      value.extendedAt !== undefined,
      "when extendedAt is given",
    );
    together(
      ctx,
      "outcome",
      value.outcome,
      value.completedAt !== undefined,
      "when completedAt is given",
    );
    together(
      ctx,
      "refusalReason",
      value.refusalReason,
      value.outcome !== undefined && REASONED_OUTCOMES.includes(value.outcome),
      'when the outcome is "refused" or "partially_fulfilled"',
    );
  });

/**
 * A data-subject request, in memory (dates as `Date`). See {@link DataSubjectRequestSchema}.
 *
 * @example
 * ```ts
 * import { parseDataSubjectRequest, type DataSubjectRequest } from "@rapport/core";
 * const value: DataSubjectRequest = parseDataSubjectRequest({
 *   id: "dsr_1",
 *   customerId: "cus_1",
 *   right: "erasure",
 *   receivedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export type DataSubjectRequest = z.output<typeof DataSubjectRequestSchema>;
/**
 * A data-subject request as JSON on the wire (dates as ISO 8601 strings). See
 * {@link DataSubjectRequestSchema}.
 *
 * @example
 * ```ts
 * import type { DataSubjectRequestJson } from "@rapport/core";
 * const json: DataSubjectRequestJson = {
 *   id: "dsr_2",
 *   customerId: "cus_1",
 *   right: "opt_out_of_sale",
 *   receivedAt: "2024-03-01T10:00:00Z",
 *   jurisdiction: "US-CA",
 * };
 * ```
 */
export type DataSubjectRequestJson = z.input<typeof DataSubjectRequestSchema>;

const codec = /* @__PURE__ */ entityCodec("DataSubjectRequest", DataSubjectRequestSchema);

/**
 * Validates unknown input as a {@link DataSubjectRequest}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with
 * `{ unknownKeys: "reject" }` each one is an `unknown_key` issue that names the nearest known
 * field.
 *
 * @example
 * ```ts
 * import { parseDataSubjectRequest } from "@rapport/core";
 * parseDataSubjectRequest({
 *   id: "dsr_1",
 *   customerId: "cus_1",
 *   right: "access",
 *   receivedAt: "2024-03-01T10:00:00Z",
 *   completedAt: "2024-03-20T10:00:00Z",
 *   outcome: "refused",
 *   refusalReason: "identity could not be verified",
 * });
 * ```
 */
export const parseDataSubjectRequest = (
  input: unknown,
  options?: ParseOptions | number,
): DataSubjectRequest => codec.parse(input, options);
/**
 * Like {@link parseDataSubjectRequest}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseDataSubjectRequest } from "@rapport/core";
 * const result = safeParseDataSubjectRequest({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseDataSubjectRequest = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<DataSubjectRequest> => codec.safeParse(input, options);
/**
 * Decodes a data-subject request from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeDataSubjectRequest } from "@rapport/core";
 * decodeDataSubjectRequest({
 *   id: "dsr_1",
 *   customerId: "cus_1",
 *   right: "portability",
 *   receivedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const decodeDataSubjectRequest = (
  json: DataSubjectRequestJson,
  options?: ParseOptions | number,
): DataSubjectRequest => codec.decode(json, options);
/**
 * Encodes a data-subject request to JSON (`Date`s become ISO 8601 strings in UTC); decoding
 * the result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeDataSubjectRequest, encodeDataSubjectRequest } from "@rapport/core";
 * JSON.stringify(encodeDataSubjectRequest(decodeDataSubjectRequest({
 *   id: "dsr_1",
 *   customerId: "cus_1",
 *   right: "portability",
 *   receivedAt: "2024-03-01T10:00:00Z",
 * })));
 * ```
 */
export const encodeDataSubjectRequest = (value: DataSubjectRequest): DataSubjectRequestJson =>
  codec.encode(value);
