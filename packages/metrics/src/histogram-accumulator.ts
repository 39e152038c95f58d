// The machinery shared by the three score accumulators: a histogram of integer counts, one
// per answer. Integer counts make merging exact (associative and commutative), and every
// figure is computed from the histogram alone, so any split of the data gives the same result
// as one pass.

/** Adds `counts` into `target`, element by element; internal. */
export function addInto(target: number[], counts: readonly number[]): void {
  for (let i = 0; i < target.length; i++) target[i]! += counts[i]!;
}

/** The JSON form of an accumulator or the accumulator itself, as JSON; internal. */
export function jsonOf(other: object): unknown {
  const candidate = other as { toJSON?: unknown };
  return typeof candidate.toJSON === "function" ? (candidate.toJSON as () => unknown)() : other;
}

/** Validates the JSON form of an accumulator and returns a copy of its counts; internal. */
export function countsFromJson(
  fn: string,
  json: unknown,
  metric: string,
  scales: Readonly<Record<string, number>>,
): { scale: string; counts: number[] } {
  if (typeof json !== "object" || json === null) {
    throw new TypeError(
      `${fn}: expected an object, received ${json === null ? "null" : typeof json}`,
    );
  }
  const record = json as { metric?: unknown; scale?: unknown; counts?: unknown };
  if (record.metric !== metric) {
    throw new TypeError(
      `${fn}: expected metric "${metric}", received ${JSON.stringify(record.metric)}`,
    );
  }
  const size =
    typeof record.scale === "string" && Object.hasOwn(scales, record.scale)
      ? scales[record.scale]
      : undefined;
  if (size === undefined) {
    throw new TypeError(
      `${fn}: expected scale ${Object.keys(scales)
        .map((scale) => `"${scale}"`)
        .join(" or ")}, received ${JSON.stringify(record.scale)}`,
    );
  }
  if (!Array.isArray(record.counts) || record.counts.length !== size) {
    throw new TypeError(
      `${fn}: expected counts to be an array of ${size} integers, received ${JSON.stringify(record.counts)}`,
    );
  }
  const counts = record.counts.map((count: unknown, i: number) => {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(
        `${fn}: expected counts[${i}] to be an integer ≥ 0, received ${JSON.stringify(count)}`,
      );
    }
    return count;
  });
  return { scale: record.scale as string, counts };
}

/** An array of `size` zeros, packed (no holes), so V8 keeps its fast element kind; internal. */
export function zeros(size: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i < size; i++) counts.push(0);
  return counts;
}
