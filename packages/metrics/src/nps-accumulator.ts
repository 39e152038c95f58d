import { expectedMessage } from "@rapport/stats";
import { addInto, countsFromJson, jsonOf } from "./histogram-accumulator";
import { type NpsOptions, type NpsScore, npsFromCounts } from "./nps";

/**
 * The JSON form of an {@link NpsAccumulator}: eleven counts, answers 0..10.
 *
 * @example
 * ```ts
 * import type { NpsAccumulatorJson } from "@rapport/metrics";
 * const json: NpsAccumulatorJson = {
 *   metric: "nps", scale: "zero_to_ten", counts: [0, 0, 0, 0, 0, 0, 1, 0, 2, 3, 4],
 * };
 * ```
 */
export interface NpsAccumulatorJson {
  /** Always `"nps"`. */
  readonly metric: "nps";
  /** Always `"zero_to_ten"`. */
  readonly scale: "zero_to_ten";
  /** `counts[k]` answers of k, for k = 0..10. */
  readonly counts: readonly number[];
}

/**
 * Collects NPS answers in a histogram that merges exactly with others (shards, workers, a
 * warehouse). `add` and `merge` change this accumulator and return it; they never change
 * `other`.
 *
 * @example
 * ```ts
 * import { createNpsAccumulator } from "@rapport/metrics";
 * const a = createNpsAccumulator().addAll([10, 9, 3]);
 * const b = createNpsAccumulator().add(8);
 * a.merge(b).result().value; // 25
 * ```
 */
export interface NpsAccumulator {
  /** Adds one answer (an integer 0..10; anything else throws a `RangeError`). */
  add(score: number): NpsAccumulator;
  /** Adds every answer of an iterable. */
  addAll(scores: Iterable<number>): NpsAccumulator;
  /** Adds the counts of another accumulator (or of its JSON form) into this one. */
  merge(other: NpsAccumulator | NpsAccumulatorJson): NpsAccumulator;
  /** The score of everything added so far. */
  result(options?: NpsOptions): NpsScore;
  /** The JSON form; {@link npsAccumulatorFromJSON} restores it. */
  toJSON(): NpsAccumulatorJson;
}

/**
 * Creates an empty {@link NpsAccumulator}.
 *
 * @example
 * ```ts
 * import { createNpsAccumulator } from "@rapport/metrics";
 * const accumulator = createNpsAccumulator();
 * for (const score of [10, 9, 6]) accumulator.add(score);
 * accumulator.result().value; // 33.33…
 * ```
 */
export function createNpsAccumulator(): NpsAccumulator {
  return new NpsHistogram([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
}

/**
 * Restores an {@link NpsAccumulator} from its JSON form (parsed or as a string is not
 * accepted: pass `JSON.parse(text)`). Checks the shape and every count, and throws a
 * `TypeError`/`RangeError` naming the field otherwise.
 *
 * @example
 * ```ts
 * import { createNpsAccumulator, npsAccumulatorFromJSON } from "@rapport/metrics";
 * const text = JSON.stringify(createNpsAccumulator().addAll([10, 9, 2]));
 * npsAccumulatorFromJSON(JSON.parse(text)).result().n; // 3
 * ```
 */
export function npsAccumulatorFromJSON(json: unknown): NpsAccumulator {
  const { counts } = countsFromJson("npsAccumulatorFromJSON", json, "nps", SCALES);
  return new NpsHistogram(counts);
}

const SCALES = { zero_to_ten: 11 };

// A class, not an object of closures: every accumulator then shares one `add`, which V8 can
// inline at a call site that sees many accumulators (shards merged in a loop).
class NpsHistogram implements NpsAccumulator {
  readonly #counts: number[];

  constructor(counts: number[]) {
    this.#counts = counts;
  }

  add(score: number): NpsAccumulator {
    if (score >>> 0 !== score || score > 10) {
      throw new RangeError(
        expectedMessage("NpsAccumulator.add: score", "an integer from 0 to 10", score),
      );
    }
    this.#counts[score]!++;
    return this;
  }

  addAll(scores: Iterable<number>): NpsAccumulator {
    for (const score of scores) this.add(score);
    return this;
  }

  merge(other: NpsAccumulator | NpsAccumulatorJson): NpsAccumulator {
    // Another accumulator of this package holds valid counts already: no need to check them.
    const json =
      other instanceof NpsHistogram
        ? { scale: "zero_to_ten", counts: other.#counts }
        : countsFromJson("NpsAccumulator.merge", jsonOf(other), "nps", SCALES);
    addInto(this.#counts, json.counts);
    return this;
  }

  result(options?: NpsOptions): NpsScore {
    const counts = this.#counts;
    let detractors = 0;
    for (let answer = 0; answer <= 6; answer++) detractors += counts[answer]!;
    const passives = counts[7]! + counts[8]!;
    return npsFromCounts({ promoters: counts[9]! + counts[10]!, passives, detractors }, options);
  }

  toJSON(): NpsAccumulatorJson {
    return { metric: "nps", scale: "zero_to_ten", counts: [...this.#counts] };
  }
}
