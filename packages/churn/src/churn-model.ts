// The churn model's types, inferred from its schemas by type only: importing them loads no zod.
import type * as z from "zod";
import type { ChurnModelSchema, ChurnTermSchema } from "./churn-model-schema";

/**
 * A churn model term, validated. Its schema is `ChurnTermSchema` of `@rapport/churn/schema`.
 *
 * @example
 * ```ts
 * import type { ChurnTerm } from "@rapport/churn";
 * const term: ChurnTerm = { signal: "transfers", weight: 0.2, transform: "identity", center: 0 };
 * ```
 */
export type ChurnTerm = z.output<typeof ChurnTermSchema>;

/**
 * A churn model, validated. Its schema is `ChurnModelSchema` of `@rapport/churn/schema`.
 *
 * @example
 * ```ts
 * import { defaultChurnModel, type ChurnModel } from "@rapport/churn";
 * const model: ChurnModel = defaultChurnModel;
 * ```
 */
export type ChurnModel = z.output<typeof ChurnModelSchema>;

/**
 * A churn model as a user writes it (defaults may be left out). Its schema is `ChurnModelSchema` of `@rapport/churn/schema`.
 *
 * @example
 * ```ts
 * import type { ChurnModelInput } from "@rapport/churn";
 * const input: ChurnModelInput = {
 *   name: "mine", intercept: -2, terms: [{ signal: "transfers", weight: 0.2 }],
 *   bands: { medium: 0.3, high: 0.6 },
 * };
 * ```
 */
export type ChurnModelInput = z.input<typeof ChurnModelSchema>;
