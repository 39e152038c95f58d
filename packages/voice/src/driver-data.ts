import type { SurveyItem, SurveyResponse } from "@rapport/core";
import { expectedMessage } from "@rapport/stats";

/**
 * A row of key-driver data: a survey response (its overall `score` under the key `"score"`
 * and each item under its `questionId`), or a plain record of numbers.
 *
 * @example
 * ```ts
 * import type { DriverRow } from "@rapport/voice";
 * const row: DriverRow = { overall: 9, speed: 6, knowledge: 7 };
 * ```
 */
export type DriverRow = SurveyResponse | Readonly<Record<string, number | null | undefined>>;

const ORDINAL: Readonly<Record<string, number>> = {
  bad: 0,
  good: 1,
  not_good: 1,
  okay: 2,
  great: 3,
};

// The numeric value and the scale's range of one answer; binary is 0/1, three-point 1..3.
const RANGES: Readonly<Record<string, readonly [number, number]>> = {
  binary: [0, 1],
  three_point: [1, 3],
  five_point: [1, 5],
  seven_point: [1, 7],
  zero_to_ten: [0, 10],
};

const answer = (score: number | string): number =>
  typeof score === "number" ? score : (ORDINAL[score] ?? Number.NaN);

function isResponse(row: DriverRow): row is SurveyResponse {
  return (
    typeof (row as { kind?: unknown }).kind === "string" &&
    (row as { respondedAt?: unknown }).respondedAt instanceof Date
  );
}

/**
 * The numeric answers of a survey response: `score` (the overall answer) and one entry per
 * item, keyed by `questionId`; good/bad as 1/0, Great/Okay/Not good as 3/2/1.
 *
 * @example
 * ```ts
 * import { parseSurveyResponse } from "@rapport/core";
 * import { surveyScores } from "@rapport/voice";
 * surveyScores(parseSurveyResponse({
 *   kind: "nps", score: 9, id: "r1", customerId: "c1", respondedAt: "2024-03-01T10:00:00Z",
 *   items: [{ questionId: "speed", scale: "seven_point", score: 6 }],
 * })); // { score: 9, speed: 6 }
 * ```
 */
export function surveyScores(response: SurveyResponse): Record<string, number> {
  const scores: Record<string, number> = { score: answer(response.score) };
  for (const item of response.items ?? []) scores[item.questionId] = answer(item.score);
  return scores;
}

/** The scale ranges of a response's answers, keyed as in {@link surveyScores}; internal. */
function surveyRanges(response: SurveyResponse): Record<string, readonly [number, number]> {
  const ranges: Record<string, readonly [number, number]> = {
    score: RANGES[response.scale] ?? [0, 1],
  };
  for (const item of response.items ?? ([] as SurveyItem[])) {
    ranges[item.questionId] = RANGES[item.scale]!;
  }
  return ranges;
}

/** The complete rows of the outcome and drivers, as columns, with the count dropped; internal. */
export interface DriverColumns {
  /** `columns[j][i]`: driver j of row i; the last column is the outcome. */
  readonly columns: number[][];
  /** Rows with the outcome or a driver missing, left out (listwise). */
  readonly incomplete: number;
  /** Each driver's scale midpoint (from the survey scale, else the observed range). */
  readonly midpoints: number[];
}

/** Reads the outcome and drivers of every complete row; internal. */
export function driverColumns(
  fn: string,
  rows: Iterable<DriverRow>,
  outcome: string,
  drivers: readonly string[],
): DriverColumns {
  const keys = [...drivers, outcome];
  const columns: number[][] = keys.map(() => []);
  const scaleRange: (readonly [number, number] | undefined)[] = keys.map(() => undefined);
  let incomplete = 0;
  let i = 0;
  for (const row of rows) {
    if (typeof row !== "object" || row === null) {
      throw new TypeError(expectedMessage(`${fn}: responses[${i}]`, "an object", row));
    }
    const values = isResponse(row) ? surveyScores(row) : row;
    const ranges = isResponse(row) ? surveyRanges(row) : undefined;
    const picked = keys.map((key) => values[key]);
    if (picked.some((v) => v === null || v === undefined)) {
      incomplete++;
    } else {
      picked.forEach((v, j) => {
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new RangeError(
            expectedMessage(`${fn}: responses[${i}].${keys[j]}`, "a finite number", v),
          );
        }
        columns[j]!.push(v);
        if (ranges?.[keys[j]!] !== undefined) scaleRange[j] = ranges[keys[j]!];
      });
    }
    i++;
  }
  const midpoints = drivers.map((_, j) => {
    const range = scaleRange[j];
    if (range !== undefined) return (range[0] + range[1]) / 2;
    const column = columns[j]!;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const v of column) {
      if (v < low) low = v;
      if (v > high) high = v;
    }
    return (low + high) / 2;
  });
  return { columns, incomplete, midpoints };
}

/** The correlation matrix of columns (Pearson), or `null` when a column is constant; internal. */
export function correlationMatrix(columns: readonly (readonly number[])[]): number[][] | null {
  const n = columns[0]!.length;
  const centred = columns.map((column) => {
    let mean = 0;
    for (const v of column) mean += v;
    mean /= n;
    return column.map((v) => v - mean);
  });
  const norms = centred.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)));
  if (norms.some((norm) => !(norm > 0))) return null;
  return centred.map((a, j) =>
    centred.map((b, k) => {
      if (j === k) return 1;
      let s = 0;
      for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
      return s / (norms[j]! * norms[k]!);
    }),
  );
}
