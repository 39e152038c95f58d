// The probabilistic step of resolveCore: the pairs blocking lets through are compared, weighed
// with the model (estimated by EM unless one is given) and, from the strongest down, joined or
// kept for review. Weights come from a table and live in typed arrays; the evidence of a pair
// is written out only when it joins or goes to review.
import { candidatePairs, type SkippedBlock } from "./candidate-pairs";
import {
  comparisonColumns,
  comparisonVectors,
  estimateModel,
  fieldWeights,
  scorePair,
} from "./fellegi-sunter";
import type { IdentityRecord } from "./identity-record";
import type { IdentityLink, ReviewPair } from "./identity-resolution";
import type { ComparatorName, IdentityRules, MatchModel } from "./identity-rules";
import { IntList } from "./int-list";

/** What the probabilistic step gives: the model used, the blocks left out, the review band. */
export interface ScoredPairs {
  readonly model: MatchModel;
  readonly skippedBlocks: readonly SkippedBlock[];
  readonly review: ReviewPair[];
}

/** Scores the candidate pairs and joins them through `tryJoin`, strongest first. */
export function scorePairs(
  records: readonly IdentityRecord[],
  ids: readonly string[],
  rules: IdentityRules,
  compare: Readonly<Record<string, ComparatorName>>,
  find: (i: number) => number,
  tryJoin: (a: number, b: number, link: IdentityLink) => boolean,
): ScoredPairs {
  const fields = Object.keys(compare);
  const width = fields.length;
  const pairs = candidatePairs(
    records,
    rules.blocking ?? fields.map((f) => [f]),
    rules.maxBlockSize ?? 1000,
  );
  const columns = comparisonColumns(records, compare);
  const vectors = comparisonVectors(columns, pairs.left, pairs.right);
  const model = rules.model ?? estimateModel(columns, vectors, compare, rules.seed ?? 1);
  const matchAt = rules.matchThreshold ?? 0.95;
  const reviewAt = rules.reviewThreshold ?? 0.5;
  const table = fieldWeights(model, compare);
  const prior = Math.log2(model.lambda / (1 - model.lambda));
  const reviewWeight = Math.log2(reviewAt / (1 - reviewAt));
  // The pairs from the review threshold up, and their probability (the same sum, in the same
  // order, as scorePair's, so the same number).
  const kept = new IntList();
  const probabilities: number[] = [];
  for (let p = 0; p < pairs.left.length; p += 1) {
    let weight = prior;
    for (let f = 0; f < width; f += 1) {
      const level = vectors[p * width + f]!;
      if (level >= 0) weight += table[f]![level]!;
    }
    if (weight < reviewWeight - 1e-9) continue;
    const probability = 1 / (1 + 2 ** -weight);
    if (probability < reviewAt) continue;
    kept.push(p);
    probabilities.push(probability);
  }
  const keptPairs = kept.toArray();
  // Strongest first; equal probabilities in pair order.
  const order = Int32Array.from(keptPairs.keys()).sort(
    (x, y) => probabilities[y]! - probabilities[x]! || x - y,
  );
  const score = (p: number) =>
    scorePair(
      records[pairs.left[p]!]!,
      records[pairs.right[p]!]!,
      vectors,
      p * width,
      compare,
      model,
    );
  const candidates = new IntList();
  for (const x of order) {
    const p = keptPairs[x]!;
    const a = pairs.left[p]!;
    const b = pairs.right[p]!;
    if (probabilities[x]! >= matchAt) {
      if (find(a) !== find(b))
        tryJoin(a, b, { by: "score", records: [ids[a]!, ids[b]!], ...score(p) });
    } else candidates.push(p);
  }
  const review: ReviewPair[] = [];
  for (const p of candidates.toArray()) {
    const a = pairs.left[p]!;
    const b = pairs.right[p]!;
    if (find(a) !== find(b)) review.push({ records: [ids[a]!, ids[b]!], ...score(p) });
  }
  return { model, skippedBlocks: pairs.skipped, review };
}
