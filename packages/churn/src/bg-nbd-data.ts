import type { FrequencyRecency } from "./bg-nbd-params";
import { checkFrequencyRecency } from "./check-bg-nbd";
import { NumberTable } from "./number-table";

/**
 * Customers grouped for the likelihood: identical (x, tₓ, T) are one row with a weight, and
 * each row indexes its x, tₓ and T into the distinct values; internal.
 */
export interface GroupedCustomers {
  readonly distinctX: Float64Array;
  readonly xIndex: Int32Array;
  readonly distinctRecency: Float64Array;
  readonly recencyIndex: Int32Array;
  readonly distinctT: Float64Array;
  readonly tIndex: Int32Array;
  readonly weight: Float64Array;
  /** Σ weight per distinct x. */
  readonly xWeight: Float64Array;
  /** The largest x (for the digamma recurrences of the gradient). */
  readonly maxX: number;
  /** Mean frequency and mean age over customers, counted with their weights (0 when none). */
  readonly meanX: number;
  readonly meanT: number;
  /** Customers. */
  readonly n: number;
}

// Real data hold few distinct x, tₓ and T values (times are whole days): logs of α + tₓ and
// α + T are then computed once per distinct value rather than once per customer. The distinct
// values are found with a typed-array hash table: a Map of a million fractional times would
// box each one as a heap number (most of the grouping's time went to that and its GC).
function indexed(values: Float64Array): [Float64Array, Int32Array] {
  const table = new NumberTable();
  const index = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) index[i] = table.index(values[i]!);
  return [table.distinct(), index];
}

/**
 * Checks and groups customers (`fn` names the caller in error messages, which name the
 * customer's index and field); internal. `weights`, when given, counts customer i that many
 * times (a bootstrap resample).
 */
export function groupCustomers(
  customers: Iterable<FrequencyRecency>,
  fn: string,
  weights?: ArrayLike<number>,
): GroupedCustomers {
  const list = Array.isArray(customers)
    ? (customers as readonly FrequencyRecency[])
    : [...customers];
  const count = list.length;
  const xs = new Float64Array(count);
  const recencies = new Float64Array(count);
  const ages = new Float64Array(count);
  let sumX = 0;
  let sumT = 0;
  for (let i = 0; i < count; i++) {
    const c = list[i]!;
    // The message (and its string) only when the inline test fails.
    if (
      !(
        Number.isInteger(c.frequency) &&
        c.frequency >= 0 &&
        c.recency >= 0 &&
        c.T >= c.recency &&
        c.T < Number.POSITIVE_INFINITY
      )
    ) {
      checkFrequencyRecency(c, `${fn}: customer [${i}]`);
    }
    xs[i] = c.frequency;
    recencies[i] = c.recency;
    ages[i] = c.T;
    const times = weights === undefined ? 1 : weights[i]!;
    sumX += times * c.frequency;
    sumT += times * c.T;
  }
  const [distinctX, xAll] = indexed(xs);
  const [distinctRecency, recencyAll] = indexed(recencies);
  const [distinctT, tAll] = indexed(ages);
  const nR = distinctRecency.length;
  const nT = distinctT.length;
  const nRT = nR * nT;
  // A key that could exceed 2⁵³ would not be exact: then each customer is its own key.
  const exact = distinctX.length * nRT <= Number.MAX_SAFE_INTEGER;
  // Identical (x, tₓ, T) become one row with a weight: each customer's triple of indices is one
  // whole number, and sorting those numbers puts equal triples side by side (a typed-array sort
  // of a million numbers is far cheaper than a hash map of them).
  let n = 0;
  let size = 0;
  if (weights === undefined) {
    size = count;
    n = count;
  } else {
    for (let i = 0; i < count; i++) size += weights[i]!;
    n = size;
  }
  const keys = new Float64Array(size);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const key = exact ? (xAll[i]! * nR + recencyAll[i]!) * nT + tAll[i]! : i;
    const times = weights === undefined ? 1 : weights[i]!;
    for (let c = 0; c < times; c++) keys[k++] = key;
  }
  keys.sort();
  let rowCount = 0;
  for (let j = 0; j < size; j++) if (j === 0 || keys[j] !== keys[j - 1]) rowCount++;
  const xIndex = new Int32Array(rowCount);
  const recencyIndex = new Int32Array(rowCount);
  const tIndex = new Int32Array(rowCount);
  const weight = new Float64Array(rowCount);
  let row = -1;
  for (let j = 0; j < size; j++) {
    const key = keys[j]!;
    if (j === 0 || key !== keys[j - 1]) {
      row++;
      if (exact) {
        const xi = Math.floor(key / nRT);
        const rest = key - xi * nRT;
        const ri = Math.floor(rest / nT);
        xIndex[row] = xi;
        recencyIndex[row] = ri;
        tIndex[row] = rest - ri * nT;
      } else {
        xIndex[row] = xAll[key]!;
        recencyIndex[row] = recencyAll[key]!;
        tIndex[row] = tAll[key]!;
      }
    }
    weight[row]! += 1;
  }
  const xWeight = new Float64Array(distinctX.length);
  for (let j = 0; j < xIndex.length; j++) xWeight[xIndex[j]!]! += weight[j]!;
  let maxX = 0;
  for (const x of distinctX) maxX = Math.max(maxX, x);
  return {
    distinctX,
    xIndex,
    distinctRecency,
    recencyIndex,
    distinctT,
    tIndex,
    weight,
    xWeight,
    maxX,
    meanX: n > 0 ? sumX / n : 0,
    meanT: n > 0 ? sumT / n : 0,
    n,
  };
}

/**
 * Every `step`-th row of grouped customers, each weighing `step` times its own weight: rows are
 * sorted by (x, tₓ, T), so this is a sample spread over all of them, for a warm start; internal.
 */
export function subsampleRows(data: GroupedCustomers, step: number): GroupedCustomers {
  const rows = Math.ceil(data.weight.length / step);
  const xIndex = new Int32Array(rows);
  const recencyIndex = new Int32Array(rows);
  const tIndex = new Int32Array(rows);
  const weight = new Float64Array(rows);
  const xWeight = new Float64Array(data.distinctX.length);
  let n = 0;
  let sumX = 0;
  let sumT = 0;
  for (let row = 0; row < rows; row++) {
    const j = row * step;
    xIndex[row] = data.xIndex[j]!;
    recencyIndex[row] = data.recencyIndex[j]!;
    tIndex[row] = data.tIndex[j]!;
    const w = data.weight[j]! * step;
    weight[row] = w;
    xWeight[xIndex[row]!]! += w;
    n += w;
    sumX += w * data.distinctX[xIndex[row]!]!;
    sumT += w * data.distinctT[tIndex[row]!]!;
  }
  return {
    ...data,
    xIndex,
    recencyIndex,
    tIndex,
    weight,
    xWeight,
    meanX: sumX / n,
    meanT: sumT / n,
    n,
  };
}
