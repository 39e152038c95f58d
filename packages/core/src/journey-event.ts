import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { CustomerIdSchema, RecordIdSchema } from "./ids";
import { SourceRefSchema } from "./vocabulary";

/**
 * Something that happened on a customer's journey: a touchpoint (`name`, e.g. "Trial Started")
 * and, where it marks one, the journey stage it puts the customer in (`stage`, e.g.
 * `"onboarding"`). `properties` keeps the event's own data.
 *
 * @example
 * ```ts
 * import { JourneyEventSchema } from "@rapport/core";
 * JourneyEventSchema.parse({
 *   id: "ev_1",
 *   customerId: "cus_1",
 *   name: "Order Completed",
 *   stage: "purchase",
 *   occurredAt: "2024-03-01T12:00:00Z",
 *   properties: { orderId: "1001" },
 * });
 * ```
 */
export const JourneyEventSchema = /* @__PURE__ */ z.object({
  id: RecordIdSchema.describe("The event's id."),
  customerId: CustomerIdSchema.describe("The customer it happened to."),
  name: z.string().min(1).describe('What happened, e.g. `"Signed Up"`.'),
  stage: z
    .string()
    .min(1)
    .optional()
    .describe('The journey stage the event marks, e.g. `"onboarding"`.'),
  occurredAt: DateTimeSchema.describe("When it happened."),
  source: SourceRefSchema.optional().describe("The record in the source system it came from."),
  properties: z
    .record(z.string(), z.unknown())
    .default({})
    .describe("Anything else the event carries, as given."),
});

/**
 * A journey event, in memory (dates as `Date`). See {@link JourneyEventSchema}.
 *
 * @example
 * ```ts
 * import { parseJourneyEvent, type JourneyEvent } from "@rapport/core";
 * const value: JourneyEvent = parseJourneyEvent({
 *   id: "ev_1",
 *   customerId: "cus_1",
 *   name: "Signed Up",
 *   stage: "onboarding",
 *   occurredAt: "2024-03-01T12:00:00Z",
 * });
 * ```
 */
export type JourneyEvent = z.output<typeof JourneyEventSchema>;
/**
 * A journey event as JSON on the wire (dates as ISO 8601 strings). See {@link JourneyEventSchema}.
 *
 * @example
 * ```ts
 * import type { JourneyEventJson } from "@rapport/core";
 * const json: JourneyEventJson = {
 *   id: "ev_1",
 *   customerId: "cus_1",
 *   name: "Page Viewed",
 *   occurredAt: "2024-03-01T12:00:00Z",
 * };
 * ```
 */
export type JourneyEventJson = z.input<typeof JourneyEventSchema>;

const codec = /* @__PURE__ */ entityCodec("JourneyEvent", JourneyEventSchema);

/**
 * Validates unknown input as a {@link JourneyEvent}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseJourneyEvent } from "@rapport/core";
 * parseJourneyEvent({
 *   id: "ev_1",
 *   customerId: "cus_1",
 *   name: "Signed Up",
 *   stage: "onboarding",
 *   occurredAt: "2024-03-01T12:00:00Z",
 * });
 * ```
 */
export const parseJourneyEvent = (input: unknown, options?: ParseOptions | number): JourneyEvent =>
  codec.parse(input, options);
/**
 * Like {@link parseJourneyEvent}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseJourneyEvent } from "@rapport/core";
 * const result = safeParseJourneyEvent({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseJourneyEvent = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<JourneyEvent> => codec.safeParse(input, options);
/**
 * Decodes a journey event from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent } from "@rapport/core";
 * decodeJourneyEvent({
 *   id: "ev_1",
 *   customerId: "cus_1",
 *   name: "Page Viewed",
 *   occurredAt: "2024-03-01T12:00:00Z",
 * });
 * ```
 */
export const decodeJourneyEvent = (
  json: JourneyEventJson,
  options?: ParseOptions | number,
): JourneyEvent => codec.decode(json, options);
/**
 * Encodes a journey event to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeJourneyEvent, encodeJourneyEvent } from "@rapport/core";
 * JSON.stringify(encodeJourneyEvent(decodeJourneyEvent({
 *   id: "ev_1",
 *   customerId: "cus_1",
 *   name: "Page Viewed",
 *   occurredAt: "2024-03-01T12:00:00Z",
 * })));
 * ```
 */
export const encodeJourneyEvent = (value: JourneyEvent): JourneyEventJson => codec.encode(value);
