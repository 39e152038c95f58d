import fc from "fast-check";
import { mutatePayload } from "./mutate-payload";

/**
 * Options of {@link mutatedSamples}.
 *
 * @example
 * ```ts
 * import type { MutatedSamplesOptions } from "@rapport/source-kit/testing";
 * const options: MutatedSamplesOptions = { seed: 25, runs: 300 };
 * ```
 */
export interface MutatedSamplesOptions {
  /** The fast-check seed, so a failure replays. */
  readonly seed: number;
  /** How many mutated records to draw (default 300). */
  readonly runs?: number;
}

/**
 * A seeded sample of records, each a copy of one of `records` with one to three of its values
 * replaced by arbitrary JSON (see `mutatePayload`): the malformed records a precompiled check
 * must turn down exactly where its schema does (see `checkAgreement`).
 *
 * @example
 * ```ts
 * import { checkAgreement, mutatedSamples } from "@rapport/source-kit/testing";
 * declare const records: unknown[];
 * const mutated = mutatedSamples(records, { seed: 25 });
 * // checkAgreement(fastMessage, MessageSchema, mutated).disagreements → []
 * ```
 */
export function mutatedSamples(
  records: readonly unknown[],
  options: MutatedSamplesOptions,
): unknown[] {
  if (records.length === 0) throw new RangeError("mutatedSamples: records must not be empty");
  const mutations = fc.sample(
    fc.tuple(
      fc.nat({ max: records.length - 1 }),
      fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { minLength: 1, maxLength: 3 }),
    ),
    { seed: options.seed, numRuns: options.runs ?? 300 },
  );
  return mutations.map(([index, changes]) => mutatePayload(records[index], changes));
}
