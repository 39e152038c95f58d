import { RapportValidationError } from "@rapport/core/errors";
import { describeValue } from "@rapport/stats";
import type { ChurnModel } from "./churn-model";
import { ChurnModelSchema } from "./churn-model-schema";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * Validates a user's own churn model and fills its defaults. Throws a
 * `RapportValidationError` listing every problem with its path, the value received and what
 * was expected, e.g. `terms[1].signal: expected a known signal (…), received "mood"`.
 *
 * @example
 * ```ts
 * import { defineChurnModel } from "@rapport/churn/schema";
 * const model = defineChurnModel({
 *   name: "support-heavy",
 *   intercept: -2.2,
 *   terms: [
 *     { signal: "reopenedCases", weight: 0.6, cap: 5 },
 *     { signal: "negativeInteractions", weight: 0.5, cap: 10 },
 *   ],
 *   bands: { medium: 0.25, high: 0.5 },
 * });
 * ```
 */
export function defineChurnModel(input: unknown): ChurnModel {
  const result = ChurnModelSchema.safeParse(input);
  if (result.success) return result.data;
  throw new RapportValidationError(
    "ChurnModel",
    result.error.issues.map((issue) => {
      const value = valueAt(input, issue.path);
      const message = issue.message.includes("received")
        ? issue.message
        : `${issue.message}, received ${describeValue(value)}`;
      return { path: issue.path, code: issue.code, message };
    }),
  );
}
