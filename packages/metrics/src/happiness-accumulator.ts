import type { HappinessRating } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";
import { type HappinessOptions, type HappinessScore, happinessFromCounts } from "./happiness";
import { addInto, countsFromJson, jsonOf } from "./histogram-accumulator";

/**
 * The JSON form of a {@link HappinessAccumulator}: three counts, Great, Okay, Not good.
 *
 * @example
 * ```ts
 * import type { HappinessAccumulatorJson } from "@rapport/metrics";
 * const json: HappinessAccumulatorJson = {
 *   metric: "happiness", scale: "three_point", counts: [7, 2, 1],
 * };
 * ```
 */
export interface HappinessAccumulatorJson {
  /** Always `"happiness"`. */
  readonly metric: "happiness";
  /** Always `"three_point"`. */
  readonly scale: "three_point";
  /** Answers of Great, Okay and Not good, in that order. */
  readonly counts: readonly number[];
}

/**
 * Collects happiness answers in counts that merge exactly with others (shards, workers, a
 * warehouse). `add` and `merge` change this accumulator and return it; they never change
 * `other`.
 *
 * @example
 * ```ts
 * import { createHappinessAccumulator } from "@rapport/metrics";
 * const a = createHappinessAccumulator().addAll(["great", "okay"]);
 * const b = createHappinessAccumulator().add("not_good");
 * a.merge(b).result().n; // 3
 * ```
 */
export interface HappinessAccumulator {
  /** Adds one answer (anything but the three ratings throws a `RangeError`). */
  add(rating: HappinessRating): HappinessAccumulator;
  /** Adds every answer of an iterable. */
  addAll(ratings: Iterable<HappinessRating>): HappinessAccumulator;
  /** Adds the counts of another accumulator (or of its JSON form) into this one. */
  merge(other: HappinessAccumulator | HappinessAccumulatorJson): HappinessAccumulator;
  /** The score of everything added so far. */
  result(options?: HappinessOptions): HappinessScore;
  /** The JSON form; {@link happinessAccumulatorFromJSON} restores it. */
  toJSON(): HappinessAccumulatorJson;
}

const INDEX: Readonly<Record<string, number>> = { great: 0, okay: 1, not_good: 2 };
const SCALES = { three_point: 3 };

/**
 * Creates an empty {@link HappinessAccumulator}.
 *
 * @example
 * ```ts
 * import { createHappinessAccumulator } from "@rapport/metrics";
 * createHappinessAccumulator().addAll(["great", "great", "not_good"]).result().value; // 33.33…
 * ```
 */
export function createHappinessAccumulator(): HappinessAccumulator {
  return new HappinessCounter([0, 0, 0]);
}

/**
 * Restores a {@link HappinessAccumulator} from its JSON form; checks the shape and every
 * count, and throws a `TypeError`/`RangeError` naming the field otherwise.
 *
 * @example
 * ```ts
 * import { createHappinessAccumulator, happinessAccumulatorFromJSON } from "@rapport/metrics";
 * const text = JSON.stringify(createHappinessAccumulator().add("okay"));
 * happinessAccumulatorFromJSON(JSON.parse(text)).result().okay; // 1
 * ```
 */
export function happinessAccumulatorFromJSON(json: unknown): HappinessAccumulator {
  const { counts } = countsFromJson("happinessAccumulatorFromJSON", json, "happiness", SCALES);
  return new HappinessCounter(counts);
}

class HappinessCounter implements HappinessAccumulator {
  readonly #counts: number[];

  constructor(counts: number[]) {
    this.#counts = counts;
  }

  add(rating: HappinessRating): HappinessAccumulator {
    const index = typeof rating === "string" ? INDEX[rating] : undefined;
    if (index === undefined || !Object.hasOwn(INDEX, rating)) {
      throw new RangeError(
        expectedMessage(
          "HappinessAccumulator.add: rating",
          '"great", "okay" or "not_good"',
          rating,
        ),
      );
    }
    this.#counts[index]!++;
    return this;
  }

  addAll(ratings: Iterable<HappinessRating>): HappinessAccumulator {
    for (const rating of ratings) this.add(rating);
    return this;
  }

  merge(other: HappinessAccumulator | HappinessAccumulatorJson): HappinessAccumulator {
    const counts =
      other instanceof HappinessCounter
        ? other.#counts
        : countsFromJson("HappinessAccumulator.merge", jsonOf(other), "happiness", SCALES).counts;
    addInto(this.#counts, counts);
    return this;
  }

  result(options?: HappinessOptions): HappinessScore {
    const [great, okay, notGood] = this.#counts as [number, number, number];
    return happinessFromCounts({ great, okay, notGood }, options);
  }

  toJSON(): HappinessAccumulatorJson {
    return { metric: "happiness", scale: "three_point", counts: [...this.#counts] };
  }
}
