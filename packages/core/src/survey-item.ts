import * as z from "zod";
import { integerOnScale } from "./scale-bounds";

const itemBase = {
  questionId: z.string().min(1).describe('The question it answers, e.g. `"agent_knowledge"`.'),
  wording: z.string().optional().describe("The question as the customer read it."),
};

/**
 * The three answers of the happiness scale (Help Scout's "Great / Okay / Not good"), best
 * first.
 *
 * @example
 * ```ts
 * import { HAPPINESS_RATINGS } from "@rapport/core";
 * HAPPINESS_RATINGS[0]; // "great"
 * ```
 */
export const HAPPINESS_RATINGS = ["great", "okay", "not_good"] as const;

/**
 * One answer of the happiness scale: `"great"`, `"okay"` or `"not_good"`.
 *
 * @example
 * ```ts
 * import type { HappinessRating } from "@rapport/core";
 * const rating: HappinessRating = "okay";
 * ```
 */
export type HappinessRating = (typeof HAPPINESS_RATINGS)[number];

/** The zod enum of {@link HAPPINESS_RATINGS}; internal to core. */
export const HappinessRatingSchema = /* @__PURE__ */ z
  .enum(HAPPINESS_RATINGS, {
    error: 'expected "great", "okay" or "not_good" on the three_point scale',
  })
  .describe('`"great"`, `"okay"` or `"not_good"`.');

/**
 * One question of a survey with several: its id, its wording and the answer on its own scale
 * (`binary` good/bad, `three_point` great/okay/not_good, `five_point` 1-5, `seven_point` 1-7,
 * `zero_to_ten` 0-10), discriminated on `scale`. Scores outside the scale are rejected,
 * never coerced.
 *
 * @example
 * ```ts
 * import { SurveyItemSchema } from "@rapport/core";
 * SurveyItemSchema.parse({
 *   questionId: "agent_knowledge", wording: "The agent knew the answer", scale: "five_point", score: 4,
 * });
 * ```
 */
export const SurveyItemSchema = /* @__PURE__ */ z.discriminatedUnion("scale", [
  z.object({
    ...itemBase,
    scale: z.literal("binary").describe("The scale of this question."),
    score: z
      .enum(["good", "bad"], { error: 'expected "good" or "bad" on the binary scale' })
      .describe("The answer on the item's scale."),
  }),
  z.object({
    ...itemBase,
    scale: z.literal("three_point").describe("The scale of this question."),
    score: HappinessRatingSchema,
  }),
  z.object({
    ...itemBase,
    scale: z.literal("five_point").describe("The scale of this question."),
    score: integerOnScale("five_point").describe("The answer on the item's scale."),
  }),
  z.object({
    ...itemBase,
    scale: z.literal("seven_point").describe("The scale of this question."),
    score: integerOnScale("seven_point").describe("The answer on the item's scale."),
  }),
  z.object({
    ...itemBase,
    scale: z.literal("zero_to_ten").describe("The scale of this question."),
    score: integerOnScale("zero_to_ten").describe("The answer on the item's scale."),
  }),
]);

/**
 * One answered question of a survey with several. See {@link SurveyItemSchema}.
 *
 * @example
 * ```ts
 * import type { SurveyItem } from "@rapport/core";
 * const item: SurveyItem = { questionId: "speed", scale: "seven_point", score: 6 };
 * ```
 */
export type SurveyItem = z.output<typeof SurveyItemSchema>;

/**
 * The reason a customer gave for a bad rating, as Zendesk's satisfaction reasons send it: the
 * platform's code or id where it has one, and the label shown to the customer.
 *
 * @example
 * ```ts
 * import { SatisfactionReasonSchema } from "@rapport/core";
 * SatisfactionReasonSchema.parse({ code: "1001", label: "The issue took too long to resolve" });
 * ```
 */
export const SatisfactionReasonSchema = /* @__PURE__ */ z.object({
  code: z.string().optional().describe("The platform's code or id of the reason, as a string."),
  label: z.string().min(1).describe("The reason as the customer chose or wrote it."),
});

/**
 * A reason for a bad rating. See {@link SatisfactionReasonSchema}.
 *
 * @example
 * ```ts
 * import type { SatisfactionReason } from "@rapport/core";
 * const reason: SatisfactionReason = { label: "The agent was not helpful" };
 * ```
 */
export type SatisfactionReason = z.output<typeof SatisfactionReasonSchema>;
