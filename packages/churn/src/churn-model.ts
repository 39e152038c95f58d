import { RapportValidationError } from "@rapport/core";
import { describeValue } from "@rapport/stats";
import * as z from "zod";
import { CHURN_SIGNALS } from "./churn-signals";

const finite = (what: string) =>
  z.number({ error: `expected ${what} (a finite number)` }).refine(Number.isFinite, {
    error: `expected ${what} (a finite number)`,
  });

/**
 * One term of a churn model: a signal, how its value is prepared, and its weight.
 * The term's input is x = transform(clamp(value, −cap, cap)) − center (0 when the value is
 * null), and it adds `weight · x` points to the score's logit.
 *
 * @example
 * ```ts
 * import { ChurnTermSchema } from "@rapport/churn";
 * ChurnTermSchema.parse({ signal: "reopenedCases", weight: 0.5, cap: 5 });
 * ```
 */
export const ChurnTermSchema = /* @__PURE__ */ (() =>
  z.object({
    /** The signal read. */
    signal: z.enum(CHURN_SIGNALS, {
      error: (issue) =>
        `expected a known signal (${CHURN_SIGNALS.join(", ")}), received ${JSON.stringify(issue.input)}`,
    }),
    /** Points per unit of input; positive raises the risk. */
    weight: finite("a weight"),
    /** Values beyond ±cap count as ±cap (limits one extreme signal's pull). */
    cap: z
      .number({ error: "expected a cap > 0" })
      .positive({ error: "expected a cap > 0" })
      .optional(),
    /** `"log1p"`: sign(v)·ln(1 + |v|), for counts and durations with long tails. */
    transform: z.enum(["identity", "log1p"]).default("identity"),
    /** Subtracted after the transform: the value that adds no points (e.g. a neutral NPS of 7). */
    center: finite("a center").default(0),
  }))();

/**
 * A churn scorecard: an intercept, weighted terms and the score bands. Data, not code: store
 * it, review it, fit it with {@link fitChurnModel}.
 *
 * @example
 * ```ts
 * import { ChurnModelSchema } from "@rapport/churn";
 * ChurnModelSchema.parse({
 *   name: "mine",
 *   intercept: -2,
 *   terms: [{ signal: "unresolvedCases", weight: 0.4 }],
 *   bands: { medium: 0.3, high: 0.6 },
 * });
 * ```
 */
export const ChurnModelSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** A name shown with scores. */
      name: z.string().min(1, { error: "expected a non-empty name" }),
      /** The logit of the score when every term adds 0 points. */
      intercept: finite("an intercept"),
      /** The weighted signals; each signal at most once. */
      terms: z.array(ChurnTermSchema).min(1, { error: "expected at least one term" }),
      /** Score thresholds (0..1): `medium` ≤ score < `high` is medium, ≥ `high` is high. */
      bands: z
        .object({
          medium: z.number().min(0).max(1),
          high: z.number().min(0).max(1),
        })
        .refine((b) => b.medium < b.high, {
          error: "expected bands.medium < bands.high",
          path: ["medium"],
        }),
    })
    .superRefine((model, ctx) => {
      const seen = new Set<string>();
      model.terms.forEach((term, i) => {
        if (seen.has(term.signal)) {
          ctx.addIssue({
            code: "custom",
            path: ["terms", i, "signal"],
            message: `expected each signal once, received "${term.signal}" again`,
          });
        }
        seen.add(term.signal);
      });
    }))();

/**
 * A churn model term, validated. See {@link ChurnTermSchema}.
 *
 * @example
 * ```ts
 * import type { ChurnTerm } from "@rapport/churn";
 * const term: ChurnTerm = { signal: "transfers", weight: 0.2, transform: "identity", center: 0 };
 * ```
 */
export type ChurnTerm = z.output<typeof ChurnTermSchema>;

/**
 * A churn model, validated. See {@link ChurnModelSchema}.
 *
 * @example
 * ```ts
 * import { defaultChurnModel, type ChurnModel } from "@rapport/churn";
 * const model: ChurnModel = defaultChurnModel;
 * ```
 */
export type ChurnModel = z.output<typeof ChurnModelSchema>;

/**
 * A churn model as a user writes it (defaults may be left out). See {@link ChurnModelSchema}.
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
 * import { defineChurnModel } from "@rapport/churn";
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
