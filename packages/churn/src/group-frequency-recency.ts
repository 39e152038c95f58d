import type { FrequencyRecency } from "./bg-nbd-params";
import { checkFrequencyRecency } from "./check-bg-nbd";

/**
 * Customers' (x, tₓ, T) with identical triples counted once with a weight; each row points at
 * the distinct values of x, tₓ and T, so that per-value terms (ln(α + T), …) are computed once.
 * Internal.
 */
export interface GroupedHistories {
  readonly distinctX: Float64Array;
  readonly distinctRecency: Float64Array;
  readonly distinctT: Float64Array;
  readonly xIndex: Int32Array;
  readonly recencyIndex: Int32Array;
  readonly tIndex: Int32Array;
  readonly weight: Float64Array;
  /** Largest frequency. */
  readonly maxX: number;
  /** Mean frequency and mean age over customers (0 when there are none). */
  readonly meanX: number;
  readonly meanT: number;
  /** Customers. */
  readonly n: number;
}

function indexed(values: readonly number[]): [Float64Array, Int32Array] {
  const position = new Map<number, number>();
  const distinct: number[] = [];
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = position.get(value);
    if (at === undefined) {
      at = distinct.length;
      position.set(value, at);
      distinct.push(value);
    }
    index[i] = at;
  }
  return [Float64Array.from(distinct), index];
}

/**
 * Checks every customer (a `RangeError` naming `${fn}: customer [i]` and the field) and groups
 * them. Internal.
 */
export function groupFrequencyRecency(
  customers: Iterable<FrequencyRecency>,
  fn: string,
): GroupedHistories {
  const xs: number[] = [];
  const recencies: number[] = [];
  const ages: number[] = [];
  let n = 0;
  let maxX = 0;
  let sumX = 0;
  let sumT = 0;
  for (const c of customers) {
    checkFrequencyRecency(c, `${fn}: customer [${n++}]`);
    xs.push(c.frequency);
    recencies.push(c.recency);
    ages.push(c.T);
    if (c.frequency > maxX) maxX = c.frequency;
    sumX += c.frequency;
    sumT += c.T;
  }
  const [distinctX, xAll] = indexed(xs);
  const [distinctRecency, recencyAll] = indexed(recencies);
  const [distinctT, tAll] = indexed(ages);
  const nR = distinctRecency.length;
  const nT = distinctT.length;
  // A mixed-radix key; one that could pass 2⁵³ would collide, so then each customer is a row.
  const exact = distinctX.length * nR * nT <= Number.MAX_SAFE_INTEGER;
  const groups = new Map<number, number>();
  const rows: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = exact ? (xAll[i]! * nR + recencyAll[i]!) * nT + tAll[i]! : -1 - i;
    const at = groups.get(key);
    if (at === undefined) {
      groups.set(key, rows.length);
      rows.push(i);
      weights.push(1);
    } else {
      weights[at]! += 1;
    }
  }
  return {
    distinctX,
    distinctRecency,
    distinctT,
    xIndex: Int32Array.from(rows, (i) => xAll[i]!),
    recencyIndex: Int32Array.from(rows, (i) => recencyAll[i]!),
    tIndex: Int32Array.from(rows, (i) => tAll[i]!),
    weight: Float64Array.from(weights),
    maxX,
    meanX: n > 0 ? sumX / n : 0,
    meanT: n > 0 ? sumT / n : 0,
    n,
  };
}
