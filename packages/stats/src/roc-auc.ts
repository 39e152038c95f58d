import { expectedMessage } from "./expected-message";

/**
 * An AUC with its sample.
 *
 * @example
 * ```ts
 * import type { AucResult } from "@rapport/stats";
 * const show = (auc: AucResult) => (auc.value === null ? "n/a" : auc.value.toFixed(3));
 * ```
 */
export interface AucResult {
  /** Area under the ROC curve (0..1); `null` unless both classes are present. */
  readonly value: number | null;
  /** Cases scored. */
  readonly n: number;
  /** Cases with the event (e.g. churned). */
  readonly positives: number;
  /** Cases without it. */
  readonly negatives: number;
}

/**
 * The area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting ½, computed from mid-ranks as the Mann-Whitney U statistic divided by
 * n₊·n₋ (Hanley & McNeil 1982, Radiology 143(1)). `value` is `null` when either class is empty;
 * a score that is not a finite number is a `RangeError` naming its position.
 *
 * @example
 * ```ts
 * import { rocAuc } from "@rapport/stats";
 * rocAuc([0.9, 0.8, 0.3, 0.1], [true, false, true, false]).value; // 0.75
 * ```
 */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): AucResult {
  if (!Array.isArray(scores)) {
    throw new TypeError(expectedMessage("rocAuc: scores", "an array of numbers", scores));
  }
  if (!Array.isArray(labels)) {
    throw new TypeError(expectedMessage("rocAuc: labels", "an array of booleans", labels));
  }
  if (scores.length !== labels.length) {
    throw new RangeError(
      expectedMessage(
        "rocAuc: labels",
        `an array of ${scores.length}, one label per score`,
        labels,
      ),
    );
  }
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(scores[i])) {
      const message = expectedMessage(`rocAuc: scores[${i}]`, "a finite number", scores[i]);
      throw typeof scores[i] === "number" ? new RangeError(message) : new TypeError(message);
    }
  }
  const order = scores.map((_, i) => i).sort((i, j) => scores[i]! - scores[j]!);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    const midRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (labels[order[k]!]) {
        positives++;
        rankSum += midRank;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  const value =
    positives > 0 && negatives > 0
      ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
      : null;
  return { value, n, positives, negatives };
}
