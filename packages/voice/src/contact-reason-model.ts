import { expectedMessage, seededRandom } from "@rapport/stats";
import { terms } from "./tokenize";

/**
 * One labelled example: a text (a message, a subject) and the reason it was filed under
 * (a helpdesk's tag or category).
 *
 * @example
 * ```ts
 * import type { ReasonExample } from "@rapport/voice";
 * const example: ReasonExample = { text: "Where is my card?", reason: "card_arrival" };
 * ```
 */
export interface ReasonExample {
  /** The customer's words. */
  readonly text: string;
  /** The reason it was labelled with. */
  readonly reason: string;
}

/**
 * A trained contact-reason model, plain JSON: `JSON.parse(JSON.stringify(model))` classifies
 * the same. TF-IDF features (unigrams and bigrams, sublinear term frequency, unit length)
 * and one linear score per reason.
 *
 * @example
 * ```ts
 * import { trainContactReasons, type ContactReasonModel } from "@rapport/voice";
 * const model: ContactReasonModel = trainContactReasons([
 *   { text: "card not arrived", reason: "card" }, { text: "refund please", reason: "refund" },
 * ]);
 * model.reasons; // ["card", "refund"]
 * ```
 */
export interface ContactReasonModel {
  /** Always `"rapport-contact-reasons/1"`. */
  readonly format: "rapport-contact-reasons/1";
  /** `"logistic"` (multinomial logistic regression) or `"naive-bayes"` (multinomial). */
  readonly method: "logistic" | "naive-bayes";
  /** The reasons, sorted. */
  readonly reasons: readonly string[];
  /** The terms, in feature order. */
  readonly vocabulary: readonly string[];
  /** Inverse document frequency of each term: ln((1 + N) / (1 + df)) + 1. */
  readonly idf: readonly number[];
  /** `weights[r][f]`: the weight of term f for reason r. */
  readonly weights: readonly (readonly number[])[];
  /** One intercept per reason. */
  readonly bias: readonly number[];
}

/**
 * Options of {@link trainContactReasons}.
 *
 * @example
 * ```ts
 * import type { TrainContactReasonsOptions } from "@rapport/voice";
 * const options: TrainContactReasonsOptions = { method: "logistic", epochs: 30, seed: 2 };
 * ```
 */
export interface TrainContactReasonsOptions {
  /** `"logistic"` (default) or `"naive-bayes"`. */
  readonly method?: "logistic" | "naive-bayes";
  /** Terms seen in fewer examples are left out (default 1: keep all; 2 for large sets). */
  readonly minDocumentFrequency?: number;
  /** Passes over the data, logistic only (default 30). */
  readonly epochs?: number;
  /** L2 penalty per example, logistic only (default 1e-5). */
  readonly l2?: number;
  /** Seed of the order in which examples are visited (default 1). */
  readonly seed?: number;
  /** Laplace smoothing α, naive Bayes only (default 0.1). */
  readonly smoothing?: number;
}

/** A sparse TF-IDF vector: feature indices and values, unit length; internal. */
export interface SparseVector {
  readonly index: number[];
  readonly value: number[];
}

/** The TF-IDF vector of a text under a vocabulary; internal. */
export function vectorize(
  text: string,
  lookup: ReadonlyMap<string, number>,
  idf: readonly number[],
): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms(text)) {
    const f = lookup.get(term);
    if (f !== undefined) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const index = [...counts.keys()].sort((a, b) => a - b);
  const value = index.map((f) => (1 + Math.log(counts.get(f)!)) * idf[f]!);
  const norm = Math.sqrt(value.reduce((s, v) => s + v * v, 0));
  return { index, value: norm > 0 ? value.map((v) => v / norm) : value };
}

/**
 * Learns contact reasons from labelled examples: TF-IDF over unigrams and bigrams, then a
 * multinomial logistic regression (softmax, L2-penalised, fitted by stochastic gradient
 * descent with AdaGrad steps over a seeded order) or a multinomial naive Bayes on the same
 * features. Pure and deterministic: the same examples and seed give the same model, as
 * plain JSON. Needs at least two reasons; an example without text or reason is a
 * `RangeError` naming it.
 *
 * Sources: Jurafsky & Martin, *Speech and Language Processing* (3rd ed. draft), chapters 4
 * (naive Bayes) and 5 (logistic regression); Duchi, Hazan & Singer (2011) for AdaGrad.
 *
 * @example
 * ```ts
 * import { classifyContactReason, trainContactReasons } from "@rapport/voice";
 * const model = trainContactReasons([
 *   { text: "my card has not arrived", reason: "card_arrival" },
 *   { text: "when will my new card come", reason: "card_arrival" },
 *   { text: "I want my money back", reason: "refund" },
 *   { text: "please refund the order", reason: "refund" },
 * ]);
 * classifyContactReason(model, "the card never arrived").reason; // "card_arrival"
 * ```
 */
export function trainContactReasons(
  examples: readonly ReasonExample[],
  options: TrainContactReasonsOptions = {},
): ContactReasonModel {
  const fn = "trainContactReasons";
  if (!Array.isArray(examples)) {
    throw new TypeError(
      expectedMessage(`${fn}: examples`, "an array of { text, reason }", examples),
    );
  }
  examples.forEach((example, i) => {
    if (
      typeof example?.text !== "string" ||
      typeof example.reason !== "string" ||
      example.reason === ""
    ) {
      throw new RangeError(
        expectedMessage(
          `${fn}: examples[${i}]`,
          "{ text: string, reason: non-empty string }",
          example,
        ),
      );
    }
  });
  const method = options.method ?? "logistic";
  if (method !== "logistic" && method !== "naive-bayes") {
    throw new RangeError(
      expectedMessage(`${fn}: options.method`, '"logistic" or "naive-bayes"', method),
    );
  }
  const reasons = [...new Set(examples.map((e) => e.reason))].sort();
  if (reasons.length < 2) {
    throw new RangeError(
      expectedMessage(`${fn}: examples`, "at least two reasons", reasons.length),
    );
  }
  const minDf = options.minDocumentFrequency ?? 1;
  const df = new Map<string, number>();
  for (const example of examples) {
    for (const term of new Set(terms(example.text))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const vocabulary = [...df.keys()].filter((t) => df.get(t)! >= minDf).sort();
  const lookup = new Map(vocabulary.map((t, f) => [t, f]));
  const n = examples.length;
  const idf = vocabulary.map((t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  const vectors = examples.map((e) => vectorize(e.text, lookup, idf));
  const labels = examples.map((e) => reasons.indexOf(e.reason));
  const fitted =
    method === "logistic"
      ? fitSoftmax(vectors, labels, reasons.length, vocabulary.length, options)
      : fitNaiveBayes(vectors, labels, reasons.length, vocabulary.length, options.smoothing ?? 0.1);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    format: "rapport-contact-reasons/1",
    method,
    reasons,
    vocabulary,
    idf: idf.map(round),
    weights: fitted.weights.map((row) => Array.from(row, round)),
    bias: Array.from(fitted.bias, round),
  };
}

interface Fitted {
  weights: Float64Array[];
  bias: Float64Array;
}

function fitSoftmax(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  k: number,
  features: number,
  options: TrainContactReasonsOptions,
): Fitted {
  const epochs = options.epochs ?? 30;
  const l2 = options.l2 ?? 1e-5;
  const rate = 0.5;
  const weights = Array.from({ length: k }, () => new Float64Array(features));
  const squares = Array.from({ length: k }, () => new Float64Array(features).fill(1e-8));
  const bias = new Float64Array(k);
  const biasSquares = new Float64Array(k).fill(1e-8);
  const next = seededRandom(options.seed ?? 1);
  const order = vectors.map((_, i) => i);
  const scores = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { index, value } = vectors[i]!;
      let max = Number.NEGATIVE_INFINITY;
      for (let r = 0; r < k; r++) {
        let s = bias[r]!;
        const w = weights[r]!;
        for (let t = 0; t < index.length; t++) s += w[index[t]!]! * value[t]!;
        scores[r] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let r = 0; r < k; r++) {
        scores[r] = Math.exp(scores[r]! - max);
        total += scores[r]!;
      }
      for (let r = 0; r < k; r++) {
        // Gradient of the negative log-likelihood: p_r − [r = label].
        const g = scores[r]! / total - (r === labels[i] ? 1 : 0);
        const w = weights[r]!;
        const sq = squares[r]!;
        for (let t = 0; t < index.length; t++) {
          const f = index[t]!;
          const grad = g * value[t]! + l2 * w[f]!;
          sq[f]! += grad * grad;
          w[f]! -= (rate * grad) / Math.sqrt(sq[f]!);
        }
        biasSquares[r]! += g * g;
        bias[r]! -= (rate * g) / Math.sqrt(biasSquares[r]!);
      }
    }
  }
  return { weights, bias };
}

function fitNaiveBayes(
  vectors: readonly SparseVector[],
  labels: readonly number[],
  k: number,
  features: number,
  alpha: number,
): Fitted {
  if (!(alpha > 0)) {
    throw new RangeError(
      expectedMessage("trainContactReasons: options.smoothing", "a number > 0", alpha),
    );
  }
  const totals = Array.from({ length: k }, () => new Float64Array(features));
  const docs = new Float64Array(k);
  vectors.forEach(({ index, value }, i) => {
    const row = totals[labels[i]!]!;
    docs[labels[i]!]!++;
    for (let t = 0; t < index.length; t++) row[index[t]!]! += value[t]!;
  });
  const weights = totals.map((row) => {
    const sum = row.reduce((s, v) => s + v, 0) + alpha * features;
    return row.map((v) => Math.log((v + alpha) / sum));
  });
  const bias = docs.map((d) => Math.log(d / vectors.length));
  return { weights, bias };
}
