// The zod schemas of churn models, on the `@rapport/churn/schema` entry: the main entry does not
// load zod, so importing the models, the scorecard and the curves costs no schema library.
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
 * import { ChurnTermSchema } from "@rapport/churn/schema";
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
 * it, review it, fit it with `fitChurnModel` of `@rapport/churn`.
 *
 * @example
 * ```ts
 * import { ChurnModelSchema } from "@rapport/churn/schema";
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
