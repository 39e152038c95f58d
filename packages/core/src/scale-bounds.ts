import * as z from "zod";

/**
 * The lowest and highest integer answer of each numeric survey scale, shared by the survey
 * schemas and the survey responses' precompiled check so that they cannot disagree. Internal.
 */
export const SCALE_BOUNDS = {
  zero_to_ten: [0, 10],
  five_point: [1, 5],
  seven_point: [1, 7],
} as const satisfies Record<string, readonly [number, number]>;

/** A numeric survey scale. Internal. */
export type NumericScale = keyof typeof SCALE_BOUNDS;

/** The schema of an integer answer on a numeric scale, with the error that names its bounds. */
export const integerOnScale = (scale: NumericScale) => {
  const [min, max] = SCALE_BOUNDS[scale];
  const error = `expected an integer from ${min} to ${max} on the ${scale} scale`;
  return z.int({ error }).min(min, { error }).max(max, { error });
};
