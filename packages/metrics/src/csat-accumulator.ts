import { expectedMessage, oneOf } from "@rapport/stats";
import {
  type BinaryCsatScore,
  type CsatAnswer,
  type CsatScale,
  type CsatScoreOf,
  csatFromCounts,
  type FivePointCsatScore,
} from "./csat";
import { addInto, countsFromJson, jsonOf, zeros } from "./histogram-accumulator";
import type { ScoreOptions } from "./score-options";

/**
 * The JSON form of a {@link CsatAccumulator}: on the binary scale `[good, bad]`, on the
 * five-point scale five counts (answers 1..5).
 *
 * @example
 * ```ts
 * import type { CsatAccumulatorJson } from "@rapport/metrics";
 * const json: CsatAccumulatorJson = { metric: "csat", scale: "binary", counts: [45, 5] };
 * ```
 */
export interface CsatAccumulatorJson {
  /** Always `"csat"`. */
  readonly metric: "csat";
  /** The scale of the answers. */
  readonly scale: CsatScale;
  /** `[good, bad]` (binary) or answers 1..5 (five-point). */
  readonly counts: readonly number[];
}

/**
 * Collects CSAT answers of one scale in counts that merge exactly with others. `add` and
 * `merge` change this accumulator and return it; they never change `other`.
 *
 * @example
 * ```ts
 * import { createCsatAccumulator } from "@rapport/metrics";
 * const shard = createCsatAccumulator({ scale: "binary" }).addAll(["good", "bad"]);
 * createCsatAccumulator({ scale: "binary" }).add("good").merge(shard).result().value; // 66.66…
 * ```
 */
export interface CsatAccumulator<Scale extends CsatScale = CsatScale> {
  /** The scale this accumulator takes. */
  readonly scale: Scale;
  /** Adds one answer (off-scale answers throw a `RangeError`). */
  add(score: CsatAnswer<Scale>): CsatAccumulator<Scale>;
  /** Adds every answer of an iterable. */
  addAll(scores: Iterable<CsatAnswer<Scale>>): CsatAccumulator<Scale>;
  /** Adds the counts of another accumulator of the same scale (or its JSON form). */
  merge(other: CsatAccumulator<Scale> | CsatAccumulatorJson): CsatAccumulator<Scale>;
  /** The score of everything added so far. */
  result(options?: ScoreOptions): CsatScoreOf<Scale>;
  /** The JSON form; {@link csatAccumulatorFromJSON} restores it. */
  toJSON(): CsatAccumulatorJson;
}

const SCALES = { binary: 2, five_point: 5 };

/**
 * Creates an empty {@link CsatAccumulator} for one scale.
 *
 * @example
 * ```ts
 * import { createCsatAccumulator } from "@rapport/metrics";
 * const accumulator = createCsatAccumulator({ scale: "five_point" });
 * accumulator.addAll([5, 4, 2]).result().value; // 66.66…
 * ```
 */
export function createCsatAccumulator<Scale extends CsatScale>(options: {
  readonly scale: Scale;
}): CsatAccumulator<Scale> {
  const scale = options?.scale;
  // Own keys only: "toString" would otherwise find Object.prototype's member.
  const size = Object.hasOwn(SCALES, scale) ? SCALES[scale as CsatScale] : undefined;
  if (size === undefined) {
    throw new RangeError(
      expectedMessage(
        "createCsatAccumulator: options.scale",
        oneOf(["binary", "five_point"]),
        scale,
      ),
    );
  }
  return new CsatHistogram(scale, zeros(size));
}

/**
 * Restores a {@link CsatAccumulator} from its JSON form, checking its shape and counts.
 *
 * @example
 * ```ts
 * import { csatAccumulatorFromJSON } from "@rapport/metrics";
 * csatAccumulatorFromJSON({ metric: "csat", scale: "binary", counts: [9, 1] }).result().value; // 90
 * ```
 */
export function csatAccumulatorFromJSON(json: unknown): CsatAccumulator {
  const { scale, counts } = countsFromJson("csatAccumulatorFromJSON", json, "csat", SCALES);
  return new CsatHistogram(scale as CsatScale, counts);
}

// A class, not an object of closures: every accumulator then shares one `add`, which V8 can
// inline at a call site that sees many accumulators (shards merged in a loop).
class CsatHistogram<Scale extends CsatScale> implements CsatAccumulator<Scale> {
  readonly scale: Scale;
  readonly #counts: number[];

  constructor(scale: Scale, counts: number[]) {
    this.scale = scale;
    this.#counts = counts;
  }

  add(score: CsatAnswer<Scale>): CsatAccumulator<Scale> {
    const counts = this.#counts;
    if (this.scale === "binary") {
      if (score === "good") counts[0]!++;
      else if (score === "bad") counts[1]!++;
      else throw addError(this.scale, score);
    } else {
      if (typeof score !== "number" || !Number.isInteger(score) || score < 1 || score > 5) {
        throw addError(this.scale, score);
      }
      counts[score - 1]!++;
    }
    return this;
  }

  addAll(scores: Iterable<CsatAnswer<Scale>>): CsatAccumulator<Scale> {
    for (const score of scores) this.add(score);
    return this;
  }

  merge(other: CsatAccumulator<Scale> | CsatAccumulatorJson): CsatAccumulator<Scale> {
    // Another accumulator of this package holds valid counts already: no need to check them.
    const json =
      other instanceof CsatHistogram
        ? { scale: other.scale, counts: other.#counts }
        : countsFromJson("CsatAccumulator.merge", jsonOf(other), "csat", SCALES);
    if (json.scale !== this.scale) {
      throw new RangeError(
        expectedMessage(
          "CsatAccumulator.merge: other.scale",
          JSON.stringify(this.scale),
          json.scale,
        ),
      );
    }
    addInto(this.#counts, json.counts);
    return this;
  }

  result(options: ScoreOptions = {}): CsatScoreOf<Scale> {
    const counts = this.#counts;
    if (this.scale === "binary") {
      const score: BinaryCsatScore = csatFromCounts(
        { good: counts[0]!, bad: counts[1]! },
        { ...options, scale: "binary" },
      );
      return score as CsatScoreOf<Scale>;
    }
    const score: FivePointCsatScore = csatFromCounts(counts, { ...options, scale: "five_point" });
    return score as CsatScoreOf<Scale>;
  }

  toJSON(): CsatAccumulatorJson {
    return { metric: "csat", scale: this.scale, counts: [...this.#counts] };
  }
}

function addError(scale: CsatScale, score: unknown): RangeError {
  const expected = scale === "binary" ? oneOf(["good", "bad"]) : "an integer from 1 to 5";
  return new RangeError(
    expectedMessage("CsatAccumulator.add: score", `${expected} on the ${scale} scale`, score),
  );
}
