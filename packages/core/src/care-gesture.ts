import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { GESTURE_KINDS } from "./enumerations";
import { AgentIdSchema, CaseIdSchema, CustomerIdSchema, RecordIdSchema, TeamIdSchema } from "./ids";
import { MoneySchema, SourceRefSchema } from "./vocabulary";

/**
 * A goodwill gesture an agent granted a customer: a discount, refund, credit, replacement (each
 * with its money `value`) or extra time (with `minutes`), the reason, and when.
 *
 * @example
 * ```ts
 * import { CareGestureSchema } from "@rapport/core";
 * CareGestureSchema.parse({
 *   id: "g_1",
 *   customerId: "cus_1",
 *   agentId: "agt_1",
 *   kind: "credit",
 *   value: { amount: 1000, currency: "EUR" },
 *   reason: "Late delivery",
 *   grantedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const CareGestureSchema = /* @__PURE__ */ z.object({
  id: RecordIdSchema.describe("The gesture's id."),
  customerId: CustomerIdSchema.describe("The customer it was granted to."),
  agentId: AgentIdSchema.describe("The agent who granted it."),
  teamId: TeamIdSchema.optional().describe("The agent's team."),
  caseId: CaseIdSchema.optional().describe("The case it was granted in, if any."),
  kind: z.enum(GESTURE_KINDS).describe("The kind of gesture."),
  value: MoneySchema.optional().describe("Its value in money, for credits, refunds and discounts."),
  minutes: z.number().positive().optional().describe("Its length in minutes, for extra time."),
  reason: z.string().min(1).describe("Why it was granted."),
  grantedAt: DateTimeSchema.describe("When it was granted."),
  source: SourceRefSchema.optional().describe("The record in the source system it came from."),
});

/**
 * A care gesture, in memory (dates as `Date`). See {@link CareGestureSchema}.
 *
 * @example
 * ```ts
 * import { parseCareGesture, type CareGesture } from "@rapport/core";
 * const value: CareGesture = parseCareGesture({
 *   id: "g_1",
 *   customerId: "cus_1",
 *   agentId: "agt_1",
 *   kind: "extra_time",
 *   minutes: 15,
 *   reason: "Walked the customer through setup",
 *   grantedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export type CareGesture = z.output<typeof CareGestureSchema>;
/**
 * A care gesture as JSON on the wire (dates as ISO 8601 strings). See {@link CareGestureSchema}.
 *
 * @example
 * ```ts
 * import type { CareGestureJson } from "@rapport/core";
 * const json: CareGestureJson = {
 *   id: "g_2",
 *   customerId: "cus_1",
 *   agentId: "agt_1",
 *   kind: "discount",
 *   value: { amount: 500, currency: "USD" },
 *   reason: "Bad CSAT follow-up",
 *   grantedAt: "2024-03-01T10:00:00Z",
 * };
 * ```
 */
export type CareGestureJson = z.input<typeof CareGestureSchema>;

const codec = /* @__PURE__ */ entityCodec("CareGesture", CareGestureSchema);

/**
 * Validates unknown input as a {@link CareGesture}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseCareGesture } from "@rapport/core";
 * parseCareGesture({
 *   id: "g_1",
 *   customerId: "cus_1",
 *   agentId: "agt_1",
 *   kind: "extra_time",
 *   minutes: 15,
 *   reason: "Walked the customer through setup",
 *   grantedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const parseCareGesture = (input: unknown, options?: ParseOptions | number): CareGesture =>
  codec.parse(input, options);
/**
 * Like {@link parseCareGesture}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseCareGesture } from "@rapport/core";
 * const result = safeParseCareGesture({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseCareGesture = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<CareGesture> => codec.safeParse(input, options);
/**
 * Decodes a care gesture from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeCareGesture } from "@rapport/core";
 * decodeCareGesture({
 *   id: "g_2",
 *   customerId: "cus_1",
 *   agentId: "agt_1",
 *   kind: "discount",
 *   value: { amount: 500, currency: "USD" },
 *   reason: "Bad CSAT follow-up",
 *   grantedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const decodeCareGesture = (
  json: CareGestureJson,
  options?: ParseOptions | number,
): CareGesture => codec.decode(json, options);
/**
 * Encodes a care gesture to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeCareGesture, encodeCareGesture } from "@rapport/core";
 * JSON.stringify(encodeCareGesture(decodeCareGesture({
 *   id: "g_2",
 *   customerId: "cus_1",
 *   agentId: "agt_1",
 *   kind: "discount",
 *   value: { amount: 500, currency: "USD" },
 *   reason: "Bad CSAT follow-up",
 *   grantedAt: "2024-03-01T10:00:00Z",
 * })));
 * ```
 */
export const encodeCareGesture = (value: CareGesture): CareGestureJson => codec.encode(value);
