import { expectedMessage, type Proportion, proportion } from "@rapport/stats";

/**
 * How well identities agree with the truth: pairwise precision and recall (shares of record
 * pairs, with Wilson intervals) and F1, and B-cubed precision, recall and F1 (Bagga and Baldwin
 * 1998: per record, the share of its predicted cluster that is truly its own, and of its true
 * cluster that was found, averaged over records).
 *
 * @example
 * ```ts
 * import type { LinkageQuality } from "@rapport/identity";
 * const line = (q: LinkageQuality) => `precision ${q.pairwise.precision.value?.toFixed(1)} %`;
 * ```
 */
export interface LinkageQuality {
  readonly pairwise: {
    readonly precision: Proportion;
    readonly recall: Proportion;
    readonly f1: number | null;
  };
  readonly bCubed: {
    readonly precision: number | null;
    readonly recall: number | null;
    readonly f1: number | null;
    readonly n: number;
  };
}

const f1 = (p: number | null, r: number | null) =>
  p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r);
const pairs = (k: number) => (k * (k - 1)) / 2;

/**
 * Scores predicted clusters of record ids against the true cluster of each record. Records
 * missing from `truth` are a `RangeError`.
 *
 * @example
 * ```ts
 * import { linkageQuality } from "@rapport/identity";
 * const q = linkageQuality([["a", "b"], ["c"]], { a: "1", b: "1", c: "1" });
 * q.pairwise.precision.value; // 100
 * q.pairwise.recall.value; // 33.33…: 1 of the 3 true pairs
 * ```
 */
export function linkageQuality(
  clusters: readonly (readonly string[])[],
  truth: Readonly<Record<string, string>>,
): LinkageQuality {
  if (!Array.isArray(clusters))
    throw new TypeError(
      expectedMessage("linkageQuality: clusters", "an array of record-id arrays", clusters),
    );
  const trueSize = new Map<string, number>();
  for (const cluster of Object.values(truth))
    trueSize.set(cluster, (trueSize.get(cluster) ?? 0) + 1);
  let predictedPairs = 0;
  let correctPairs = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let n = 0;
  for (const cluster of clusters) {
    const counts = new Map<string, number>();
    for (const id of cluster) {
      const t = truth[id];
      if (t === undefined)
        throw new RangeError(
          expectedMessage("linkageQuality: clusters", "record ids that truth names", id),
        );
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    predictedPairs += pairs(cluster.length);
    for (const [t, k] of counts) {
      correctPairs += pairs(k);
      precisionSum += (k * k) / cluster.length;
      recallSum += (k * k) / trueSize.get(t)!;
    }
    n += cluster.length;
  }
  let truePairs = 0;
  for (const size of trueSize.values()) truePairs += pairs(size);
  const precision = proportion(correctPairs, predictedPairs);
  const recall = proportion(correctPairs, truePairs);
  const bp = n === 0 ? null : precisionSum / n;
  const br = n === 0 ? null : recallSum / n;
  return {
    pairwise: {
      precision,
      recall,
      f1: f1(
        precision.value === null ? null : precision.value / 100,
        recall.value === null ? null : recall.value / 100,
      ),
    },
    bCubed: { precision: bp, recall: br, f1: f1(bp, br), n },
  };
}
