// Twelve made-up subscribers with late entry (a customer observed only from `entry`, e.g.
// migrated from an older system), ties, censoring and non-integer case weights: the shapes
// of the weighted, left-truncated survival estimators. Written for these tests.
export const LATE_ENTRY = {
  entry: [0, 0, 2, 1, 0, 3, 0, 5, 2, 0, 4, 1],
  durations: [4, 6, 6, 3, 8, 9, 2, 10, 7, 6, 12, 5],
  observed: [true, false, true, true, true, false, true, true, false, true, true, false],
  weights: [1, 2, 1, 1.5, 0.5, 1, 2, 1, 1, 3, 1, 0.5],
} as const;
