import { expectedMessage, oneOf } from "@rapport/stats";
import { type CesOptions, type CesScale, type CesScore, cesFromCounts } from "./ces";
import { addInto, countsFromJson, jsonOf, zeros } from "./histogram-accumulator";
import type { ScoreOptions } from "./score-options";

/**
 * The JSON form of a {@link CesAccumulator}: the histogram of answers (1..7 or 1..5).
 *
 * @example
 * ```ts
 * import type { CesAccumulatorJson } from "@rapport/metrics";
 * const json: CesAccumulatorJson = {
 *   metric: "ces", scale: "seven_point", counts: [0, 1, 0, 2, 3, 5, 4],
 * };
 * ```
 */
export interface CesAccumulatorJson {
  /** Always `"ces"`. */
  readonly metric: "ces";
  /** The scale of the answers. */
  readonly scale: CesScale;
  /** `counts[0]` answers of 1, `counts[1]` of 2, … */
  readonly counts: readonly number[];
}

/**
 * Collects CES answers in a histogram. Because the histogram holds integer counts, the mean
 * and the variance computed from it are the same, bit for bit, however the data was split.
 * `add` and `merge` change this accumulator and return it; they never change `other`.
 *
 * @example
 * ```ts
 * import { createCesAccumulator } from "@rapport/metrics";
 * const shard = createCesAccumulator().addAll([7, 6]);
 * createCesAccumulator().add(2).merge(shard).result().value; // 5
 * ```
 */
export interface CesAccumulator {
  /** The scale this accumulator takes. */
  readonly scale: CesScale;
  /** Adds one answer (off-scale answers throw a `RangeError`). */
  add(score: number): CesAccumulator;
  /** Adds every answer of an iterable. */
  addAll(scores: Iterable<number>): CesAccumulator;
  /** Adds the counts of another accumulator of the same scale (or its JSON form). */
  merge(other: CesAccumulator | CesAccumulatorJson): CesAccumulator;
  /** The score of everything added so far. */
  result(options?: ScoreOptions): CesScore;
  /** The JSON form; {@link cesAccumulatorFromJSON} restores it. */
  toJSON(): CesAccumulatorJson;
}

const SCALES = { seven_point: 7, five_point: 5 };

/**
 * Creates an empty {@link CesAccumulator} (default scale: seven points, CES 2.0).
 *
 * @example
 * ```ts
 * import { createCesAccumulator } from "@rapport/metrics";
 * createCesAccumulator({ scale: "five_point" }).addAll([5, 4, 3]).result().value; // 4
 * ```
 */
export function createCesAccumulator(options: Pick<CesOptions, "scale"> = {}): CesAccumulator {
  const scale = options.scale ?? "seven_point";
  // Own keys only: "toString" would otherwise find Object.prototype's member.
  const size = Object.hasOwn(SCALES, scale) ? SCALES[scale] : undefined;
  if (size === undefined) {
    throw new RangeError(
      expectedMessage(
        "createCesAccumulator: options.scale",
        oneOf(["seven_point", "five_point"]),
        scale,
      ),
    );
  }
  return new CesHistogram(scale, zeros(size));
}

/**
 * Restores a {@link CesAccumulator} from its JSON form, checking its shape and counts.
 *
 * @example
 * ```ts
 * import { cesAccumulatorFromJSON } from "@rapport/metrics";
 * cesAccumulatorFromJSON({ metric: "ces", scale: "five_point", counts: [0, 0, 1, 1, 0] })
 *   .result().value; // 3.5
 * ```
 */
export function cesAccumulatorFromJSON(json: unknown): CesAccumulator {
  const { scale, counts } = countsFromJson("cesAccumulatorFromJSON", json, "ces", SCALES);
  return new CesHistogram(scale as CesScale, counts);
}

// A class, not an object of closures: every accumulator then shares one `add`, which V8 can
// inline at a call site that sees many accumulators (shards merged in a loop).
class CesHistogram implements CesAccumulator {
  readonly scale: CesScale;
  readonly #counts: number[];

  constructor(scale: CesScale, counts: number[]) {
    this.scale = scale;
    this.#counts = counts;
  }

  add(score: number): CesAccumulator {
    const top = this.#counts.length;
    if (score >>> 0 !== score || score < 1 || score > top) {
      throw new RangeError(
        expectedMessage(
          "CesAccumulator.add: score",
          `an integer from 1 to ${top} on the ${this.scale} scale`,
          score,
        ),
      );
    }
    this.#counts[score - 1]!++;
    return this;
  }

  addAll(scores: Iterable<number>): CesAccumulator {
    for (const score of scores) this.add(score);
    return this;
  }

  merge(other: CesAccumulator | CesAccumulatorJson): CesAccumulator {
    // Another accumulator of this package holds valid counts already: no need to check them.
    const json =
      other instanceof CesHistogram
        ? { scale: other.scale, counts: other.#counts }
        : countsFromJson("CesAccumulator.merge", jsonOf(other), "ces", SCALES);
    if (json.scale !== this.scale) {
      throw new RangeError(
        expectedMessage(
          "CesAccumulator.merge: other.scale",
          JSON.stringify(this.scale),
          json.scale,
        ),
      );
    }
    addInto(this.#counts, json.counts);
    return this;
  }

  result(options: ScoreOptions = {}): CesScore {
    return cesFromCounts(this.#counts, { ...options, scale: this.scale });
  }

  toJSON(): CesAccumulatorJson {
    return { metric: "ces", scale: this.scale, counts: [...this.#counts] };
  }
}
