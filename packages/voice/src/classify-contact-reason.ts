import { expectedMessage } from "@rapport/stats";
import { type ContactReasonModel, vectorize } from "./contact-reason-model";

/**
 * Options of {@link classifyContactReason}.
 *
 * @example
 * ```ts
 * import type { ClassifyContactReasonOptions } from "@rapport/voice";
 * const options: ClassifyContactReasonOptions = { threshold: 0.5, words: 3 };
 * ```
 */
export interface ClassifyContactReasonOptions {
  /** Below this probability the reason is `"unknown"` (default 0.4). */
  readonly threshold?: number;
  /** How many deciding words to return (default 3). */
  readonly words?: number;
}

/**
 * A classified contact reason.
 *
 * @example
 * ```ts
 * import type { ContactReason } from "@rapport/voice";
 * const show = (c: ContactReason) => `${c.reason} (${(c.probability * 100).toFixed(0)} %)`;
 * ```
 */
export interface ContactReason {
  /** The most probable reason, or `"unknown"` below the threshold. */
  readonly reason: string;
  /** The probability of the most probable reason, 0..1. */
  readonly probability: number;
  /** The most probable reason even when `reason` is `"unknown"`. */
  readonly best: string;
  /** The terms that raised the best reason's score most, with their contributions. */
  readonly words: readonly { readonly term: string; readonly weight: number }[];
}

/**
 * Classifies one text with a model from {@link trainContactReasons}: the reason of highest
 * probability (softmax of the linear scores; for naive Bayes, the posterior), `"unknown"`
 * when that probability is below `threshold`, and the terms that decided it (largest
 * TF-IDF value × the reason's weight above the reasons' mean). A text with no known term
 * gets the prior.
 *
 * @example
 * ```ts
 * import { classifyContactReason, trainContactReasons } from "@rapport/voice";
 * const model = trainContactReasons([
 *   { text: "my card has not arrived", reason: "card_arrival" },
 *   { text: "I want my money back", reason: "refund" },
 * ]);
 * const found = classifyContactReason(model, "money back please", { threshold: 0.5 });
 * found.reason; // "refund"
 * found.words[0]?.term; // "money back" or one of its words
 * ```
 */
export function classifyContactReason(
  model: ContactReasonModel,
  text: string,
  options: ClassifyContactReasonOptions = {},
): ContactReason {
  const scorer = scorerOf(model);
  return scorer(text, options);
}

const scorers = new WeakMap<ContactReasonModel, ReturnType<typeof buildScorer>>();

/** The cached scorer of a model (its term lookup built once); internal. */
export function scorerOf(model: ContactReasonModel) {
  if (typeof model !== "object" || model === null || model.format !== "rapport-contact-reasons/1") {
    throw new TypeError(
      expectedMessage("classifyContactReason: model", "a model from trainContactReasons", model),
    );
  }
  let scorer = scorers.get(model);
  if (scorer === undefined) {
    scorer = buildScorer(model);
    scorers.set(model, scorer);
  }
  return scorer;
}

function buildScorer(model: ContactReasonModel) {
  const lookup = new Map(model.vocabulary.map((t, f) => [t, f]));
  const k = model.reasons.length;
  return (text: string, options: ClassifyContactReasonOptions): ContactReason => {
    if (typeof text !== "string") {
      throw new TypeError(expectedMessage("classifyContactReason: text", "a string", text));
    }
    const threshold = options.threshold ?? 0.4;
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new RangeError(
        expectedMessage(
          "classifyContactReason: options.threshold",
          "a number from 0 to 1",
          threshold,
        ),
      );
    }
    const { index, value } = vectorize(text, lookup, model.idf);
    const scores = new Array<number>(k);
    let best = 0;
    for (let r = 0; r < k; r++) {
      let s = model.bias[r]!;
      const w = model.weights[r]!;
      for (let t = 0; t < index.length; t++) s += w[index[t]!]! * value[t]!;
      scores[r] = s;
      if (s > scores[best]!) best = r;
    }
    let total = 0;
    for (let r = 0; r < k; r++) total += Math.exp(scores[r]! - scores[best]!);
    const probability = 1 / total;
    // A term's contribution: its value times how far the best reason's weight stands above
    // the reasons' mean weight for it (softmax is unchanged by that shift; for naive Bayes it
    // is the term's log-likelihood ratio against the average reason).
    const w = model.weights[best]!;
    const contribution = (f: number) => {
      let mean = 0;
      for (let r = 0; r < k; r++) mean += model.weights[r]![f]!;
      return w[f]! - mean / k;
    };
    const words = index
      .map((f, t) => ({ term: model.vocabulary[f]!, weight: contribution(f) * value[t]! }))
      .filter((word) => word.weight > 0)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, options.words ?? 3);
    const reason = model.reasons[best]!;
    return {
      reason: probability < threshold ? "unknown" : reason,
      probability,
      best: reason,
      words,
    };
  };
}
