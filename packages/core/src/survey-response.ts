import * as z from "zod";
import { DateTimeSchema } from "./date-time";
import { entityCodec, type ParseOptions, type SafeParseResult } from "./entity-codec";
import { AgentIdSchema, CaseIdSchema, CustomerIdSchema, RecordIdSchema, TeamIdSchema } from "./ids";
import { integerOnScale } from "./scale-bounds";
import { HappinessRatingSchema, SatisfactionReasonSchema, SurveyItemSchema } from "./survey-item";
import { checkSurveyResponse } from "./survey-response-check";
import { ChannelSchema, SourceRefSchema } from "./vocabulary";

const responseBase = {
  id: RecordIdSchema.describe("The response's id."),
  customerId: CustomerIdSchema.describe("The customer who answered."),
  caseId: CaseIdSchema.optional().describe("The case the survey asked about, if any."),
  agentId: AgentIdSchema.optional().describe("The agent the survey rated, if any."),
  teamId: TeamIdSchema.optional().describe("The team the survey rated, if any."),
  channel: ChannelSchema.optional().describe("The channel the rated contact happened on."),
  respondedAt: DateTimeSchema.describe("When the customer answered."),
  comment: z.string().optional().describe("The customer's comment, as written."),
  surveyId: z.string().optional().describe('The survey it answers, e.g. `"post-case"`.'),
  source: SourceRefSchema.optional().describe("The record in the source system it came from."),
  items: z
    .array(SurveyItemSchema)
    .optional()
    .describe("Further questions of the same survey, each on its own scale, in the order asked."),
  reason: SatisfactionReasonSchema.optional().describe(
    "The reason the customer gave for a bad rating, where the platform asks for one.",
  ),
};

/**
 * A CSAT answer on the binary scale: `"good"` or `"bad"` (as Zendesk asks it).
 *
 * @example
 * ```ts
 * import { BinaryCsatResponseSchema } from "@rapport/core";
 * BinaryCsatResponseSchema.parse({
 *   kind: "csat", scale: "binary", score: "good",
 *   id: "r1", customerId: "cus_1", respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const BinaryCsatResponseSchema = /* @__PURE__ */ z.object({
  kind: z.literal("csat").describe('The survey kind: `"csat"`.'),
  scale: z.literal("binary").describe('The scale: `"binary"`.'),
  score: z
    .enum(["good", "bad"], { error: 'expected "good" or "bad" on the binary scale' })
    .describe('`"good"` or `"bad"`.'),
  ...responseBase,
});

/**
 * A CSAT answer on the five-point scale: an integer from 1 (very unsatisfied) to 5 (very
 * satisfied).
 *
 * @example
 * ```ts
 * import { FivePointCsatResponseSchema } from "@rapport/core";
 * FivePointCsatResponseSchema.parse({
 *   kind: "csat", scale: "five_point", score: 4,
 *   id: "r1", customerId: "cus_1", respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const FivePointCsatResponseSchema = /* @__PURE__ */ z.object({
  kind: z.literal("csat").describe('The survey kind: `"csat"`.'),
  scale: z.literal("five_point").describe('The scale: `"five_point"`.'),
  score: integerOnScale("five_point").describe(
    "An integer from 1 (very unsatisfied) to 5 (very satisfied).",
  ),
  ...responseBase,
});

/**
 * An NPS answer: "How likely are you to recommend us?", an integer from 0 to 10.
 *
 * @example
 * ```ts
 * import { NpsResponseSchema } from "@rapport/core";
 * NpsResponseSchema.parse({
 *   kind: "nps", score: 9, id: "r2", customerId: "cus_1", respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const NpsResponseSchema = /* @__PURE__ */ z.object({
  kind: z.literal("nps").describe('The survey kind: `"nps"`.'),
  scale: z.literal("zero_to_ten").default("zero_to_ten").describe('The scale: `"zero_to_ten"`.'),
  score: integerOnScale("zero_to_ten").describe(
    "How likely the customer is to recommend, an integer from 0 to 10.",
  ),
  ...responseBase,
});

/**
 * A CES answer: "The company made it easy to handle my issue", an agreement scale, 1-7 (CES
 * 2.0, `seven_point`) or 1-5 (`five_point`). Higher means easier.
 *
 * @example
 * ```ts
 * import { CesResponseSchema } from "@rapport/core";
 * CesResponseSchema.parse({
 *   kind: "ces", scale: "seven_point", score: 6,
 *   id: "r3", customerId: "cus_1", respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const CesResponseSchema = /* @__PURE__ */ z.discriminatedUnion("scale", [
  z.object({
    kind: z.literal("ces").describe('The survey kind: `"ces"`.'),
    scale: z.literal("seven_point").describe('The scale: `"seven_point"` or `"five_point"`.'),
    score: integerOnScale("seven_point").describe(
      "How easy it was, an integer from 1 to 7 (or 1 to 5 on the five-point scale).",
    ),
    ...responseBase,
  }),
  z.object({
    kind: z.literal("ces").describe('The survey kind: `"ces"`.'),
    scale: z.literal("five_point").describe('The scale: `"seven_point"` or `"five_point"`.'),
    score: integerOnScale("five_point").describe(
      "How easy it was, an integer from 1 to 7 (or 1 to 5 on the five-point scale).",
    ),
    ...responseBase,
  }),
]);

/**
 * A happiness answer on the three-point scale (Help Scout's "Great / Okay / Not good"):
 * `"great"`, `"okay"` or `"not_good"`. Scored as % Great − % Not good.
 *
 * @example
 * ```ts
 * import { HappinessResponseSchema } from "@rapport/core";
 * HappinessResponseSchema.parse({
 *   kind: "happiness", score: "great",
 *   id: "r4", customerId: "cus_1", respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const HappinessResponseSchema = /* @__PURE__ */ z.object({
  kind: z.literal("happiness").describe('The survey kind: `"happiness"`.'),
  scale: z.literal("three_point").default("three_point").describe('The scale: `"three_point"`.'),
  score: HappinessRatingSchema,
  ...responseBase,
});

/**
 * An answer to a care survey, discriminated on `kind` (`"csat"`, `"nps"`, `"ces"`,
 * `"happiness"`) and, for
 * CSAT and CES, on `scale`. Scores outside the scale, or not integers, are rejected with a
 * message naming the scale; they are never coerced.
 *
 * @example
 * ```ts
 * import { SurveyResponseSchema } from "@rapport/core";
 * const response = SurveyResponseSchema.parse({
 *   kind: "nps",
 *   score: 10,
 *   id: "r1",
 *   customerId: "cus_1",
 *   respondedAt: "2024-03-01T10:00:00+01:00",
 * });
 * if (response.kind === "nps") console.log(response.score);
 * ```
 */
export const SurveyResponseSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.discriminatedUnion("scale", [BinaryCsatResponseSchema, FivePointCsatResponseSchema]),
  NpsResponseSchema,
  CesResponseSchema,
  HappinessResponseSchema,
]);

/**
 * A survey answer of one kind, e.g. `SurveyResponseOf<"nps">`.
 *
 * @example
 * ```ts
 * import type { SurveyResponseOf } from "@rapport/core";
 * const scores = (responses: SurveyResponseOf<"nps">[]) => responses.map((r) => r.score);
 * ```
 */
export type SurveyResponseOf<Kind extends SurveyResponse["kind"]> = Extract<
  SurveyResponse,
  { kind: Kind }
>;

/**
 * A survey response, in memory (dates as `Date`). See {@link SurveyResponseSchema}.
 *
 * @example
 * ```ts
 * import { parseSurveyResponse, type SurveyResponse } from "@rapport/core";
 * const value: SurveyResponse = parseSurveyResponse({
 *   kind: "csat",
 *   scale: "five_point",
 *   score: 4,
 *   id: "r1",
 *   customerId: "cus_1",
 *   respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export type SurveyResponse = z.output<typeof SurveyResponseSchema>;
/**
 * A survey response as JSON on the wire (dates as ISO 8601 strings). See {@link SurveyResponseSchema}.
 *
 * @example
 * ```ts
 * import type { SurveyResponseJson } from "@rapport/core";
 * const json: SurveyResponseJson = {
 *   kind: "ces",
 *   scale: "seven_point",
 *   score: 6,
 *   id: "r1",
 *   customerId: "cus_1",
 *   respondedAt: "2024-03-01T10:00:00Z",
 * };
 * ```
 */
export type SurveyResponseJson = z.input<typeof SurveyResponseSchema>;

// The check returns exactly what the schema would (its property test holds them together).
const codec = /* @__PURE__ */ entityCodec(
  "SurveyResponse",
  SurveyResponseSchema,
  checkSurveyResponse as (input: unknown) => SurveyResponse | undefined,
);

/**
 * Validates unknown input as a {@link SurveyResponse}; throws a `RapportValidationError`
 * listing every issue as `path: expected …, received …`. Unknown fields are dropped; with `{ unknownKeys: "reject" }` each one is an
 * `unknown_key` issue that names the nearest known field.
 *
 * @example
 * ```ts
 * import { parseSurveyResponse } from "@rapport/core";
 * parseSurveyResponse({
 *   kind: "csat",
 *   scale: "five_point",
 *   score: 4,
 *   id: "r1",
 *   customerId: "cus_1",
 *   respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const parseSurveyResponse = (
  input: unknown,
  options?: ParseOptions | number,
): SurveyResponse => codec.parse(input, options);
/**
 * Like {@link parseSurveyResponse}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @example
 * ```ts
 * import { safeParseSurveyResponse } from "@rapport/core";
 * const result = safeParseSurveyResponse({});
 * if (!result.success) console.log(result.error.message);
 * ```
 */
export const safeParseSurveyResponse = (
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<SurveyResponse> => codec.safeParse(input, options);
/**
 * Decodes a survey response from its JSON form (ISO 8601 strings become `Date`s).
 *
 * @example
 * ```ts
 * import { decodeSurveyResponse } from "@rapport/core";
 * decodeSurveyResponse({
 *   kind: "ces",
 *   scale: "seven_point",
 *   score: 6,
 *   id: "r1",
 *   customerId: "cus_1",
 *   respondedAt: "2024-03-01T10:00:00Z",
 * });
 * ```
 */
export const decodeSurveyResponse = (
  json: SurveyResponseJson,
  options?: ParseOptions,
): SurveyResponse => codec.decode(json, options);
/**
 * Encodes a survey response to JSON (`Date`s become ISO 8601 strings in UTC); decoding the
 * result gives an equal value.
 *
 * @example
 * ```ts
 * import { decodeSurveyResponse, encodeSurveyResponse } from "@rapport/core";
 * JSON.stringify(encodeSurveyResponse(decodeSurveyResponse({
 *   kind: "ces",
 *   scale: "seven_point",
 *   score: 6,
 *   id: "r1",
 *   customerId: "cus_1",
 *   respondedAt: "2024-03-01T10:00:00Z",
 * })));
 * ```
 */
export const encodeSurveyResponse = (value: SurveyResponse): SurveyResponseJson =>
  codec.encode(value);
