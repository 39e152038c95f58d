import { seededRandom } from "@rapport/stats";
import { COMPARATOR_LEVELS, cleanValue, compareCleaned } from "./compare-values";
import { firstValue, type IdentityRecord } from "./identity-record";
import type { ComparatorName, MatchModel } from "./identity-rules";

const FLOOR = 1e-6;
const first = (record: IdentityRecord, field: string) => firstValue(record, field);

/** The compared fields' values of every record, cleaned once: `columns[f][record]`. */
export interface ComparisonColumns {
  readonly comparators: readonly ComparatorName[];
  readonly columns: readonly (readonly (string | null)[])[];
}

/** The cleaned values of each compared field, so that no pair cleans a value again. */
export function comparisonColumns(
  records: readonly IdentityRecord[],
  compare: Readonly<Record<string, ComparatorName>>,
): ComparisonColumns {
  const fields = Object.keys(compare);
  return {
    comparators: fields.map((field) => compare[field]!),
    columns: fields.map((field) => records.map((record) => cleanValue(first(record, field)))),
  };
}

/** The agreement level of each compared field of each pair, pair-major (`-1`: missing). */
export function comparisonVectors(
  { comparators, columns }: ComparisonColumns,
  left: Int32Array,
  right: Int32Array,
): Int8Array {
  const width = comparators.length;
  const out = new Int8Array(left.length * width);
  for (let f = 0; f < width; f += 1) {
    const comparator = comparators[f]!;
    const column = columns[f]!;
    for (let p = 0; p < left.length; p += 1) {
      const a = column[left[p]!]!;
      const b = column[right[p]!]!;
      out[p * width + f] = a === null || b === null ? -1 : compareCleaned(comparator, a, b);
    }
  }
  return out;
}

function levelShares(
  patterns: Int8Array,
  width: number,
  f: number,
  levels: number,
  weights: Float64Array,
): number[] {
  const counts = new Array<number>(levels).fill(FLOOR);
  for (let p = 0; p < weights.length; p += 1) {
    const level = patterns[p * width + f]!;
    if (level >= 0) counts[level]! += weights[p]!;
  }
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => c / total);
}

/**
 * The distinct comparison patterns, with how many candidate and random pairs have each, in the
 * order they first appear. A pattern is keyed by a number (each level plus one, in base 6), so
 * tallying allocates nothing per pair.
 */
function tally(candidates: Int8Array, random: Int8Array, width: number) {
  const index = new Map<number | string, number>();
  const rows: number[] = [];
  const inCandidates: number[] = [];
  const inRandom: number[] = [];
  const numeric = 6 ** width <= Number.MAX_SAFE_INTEGER;
  for (const [vectors, into] of [
    [candidates, inCandidates],
    [random, inRandom],
  ] as const) {
    for (let offset = 0; offset < vectors.length; offset += width) {
      let key: number | string = 0;
      if (numeric) {
        for (let f = 0; f < width; f += 1) key = key * 6 + vectors[offset + f]! + 1;
      } else key = vectors.subarray(offset, offset + width).join(",");
      let i = index.get(key);
      if (i === undefined) {
        i = inCandidates.length;
        index.set(key, i);
        for (let f = 0; f < width; f += 1) rows.push(vectors[offset + f]!);
        inCandidates.push(0);
        inRandom.push(0);
      }
      into[i]! += 1;
    }
  }
  return {
    patterns: Int8Array.from(rows),
    inCandidates: Float64Array.from(inCandidates),
    inRandom: Float64Array.from(inRandom),
  };
}

/**
 * Estimates a Fellegi-Sunter model (Fellegi and Sunter 1969): u starts from random record pairs
 * (almost all non-matches; seeded), then lambda, m and u are estimated by expectation-maximisation
 * (Winkler 1988) on the candidate pairs together with those random pairs, which anchor the
 * non-matches (on candidates alone, most of which agree on the blocking fields, EM may settle on
 * "every pair is a match"). Pairs are tallied by comparison pattern, so each iteration costs the
 * number of distinct patterns, not of pairs. Conditional independence of the fields is assumed.
 * The prior of the result is the probability that two records drawn at random match: the
 * estimated matches among the candidates over all pairs.
 */
export function estimateModel(
  columns: ComparisonColumns,
  vectors: Int8Array,
  compare: Readonly<Record<string, ComparatorName>>,
  seed: number,
): MatchModel {
  const fields = Object.keys(compare);
  const width = fields.length;
  const n = columns.columns[0]?.length ?? 0;
  const random = seededRandom(seed);
  const samples = Math.min(20_000, (n * (n - 1)) / 2);
  const sl = new Int32Array(samples);
  const sr = new Int32Array(samples);
  for (let s = 0; s < samples; s += 1) {
    const i = Math.floor(random() * n);
    let j = Math.floor(random() * (n - 1));
    if (j >= i) j += 1;
    sl[s] = i;
    sr[s] = j;
  }
  const { patterns, inCandidates, inRandom } = tally(
    vectors,
    comparisonVectors(columns, sl, sr),
    width,
  );
  const count = inCandidates.map((c, i) => c + inRandom[i]!);
  const total = count.reduce((s, c) => s + c, 0);
  const levelsOf = (field: string) => COMPARATOR_LEVELS[compare[field]!].length;
  let u = fields.map((field, f) => levelShares(patterns, width, f, levelsOf(field), inRandom));
  let m = fields.map((field) => {
    const levels = levelsOf(field);
    return Array.from({ length: levels }, (_, l) => (l === 0 ? 0.9 : 0.1 / (levels - 1)));
  });
  let lambda = 0.1;
  const posterior = new Float64Array(count.length);
  const asMatch = new Float64Array(count.length);
  const asNonMatch = new Float64Array(count.length);
  for (let iteration = 0; iteration < 200 && total > 0; iteration += 1) {
    let sum = 0;
    const logs = m.map((levels, f) => levels.map((mi, l) => Math.log(mi / u[f]![l]!)));
    const prior = Math.log(lambda / (1 - lambda));
    for (let p = 0; p < count.length; p += 1) {
      let logRatio = prior;
      for (let f = 0; f < width; f += 1) {
        const level = patterns[p * width + f]!;
        if (level >= 0) logRatio += logs[f]![level]!;
      }
      const probability = 1 / (1 + Math.exp(-logRatio));
      posterior[p] = probability;
      asMatch[p] = probability * count[p]!;
      asNonMatch[p] = (1 - probability) * count[p]!;
      sum += asMatch[p]!;
    }
    const next = Math.min(Math.max(sum / total, FLOOR), 1 - FLOOR);
    const nextM = fields.map((field, f) =>
      levelShares(patterns, width, f, levelsOf(field), asMatch),
    );
    const nextU = fields.map((field, f) =>
      levelShares(patterns, width, f, levelsOf(field), asNonMatch),
    );
    const before = [...m.flat(), ...u.flat()];
    const change =
      Math.abs(next - lambda) +
      [...nextM.flat(), ...nextU.flat()].reduce((s, v, i) => s + Math.abs(v - before[i]!), 0);
    lambda = next;
    m = nextM;
    u = nextU;
    if (change < 1e-9) break;
  }
  let matches = 0;
  for (let p = 0; p < count.length; p += 1) matches += posterior[p]! * inCandidates[p]!;
  if (vectors.length > 0)
    lambda = Math.min(Math.max(matches / ((n * (n - 1)) / 2), 1e-12), 1 - FLOOR);
  return {
    lambda,
    fields: Object.fromEntries(fields.map((field, f) => [field, { m: m[f]!, u: u[f]! }])),
  };
}

/**
 * The evidence of one compared field in a scored pair: the two values, their agreement level
 * and its weight, log2(m / u) (0 when either value is missing).
 *
 * @example
 * ```ts
 * import type { FieldComparison } from "@rapport/identity";
 * const line = (c: FieldComparison) => `${c.field}: ${c.level} (${c.weight.toFixed(1)})`;
 * ```
 */
export interface FieldComparison {
  readonly field: string;
  readonly left: string | undefined;
  readonly right: string | undefined;
  readonly level: string;
  readonly weight: number;
}

/** log2(m / u) of each field and level, fields in the order of `compare` (0 for a field the model lacks). */
export function fieldWeights(
  model: MatchModel,
  compare: Readonly<Record<string, ComparatorName>>,
): number[][] {
  return Object.keys(compare).map((field) => {
    const params = model.fields[field];
    return COMPARATOR_LEVELS[compare[field]!].map((_, level) =>
      params === undefined
        ? 0
        : Math.log2(Math.max(params.m[level]!, FLOOR) / Math.max(params.u[level]!, FLOOR)),
    );
  });
}

/** The match weight (log2 odds) and the probability of a pair, with the evidence. */
export function scorePair(
  a: IdentityRecord,
  b: IdentityRecord,
  levels: ArrayLike<number>,
  offset: number,
  compare: Readonly<Record<string, ComparatorName>>,
  model: MatchModel,
): { weight: number; probability: number; comparisons: FieldComparison[] } {
  let weight = Math.log2(model.lambda / (1 - model.lambda));
  const comparisons = Object.keys(compare).map((field, f) => {
    const level = levels[offset + f]!;
    const params = model.fields[field];
    const w =
      level < 0 || params === undefined
        ? 0
        : Math.log2(Math.max(params.m[level]!, FLOOR) / Math.max(params.u[level]!, FLOOR));
    weight += w;
    return {
      field,
      left: first(a, field),
      right: first(b, field),
      level: level < 0 ? "missing" : COMPARATOR_LEVELS[compare[field]!][level]!,
      weight: w,
    };
  });
  return { weight, probability: 1 / (1 + 2 ** -weight), comparisons };
}
